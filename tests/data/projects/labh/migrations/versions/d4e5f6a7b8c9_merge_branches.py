"""merge branches

Revision ID: d4e5f6a7b8c9
Revises: c3d4aaaaaaaa, c3d4e5f6a7b8
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4e5f6a7b8c9'
down_revision = ('c3d4aaaaaaaa', 'c3d4e5f6a7b8')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
