"""plain column 15

Revision ID: e01a2b3e1d5f
Revises: e01a2b3dfe70
Create Date: 2026-11-21 08:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3e1d5f'
down_revision = 'e01a2b3dfe70'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c15', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c15')
