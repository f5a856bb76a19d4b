"""uses audit

Revision ID: f6a7b8c9d0e1
Revises: d4e5f6a7b8c9
Create Date: 2026-11-21 04:45:33.510614+00:00

"""
from alembic import op

revision = 'f6a7b8c9d0e1'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = ['audit', 'e5f6a7b8c9d0']


def upgrade():
    pass


def downgrade():
    pass
