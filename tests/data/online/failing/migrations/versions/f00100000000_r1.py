"""r1

Revision ID: f00100000000
Revises: 
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


revision = 'f00100000000'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("t1", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("t1")
