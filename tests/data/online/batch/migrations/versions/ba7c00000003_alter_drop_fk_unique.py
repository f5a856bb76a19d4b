"""alter drop fk unique

Revision ID: ba7c00000003
Revises: ba7c00000002
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'ba7c00000003'
down_revision = 'ba7c00000002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(100), nullable=False)
        batch_op.alter_column("name", new_column_name="full_name", existing_type=sa.String(50),
                              type_=sa.String(120), existing_nullable=False)
        batch_op.drop_column("nick")
        batch_op.create_unique_constraint("uq_account_age", ["age"])
        batch_op.create_foreign_key("fk_account_owner", "owner", ["owner_id"], ["id"], ondelete="CASCADE")
        batch_op.create_index("ix_account_age", ["age"])


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_index("ix_account_age")
        batch_op.drop_constraint("fk_account_owner", type_="foreignkey")
        batch_op.drop_constraint("uq_account_age", type_="unique")
        batch_op.add_column(sa.Column("nick", sa.String(20)))
        batch_op.alter_column("full_name", new_column_name="name", existing_type=sa.String(120),
                              type_=sa.String(50), existing_nullable=False)
        batch_op.alter_column("email", existing_type=sa.String(100), nullable=True)
