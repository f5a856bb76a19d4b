"""primary key swap

Revision ID: 348c04a457ad
Revises: 8d74e34f50fe
Create Date: 2025-01-09 09:56:44.134568

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '348c04a457ad'
down_revision = '8d74e34f50fe'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "memberships",
        sa.Column("account_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("team", sa.String(40), nullable=False),
        sa.Column("role", sa.String(20), nullable=False, server_default="member"),
    )
    op.create_primary_key("pk_memberships", "memberships", ["account_id", "team"])
    op.create_foreign_key(None, "memberships", "accounts", ["account_id"], ["id"], match="FULL")


def downgrade():
    op.drop_constraint("memberships_account_id_fkey", "memberships", type_="foreignkey")
    op.drop_constraint("pk_memberships", "memberships", type_="primary")
    op.drop_table("memberships")
