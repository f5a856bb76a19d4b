"""alter column pg

Revision ID: 94fc49dfcab2
Revises: f1d947a9aaad
Create Date: 2025-01-13 13:24:36.151852

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '94fc49dfcab2'
down_revision = 'f1d947a9aaad'
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("tickets", "title", type_=sa.Text(), existing_type=sa.String(200),
                    nullable=True, server_default="untitled", comment="Ticket title")
    op.alter_column("accounts", "balance", type_=sa.Numeric(14, 2), postgresql_using="balance::numeric")
    op.alter_column("memberships", "role", new_column_name="member_role", existing_type=sa.String(20))
    op.alter_column("accounts", "email", comment=None, existing_comment="old comment")
    op.alter_column("tickets", "seq", autoincrement=True, existing_type=sa.BigInteger)


def downgrade():
    op.alter_column("memberships", "member_role", new_column_name="role", existing_type=sa.String(20))
    op.alter_column("accounts", "balance", type_=postgresql.MONEY(), postgresql_using="balance::money")
    op.alter_column("tickets", "title", type_=sa.String(200), existing_type=sa.Text(),
                    nullable=False, server_default=None, comment=None, existing_comment="Ticket title")
