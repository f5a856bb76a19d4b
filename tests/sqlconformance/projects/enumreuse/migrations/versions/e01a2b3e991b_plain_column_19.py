"""plain column 19

Revision ID: e01a2b3e991b
Revises: e01a2b3e7a2c
Create Date: 2026-11-21 08:19:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3e991b'
down_revision = 'e01a2b3e7a2c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c19', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c19')
