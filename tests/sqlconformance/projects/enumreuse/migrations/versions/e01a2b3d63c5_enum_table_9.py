"""enum table 9

Revision ID: e01a2b3d63c5
Revises: e01a2b3d44d6
Create Date: 2026-11-21 08:09:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3d63c5'
down_revision = 'e01a2b3d44d6'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('order_history', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('status', sa.Enum('new', 'paid', 'shipped', name='order_status')))


def downgrade():
    op.drop_table('order_history')
