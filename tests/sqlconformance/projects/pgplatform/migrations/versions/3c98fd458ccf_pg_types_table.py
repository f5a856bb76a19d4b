"""pg types table

Revision ID: 3c98fd458ccf
Revises: 1954b1d4a324
Create Date: 2025-01-02 10:07:13.104321

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '3c98fd458ccf'
down_revision = '1954b1d4a324'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "pgonly",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("jb", postgresql.JSONB, server_default=sa.text("'{}'::jsonb")),
        sa.Column("uid", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()")),
        sa.Column("tags", postgresql.ARRAY(sa.String)),
        sa.Column("mood", postgresql.ENUM("happy", "sad", name="mood")),
        sa.Column("iv", postgresql.INTERVAL),
        sa.Column("ts", postgresql.TIMESTAMP(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_pgonly"),
    )


def downgrade():
    op.drop_table("pgonly")
    op.execute("DROP TYPE mood")
