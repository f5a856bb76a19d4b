"""plain column 21

Revision ID: e01a2b3ed6f9
Revises: e01a2b3eb80a
Create Date: 2026-11-21 08:21:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3ed6f9'
down_revision = 'e01a2b3eb80a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c21', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c21')
