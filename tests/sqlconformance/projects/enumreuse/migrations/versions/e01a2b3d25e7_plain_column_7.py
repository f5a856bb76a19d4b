"""plain column 7

Revision ID: e01a2b3d25e7
Revises: e01a2b3d06f8
Create Date: 2026-11-21 08:07:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3d25e7'
down_revision = 'e01a2b3d06f8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c7', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c7')
