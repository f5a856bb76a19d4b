"""partitioned events

Revision ID: e10529090ce7
Revises: a753ae2ceeca
Create Date: 2025-01-19 11:06:54.177778

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'e10529090ce7'
down_revision = 'a753ae2ceeca'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", postgresql.JSONB, nullable=False),
        sa.PrimaryKeyConstraint("id", "created_at", name="pk_events"),
        postgresql_partition_by="RANGE (created_at)",
    )
    op.execute("CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')")


def downgrade():
    op.execute("DROP TABLE events_2025")
    op.drop_table("events")
