"""enum table 2

Revision ID: e01a2b3c8b3c
Revises: e01a2b3c6c4d
Create Date: 2026-11-21 08:02:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3c8b3c'
down_revision = 'e01a2b3c6c4d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('orders', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('status', sa.Enum('new', 'paid', 'shipped', name='order_status'), nullable=False))


def downgrade():
    op.drop_table('orders')
