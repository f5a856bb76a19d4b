"""call an operation that does not exist

Revision ID: 4d5e6f7a8b9c
Revises: 3c4d5e6f7a8b
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '4d5e6f7a8b9c'
down_revision = '3c4d5e6f7a8b'
branch_labels = None
depends_on = None


def upgrade():
    op.frobnicate_table('items')


def downgrade():
    pass
