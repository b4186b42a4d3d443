"""Secret ballots: store every round's register and ballots again in a random order.

Earlier versions stored them in the order people voted, and SQLite keeps that order in
where it puts each row, so the register and the ballots could be paired up from the file.
Rows are read, deleted (zeroed, with secure_delete on) and written back shuffled; the
library is vacuumed after the migration (``library._migrate``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import random

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Parents first; each with the condition that picks one round's rows.
TABLES = (
    ("round_voters", "round_id = :r"),
    ("ballots", "round_id = :r"),
    ("ballot_dots", "ballot_id IN (SELECT id FROM ballots WHERE round_id = :r)"),
    ("named_ballots", "ballot_id IN (SELECT id FROM ballots WHERE round_id = :r)"),
)


def upgrade() -> None:
    conn = op.get_bind()
    shuffle = random.SystemRandom().shuffle
    for (round_id,) in conn.execute(sa.text("SELECT id FROM rounds")).all():
        saved = []
        for table, where in TABLES:
            found = conn.execute(sa.text(f"SELECT * FROM {table} WHERE {where}"), {"r": round_id})
            saved.append((table, [dict(row._mapping) for row in found]))
        for table, where in reversed(TABLES):
            conn.execute(sa.text(f"DELETE FROM {table} WHERE {where}"), {"r": round_id})
        for table, rows in saved:
            if rows:
                shuffle(rows)
                columns = list(rows[0])
                conn.execute(
                    sa.text(
                        f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join(':' + c for c in columns)})"
                    ),
                    rows,
                )


def downgrade() -> None:
    """Nothing to undo: the rows are the same, only where they sit has changed."""
