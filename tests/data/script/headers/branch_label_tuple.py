"""audit branch

Revision ID: e5f6a7b8c9d0
Revises: 
Create Date: 2026-11-21 04:45:33.510614+00:00

"""
from alembic import op

revision = 'e5f6a7b8c9d0'
down_revision = None
branch_labels = ('audit',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
