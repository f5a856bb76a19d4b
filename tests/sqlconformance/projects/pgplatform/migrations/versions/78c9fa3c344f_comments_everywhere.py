"""comments everywhere

Revision ID: 78c9fa3c344f
Revises: 94fc49dfcab2
Create Date: 2025-01-14 14:31:49.156173

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '78c9fa3c344f'
down_revision = '94fc49dfcab2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True, comment="surrogate key"),
        sa.Column("body", sa.Text, nullable=False, comment="Markdown; don't store HTML"),
        sa.Column("account_id", postgresql.UUID(as_uuid=True), sa.ForeignKey("accounts.id")),
        sa.Column("pinned", sa.Boolean, index=True),
        comment="free-form notes",
    )
    op.create_table_comment("tickets", "Support tickets", existing_comment=None)
    op.alter_column("notes", "pinned", comment="shown first", existing_type=sa.Boolean)


def downgrade():
    op.drop_table_comment("tickets", existing_comment="Support tickets")
    op.drop_index("ix_notes_pinned", table_name="notes")
    op.drop_table("notes")
