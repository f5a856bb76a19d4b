"""shared enum two tables

Revision ID: c088f6f84dc4
Revises: 78c9fa3c344f
Create Date: 2025-01-15 15:38:02.160494

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'c088f6f84dc4'
down_revision = '78c9fa3c344f'
branch_labels = None
depends_on = None


def upgrade():
    status = postgresql.ENUM("draft", "sent", "paid", "void", name="invoice_status")
    op.create_table(
        "invoices",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", status, nullable=False, server_default="draft"),
        schema="audit",
    )
    op.create_table(
        "invoice_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey("audit.invoices.id"), nullable=False),
        sa.Column("old_status", status),
        sa.Column("new_status", postgresql.ENUM(name="invoice_status", create_type=False)),
        schema="audit",
    )


def downgrade():
    op.drop_table("invoice_history", schema="audit")
    op.drop_table("invoices", schema="audit")
    sa.Enum(name="invoice_status").drop(op.get_bind(), checkfirst=False)
