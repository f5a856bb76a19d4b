"""plain column 8

Revision ID: e01a2b3d44d6
Revises: e01a2b3d25e7
Create Date: 2026-11-21 08:08:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3d44d6'
down_revision = 'e01a2b3d25e7'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c8', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c8')
