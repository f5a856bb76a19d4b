"""accounts

Revision ID: 5b9b22503ed7
Revises: 3c98fd458ccf
Create Date: 2025-01-03 11:14:26.108642

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '5b9b22503ed7'
down_revision = '3c98fd458ccf'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "accounts",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True, server_default=sa.func.gen_random_uuid()),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("profile", postgresql.JSONB(astext_type=sa.Text()), nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("settings", sa.JSON(), nullable=True),
        sa.Column("roles", postgresql.ARRAY(sa.Text()), nullable=False, server_default=sa.text("'{}'")),
        sa.Column("scores", sa.ARRAY(sa.Integer), nullable=True),
        sa.Column("last_ip", postgresql.INET()),
        sa.Column("network", postgresql.CIDR()),
        sa.Column("mac", postgresql.MACADDR()),
        sa.Column("created_at", postgresql.TIMESTAMP(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.TIMESTAMP(timezone=False)),
        sa.Column("local_time", sa.Time(timezone=True)),
        sa.Column("balance", postgresql.MONEY()),
        sa.Column("ratio", postgresql.DOUBLE_PRECISION()),
        sa.Column("ratio_small", postgresql.REAL()),
        sa.Column("avatar", postgresql.BYTEA()),
        sa.Column("search", postgresql.TSVECTOR()),
        sa.Column("trial", postgresql.INTERVAL(fields="DAY")),
        sa.UniqueConstraint("email", name="uq_accounts_email", deferrable=True, initially="IMMEDIATE"),
        comment="User accounts (it's the main table)",
    )


def downgrade():
    op.drop_table("accounts")
