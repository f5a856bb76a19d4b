"""extensions and schemas

Revision ID: 1954b1d4a324
Revises: 
Create Date: 2025-01-01 09:00:00.100000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1954b1d4a324'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    op.execute('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"')
    op.execute("CREATE SCHEMA IF NOT EXISTS audit")


def downgrade():
    op.execute("DROP SCHEMA IF EXISTS audit CASCADE")
