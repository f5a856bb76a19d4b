"""exclude simple

Revision ID: f1d947a9aaad
Revises: dad6b74bd744
Create Date: 2025-01-12 12:17:23.147531

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f1d947a9aaad'
down_revision = 'dad6b74bd744'
branch_labels = None
depends_on = None


def upgrade():
    op.create_exclude_constraint(
        "excl_tickets_account_title",
        "tickets",
        ("account_id", "="),
        ("title", "<>"),
        using="gist",
        where="title_len > 0",
    )


def downgrade():
    op.drop_constraint("excl_tickets_account_title", "tickets")
