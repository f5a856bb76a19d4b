"""enum existing type add column

Revision ID: 097521db1931
Revises: c088f6f84dc4
Create Date: 2025-01-16 16:45:15.164815

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '097521db1931'
down_revision = 'c088f6f84dc4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("tickets", sa.Column("mood", postgresql.ENUM("happy", "sad", "meh", name="mood", create_type=False)))
    op.add_column("tickets", sa.Column("kind", sa.Enum("bug", "question", name="ticket_kind")))


def downgrade():
    op.drop_column("tickets", "kind")
    op.drop_column("tickets", "mood")
    op.execute("DROP TYPE ticket_kind")
