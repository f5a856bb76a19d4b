"""gin and partial indexes

Revision ID: 48dd53196b7e
Revises: 11f96881ec0e
Create Date: 2025-01-05 13:28:52.117284

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '48dd53196b7e'
down_revision = '11f96881ec0e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_accounts_profile", "accounts", ["profile"], postgresql_using="gin")
    op.create_index("ix_accounts_roles", "accounts", ["roles"], postgresql_using="gin",
                    postgresql_ops={"roles": "array_ops"})
    op.create_index("ix_tickets_account_title", "tickets", ["account_id"], postgresql_include=["title"])
    op.create_index("ix_tickets_open", "tickets", ["account_id", "seq"], unique=True,
                    postgresql_where=sa.text("title_len > 0"))
    op.create_index("ix_accounts_email_lower", "accounts", [sa.text("lower(email)")], unique=True)
    op.create_index("ix_accounts_created_desc", "accounts", [sa.text("created_at DESC")])
    op.create_index("ix_accounts_email_pattern", "accounts", ["email"],
                    postgresql_ops={"email": "varchar_pattern_ops"})
    op.create_index("ix_accounts_search", "accounts", ["search"], postgresql_using="gin")


def downgrade():
    op.drop_index("ix_accounts_search", table_name="accounts")
    op.drop_index("ix_accounts_email_pattern", table_name="accounts")
    op.drop_index("ix_accounts_created_desc", table_name="accounts")
    op.drop_index("ix_accounts_email_lower", table_name="accounts")
    op.drop_index("ix_tickets_open", table_name="tickets")
    op.drop_index("ix_tickets_account_title", table_name="tickets")
    op.drop_index("ix_accounts_roles", table_name="accounts")
    op.drop_index("ix_accounts_profile", table_name="accounts")
