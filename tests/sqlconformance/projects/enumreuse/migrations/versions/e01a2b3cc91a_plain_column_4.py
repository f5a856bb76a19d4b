"""plain column 4

Revision ID: e01a2b3cc91a
Revises: e01a2b3caa2b
Create Date: 2026-11-21 08:04:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3cc91a'
down_revision = 'e01a2b3caa2b'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c4', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c4')
