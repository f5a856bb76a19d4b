"""recreate always

Revision ID: ba7c00000004
Revises: ba7c00000003
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'ba7c00000004'
down_revision = 'ba7c00000003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("extra", sa.Integer(), server_default="7"))


def downgrade() -> None:
    with op.batch_alter_table("account", recreate="always") as batch_op:
        batch_op.drop_column("extra")
