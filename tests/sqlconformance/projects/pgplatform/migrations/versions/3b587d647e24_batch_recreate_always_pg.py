"""batch recreate always pg

Revision ID: 3b587d647e24
Revises: f2e445c6850b
Create Date: 2025-01-21 13:20:20.186420

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '3b587d647e24'
down_revision = 'f2e445c6850b'
branch_labels = None
depends_on = None


def upgrade():
    notes = sa.Table(
        "notes", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("body", sa.Text),
        sa.Column("account_id", postgresql.UUID(as_uuid=True)),
        sa.Column("pinned", sa.Boolean),
        sa.Column("archived", sa.Boolean, server_default=sa.false(), nullable=False),
    )
    with op.batch_alter_table("notes", copy_from=notes, recreate="always") as batch_op:
        batch_op.drop_column("archived")


def downgrade():
    op.add_column("notes", sa.Column("archived", sa.Boolean, server_default=sa.false(), nullable=False))
