"""plain column 22

Revision ID: e01a2b3ef5e8
Revises: e01a2b3ed6f9
Create Date: 2026-11-21 08:22:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3ef5e8'
down_revision = 'e01a2b3ed6f9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c22', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c22')
