"""billing: subscriptions (needs accounts)

Revision ID: 902056fab388
Revises: ddbb57f47aee
Create Date: 2025-01-24 16:41:59.199383

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '902056fab388'
down_revision = 'ddbb57f47aee'
branch_labels = None
depends_on = '5b9b22503ed7'


def upgrade():
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("plan", sa.String(20), sa.ForeignKey("plans.code", onupdate="CASCADE"), nullable=False),
        sa.Column("period", postgresql.DATERANGE()),
    )


def downgrade():
    op.drop_table("subscriptions")
