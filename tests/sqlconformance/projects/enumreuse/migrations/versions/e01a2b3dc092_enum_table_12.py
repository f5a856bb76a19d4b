"""enum table 12

Revision ID: e01a2b3dc092
Revises: e01a2b3da1a3
Create Date: 2026-11-21 08:12:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3dc092'
down_revision = 'e01a2b3da1a3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('feelings', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('mood', sa.Enum('happy', 'sad', name='mood')),
        sa.Column('level', sa.Enum('low', 'high', name='level')))


def downgrade():
    op.drop_table('feelings')
