"""plain column 13

Revision ID: e01a2b3ddf81
Revises: e01a2b3dc092
Create Date: 2026-11-21 08:13:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3ddf81'
down_revision = 'e01a2b3dc092'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('plain', sa.Column('c13', sa.Integer(), nullable=True))


def downgrade():
    op.drop_column('plain', 'c13')
