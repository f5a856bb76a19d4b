"""plain column 24

Revision ID: e01a2b3f33c6
Revises: e01a2b3f14d7
Create Date: 2026-11-21 08:24:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3f33c6'
down_revision = 'e01a2b3f14d7'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c24', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c24')
