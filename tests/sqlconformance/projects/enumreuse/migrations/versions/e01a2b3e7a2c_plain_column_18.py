"""plain column 18

Revision ID: e01a2b3e7a2c
Revises: e01a2b3e5b3d
Create Date: 2026-11-21 08:18:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3e7a2c'
down_revision = 'e01a2b3e5b3d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c18', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c18')
