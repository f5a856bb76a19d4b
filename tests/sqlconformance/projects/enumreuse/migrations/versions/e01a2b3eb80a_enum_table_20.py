"""enum table 20

Revision ID: e01a2b3eb80a
Revises: e01a2b3e991b
Create Date: 2026-11-21 08:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3eb80a'
down_revision = 'e01a2b3e991b'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('archive', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('status', sa.Enum('new', 'paid', 'shipped', name='order_status')),
        sa.Column('kind', sa.Enum('a', 'b', name='archive_kind')))


def downgrade():
    op.drop_table('archive')
