"""plain column 3

Revision ID: e01a2b3caa2b
Revises: e01a2b3c8b3c
Create Date: 2026-11-21 08:03:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3caa2b'
down_revision = 'e01a2b3c8b3c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c3', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c3')
