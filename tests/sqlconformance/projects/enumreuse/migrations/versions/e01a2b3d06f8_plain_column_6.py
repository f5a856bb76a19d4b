"""plain column 6

Revision ID: e01a2b3d06f8
Revises: e01a2b3ce809
Create Date: 2026-11-21 08:06:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3d06f8'
down_revision = 'e01a2b3ce809'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c6', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c6')
