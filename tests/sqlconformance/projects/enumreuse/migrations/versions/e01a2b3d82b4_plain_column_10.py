"""plain column 10

Revision ID: e01a2b3d82b4
Revises: e01a2b3d63c5
Create Date: 2026-11-21 08:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3d82b4'
down_revision = 'e01a2b3d63c5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c10', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c10')
