"""concurrent index autocommit

Revision ID: 303bbdf1b225
Revises: 48dd53196b7e
Create Date: 2025-01-06 14:35:05.121605

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '303bbdf1b225'
down_revision = '48dd53196b7e'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_tickets_title", "tickets", ["title"], postgresql_concurrently=True)
        op.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_accounts_updated ON accounts (updated_at)")


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_accounts_updated")
        op.drop_index("ix_tickets_title", table_name="tickets", postgresql_concurrently=True)
