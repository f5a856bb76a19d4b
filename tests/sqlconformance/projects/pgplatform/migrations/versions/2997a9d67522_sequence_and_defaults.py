"""sequence and defaults

Revision ID: 2997a9d67522
Revises: 097521db1931
Create Date: 2025-01-17 09:52:28.169136

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '2997a9d67522'
down_revision = '097521db1931'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.schema.CreateSequence(sa.Sequence("ticket_number_seq", start=1000, increment=1)))
    op.add_column("tickets", sa.Column("number", sa.BigInteger, server_default=sa.text("nextval('ticket_number_seq')"), nullable=False))
    op.add_column("tickets", sa.Column("opened_at", sa.DateTime(timezone=True),
                                       server_default=sa.text("(now() AT TIME ZONE 'utc')")))
    op.add_column("tickets", sa.Column("ext_id", postgresql.UUID(), server_default=sa.text("uuid_generate_v4()")))
    op.add_column("tickets", sa.Column("labels", postgresql.ARRAY(sa.String(30)), server_default="{}"))
    op.add_column("tickets", sa.Column("meta", postgresql.JSONB, server_default=sa.text("'[]'::jsonb"), nullable=False))


def downgrade():
    for col in ("meta", "labels", "ext_id", "opened_at", "number"):
        op.drop_column("tickets", col)
    op.execute(sa.schema.DropSequence(sa.Sequence("ticket_number_seq")))
