"""enum table 23

Revision ID: e01a2b3f14d7
Revises: e01a2b3ef5e8
Create Date: 2026-11-21 08:23:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e01a2b3f14d7'
down_revision = 'e01a2b3ef5e8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('archive_2', sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('kind', sa.Enum('a', 'b', name='archive_kind')),
        sa.Column('mood', sa.Enum('happy', 'sad', name='mood')))


def downgrade():
    op.drop_table('archive_2')
