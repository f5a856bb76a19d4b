"""only add_column

Revision ID: ba7c00000002
Revises: ba7c00000001
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'ba7c00000002'
down_revision = 'ba7c00000001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.add_column(sa.Column("nick", sa.String(20)))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("nick")
