"""A workshop's stable identity, and which breakout table an idea or round came from.

- ``workshops.uid``: a random identity (32 hex digits; a file may bring up to 64
  characters) kept by export and import, so that publishing a workshop again updates
  the archive's copy instead of adding a second. Existing workshops get one each here.
- ``ideas.table_name`` and ``rounds.table_name``: the breakout table a merged workshop's
  idea or round came from (NULL for a workshop that was not merged).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workshops", sa.Column("uid", sa.String(64), nullable=True))
    op.add_column("ideas", sa.Column("table_name", sa.Text(), nullable=True))
    op.add_column("rounds", sa.Column("table_name", sa.Text(), nullable=True))
    conn = op.get_bind()
    workshops = sa.table("workshops", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (workshop_id,) in conn.execute(sa.select(workshops.c.id)).all():
        conn.execute(
            workshops.update().where(workshops.c.id == workshop_id).values(uid=uuid.uuid4().hex)
        )
    op.create_index("uq_workshops_uid", "workshops", ["uid"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_workshops_uid", table_name="workshops")
    for table, column in (("rounds", "table_name"), ("ideas", "table_name"), ("workshops", "uid")):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
