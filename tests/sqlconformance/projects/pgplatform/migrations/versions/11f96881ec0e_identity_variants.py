"""identity variants

Revision ID: 11f96881ec0e
Revises: 5b9b22503ed7
Create Date: 2025-01-04 12:21:39.112963

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '11f96881ec0e'
down_revision = '5b9b22503ed7'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer, sa.Identity(always=True, start=100, increment=10, minvalue=100,
                                                maxvalue=1000000, cycle=True, cache=5), primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(start=1)),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("title_len", sa.Integer, sa.Computed("char_length(title)", persisted=True)),
        sa.Column("account_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    )


def downgrade():
    op.drop_table("tickets")
