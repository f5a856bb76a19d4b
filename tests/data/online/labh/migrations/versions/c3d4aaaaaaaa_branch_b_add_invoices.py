"""branch B: add invoices

Revision ID: c3d4aaaaaaaa
Revises: b2c3d4e5f6a7
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c3d4aaaaaaaa'
down_revision = 'b2c3d4e5f6a7'
branch_labels = None
depends_on = None


def upgrade() -> None:
    invoices = op.create_table(
        "invoices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.CheckConstraint("length(number) > 0", name="ck_invoices_number"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number", name="uq_invoices_number"),
    )
    op.bulk_insert(invoices, [{"id": 1, "number": "INV-1"}, {"id": 2, "number": "INV-2"}])


def downgrade() -> None:
    op.drop_table("invoices")
