"""r3

Revision ID: f00300000000
Revises: f00200000000
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'f00300000000'
down_revision = 'f00200000000'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("t3", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO t2 (id) VALUES (1)")
    op.execute("INSERT INTO no_such_table (id) VALUES (1)")


def downgrade() -> None:
    op.drop_table("t3")
