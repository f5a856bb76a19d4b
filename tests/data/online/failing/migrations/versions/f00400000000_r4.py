"""r4

Revision ID: f00400000000
Revises: f00300000000
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'f00400000000'
down_revision = 'f00300000000'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("t4", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("t4")
