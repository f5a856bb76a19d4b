"""exclude constraint

Revision ID: dad6b74bd744
Revises: 68da14c18dc2
Create Date: 2025-01-11 11:10:10.143210

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'dad6b74bd744'
down_revision = '68da14c18dc2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("room_id", sa.Integer, nullable=False),
        sa.Column("during", postgresql.TSRANGE(), nullable=False),
        sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.text("false")),
    )
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.create_exclude_constraint(
        "excl_bookings_room_during",
        "bookings",
        ("room_id", "="),
        ("during", "&&"),
        using="gist",
        where="NOT cancelled",
    )


def downgrade():
    op.drop_constraint("excl_bookings_room_during", "bookings")
    op.drop_table("bookings")
