"""enum table 17

Revision ID: e01a2b3e5b3d
Revises: e01a2b3e3c4e
Create Date: 2026-11-21 08:17:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3e5b3d'
down_revision = 'e01a2b3e3c4e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('returns', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('status', sa.Enum('new', 'paid', 'shipped', name='order_status')),
        sa.Column('level', sa.Enum('low', 'high', name='level')))


def downgrade():
    op.drop_table('returns')
