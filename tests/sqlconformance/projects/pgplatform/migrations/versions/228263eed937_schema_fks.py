"""schema fks

Revision ID: 228263eed937
Revises: 3b587d647e24
Create Date: 2025-01-22 14:27:33.190741

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '228263eed937'
down_revision = '3b587d647e24'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "login_audit",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("account_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("ip", postgresql.INET),
        schema="audit",
    )
    op.create_foreign_key("fk_login_audit_account", "login_audit", "accounts", ["account_id"], ["id"],
                          source_schema="audit", referent_schema="public", ondelete="CASCADE")
    op.create_index("ix_login_audit_at", "login_audit", ["at"], schema="audit")
    logins = sa.table("login_audit", sa.column("id", sa.BigInteger), sa.column("ip", sa.String), schema="audit")
    op.execute(logins.delete().where(logins.c.ip == op.inline_literal("127.0.0.1")))


def downgrade():
    op.drop_index("ix_login_audit_at", table_name="login_audit", schema="audit")
    op.drop_constraint("fk_login_audit_account", "login_audit", schema="audit", type_="foreignkey")
    op.drop_table("login_audit", schema="audit")
