"""enum table 5

Revision ID: e01a2b3ce809
Revises: e01a2b3cc91a
Create Date: 2026-11-21 08:05:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3ce809'
down_revision = 'e01a2b3cc91a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('moods', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('mood', sa.Enum('happy', 'sad', name='mood')),
        sa.Column('other', sa.Enum('happy', 'sad', name='mood')))


def downgrade():
    op.drop_table('moods')
