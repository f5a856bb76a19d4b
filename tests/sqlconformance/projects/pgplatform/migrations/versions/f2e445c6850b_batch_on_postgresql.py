"""batch on postgresql

Revision ID: f2e445c6850b
Revises: e10529090ce7
Create Date: 2025-01-20 12:13:07.182099

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f2e445c6850b'
down_revision = 'e10529090ce7'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("archived", sa.Boolean, server_default=sa.false(), nullable=False))
        batch_op.alter_column("body", existing_type=sa.Text, nullable=True)
        batch_op.create_unique_constraint("uq_notes_account_body", ["account_id", "body"])
        batch_op.create_check_constraint("ck_notes_body_len", "length(body) < 10000")
        batch_op.drop_index("ix_notes_pinned")


def downgrade():
    with op.batch_alter_table("notes") as batch_op:
        batch_op.create_index("ix_notes_pinned", ["pinned"])
        batch_op.drop_constraint("ck_notes_body_len", type_="check")
        batch_op.drop_constraint("uq_notes_account_body", type_="unique")
        batch_op.alter_column("body", existing_type=sa.Text, nullable=False)
        batch_op.drop_column("archived")
