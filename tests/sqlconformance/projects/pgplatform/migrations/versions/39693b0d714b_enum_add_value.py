"""enum add value

Revision ID: 39693b0d714b
Revises: 303bbdf1b225
Create Date: 2025-01-07 15:42:18.125926

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '39693b0d714b'
down_revision = '303bbdf1b225'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE mood ADD VALUE 'meh'")
    op.execute("SELECT 1")


def downgrade():
    pass  # PostgreSQL cannot drop an enum value
