"""add price

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
Create Date: 2024-03-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7a8b'
down_revision = '2b3c4d5e6f7a'
branch_labels = ('pricing',)
depends_on = None


def upgrade():
    op.add_column('items', sa.Column('price', sa.Numeric(10, 2), nullable=True))


def downgrade():
    op.drop_column('items', 'price')
