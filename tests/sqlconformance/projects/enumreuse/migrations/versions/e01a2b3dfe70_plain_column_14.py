"""plain column 14

Revision ID: e01a2b3dfe70
Revises: e01a2b3ddf81
Create Date: 2026-11-21 08:14:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3dfe70'
down_revision = 'e01a2b3ddf81'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c14', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c14')
