"""plain table

Revision ID: e01a2b3c6c4d
Revises: 
Create Date: 2026-11-21 08:01:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3c6c4d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('plain', sa.Column('id', sa.Integer, primary_key=True))


def downgrade():
    op.drop_table('plain')
