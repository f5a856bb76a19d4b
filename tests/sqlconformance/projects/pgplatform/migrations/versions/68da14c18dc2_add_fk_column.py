"""add fk column

Revision ID: 68da14c18dc2
Revises: 348c04a457ad
Create Date: 2025-01-10 10:03:57.138889

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '68da14c18dc2'
down_revision = '348c04a457ad'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("memberships", sa.Column("invited_by", postgresql.UUID(as_uuid=True),
                                           sa.ForeignKey("accounts.id", ondelete="SET NULL")))
    op.add_column("memberships", sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id"), nullable=True))


def downgrade():
    op.drop_column("memberships", "ticket_id")
    op.drop_column("memberships", "invited_by")
