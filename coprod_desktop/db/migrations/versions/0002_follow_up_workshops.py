"""Follow-up workshops: a workshop may follow an earlier one and review its actions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshops") as batch_op:
        batch_op.add_column(sa.Column("follow_up_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_workshops_follow_up_of_id_workshops"),
            "workshops",
            ["follow_up_of_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("actions") as batch_op:
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_actions_carried_from_id_actions"),
            "actions",
            ["carried_from_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("actions") as batch_op:
        batch_op.drop_constraint("fk_actions_carried_from_id_actions", type_="foreignkey")
        batch_op.drop_column("carried_from_id")
    with op.batch_alter_table("workshops") as batch_op:
        batch_op.drop_constraint("fk_workshops_follow_up_of_id_workshops", type_="foreignkey")
        batch_op.drop_column("follow_up_of_id")
