"""The schema guards itself: ids never reused, uniqueness that fires, no row pointing
into another workshop, the ranges the services keep.

- ``workshops`` and ``actions`` lost AUTOINCREMENT when 0002 rebuilt them, so a deleted
  row's id could be handed out again and an undo that puts it back failed: rebuilt with it.
- ``UNIQUE(round_id, idea_id, theme_id)`` never fired (one of the two is always NULL):
  replaced by one partial unique index per target column, on round items, tallies,
  action links and ballot dots (one dot row per ballot and item).
- (Triggers that refuse a row pointing into another workshop are kept by ``db/guards.py``,
  installed after every migration.)
- CHECKs for the ranges the services enforce: dots per voter up to 100, a tally count up
  to 100,000.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

AUTO = {"sqlite_autoincrement": True}

# (table, parent column) -> the item columns that each get a partial unique index.
PAIRS = (
    ("round_items", "round_id"),
    ("tallies", "round_id"),
    ("action_links", "action_id"),
)


def upgrade() -> None:
    # Only SQLite lost AUTOINCREMENT (a PostgreSQL serial's sequence never reuses an id),
    # and a rebuild on PostgreSQL would fail on the tables that reference these.
    if op.get_bind().dialect.name == "sqlite":
        for table in ("workshops", "actions"):
            with op.batch_alter_table(table, recreate="always", table_kwargs=AUTO):
                pass
    with op.batch_alter_table("rounds", table_kwargs=AUTO) as batch:
        batch.create_check_constraint("dots_per_voter_max", "dots_per_voter <= 100")
    for table, parent in PAIRS:
        with op.batch_alter_table(table, table_kwargs=AUTO) as batch:
            batch.drop_constraint(f"uq_{table}_{parent}", type_="unique")
            if table == "tallies":
                batch.create_check_constraint("count_max", "count <= 100000")
    for table, parent in (*PAIRS, ("ballot_dots", "ballot_id")):
        for item in ("idea_id", "theme_id"):
            op.create_index(
                f"uq_{table}_{item}",
                table,
                [parent, item],
                unique=True,
                sqlite_where=sa.text(f"{item} IS NOT NULL"),
                postgresql_where=sa.text(f"{item} IS NOT NULL"),
            )


def downgrade() -> None:
    for table, _parent in (*PAIRS, ("ballot_dots", "ballot_id")):
        for item in ("idea_id", "theme_id"):
            op.drop_index(f"uq_{table}_{item}", table_name=table)
