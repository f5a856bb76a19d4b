"""plain column 16

Revision ID: e01a2b3e3c4e
Revises: e01a2b3e1d5f
Create Date: 2026-11-21 08:16:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3e3c4e'
down_revision = 'e01a2b3e1d5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c16', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c16')
