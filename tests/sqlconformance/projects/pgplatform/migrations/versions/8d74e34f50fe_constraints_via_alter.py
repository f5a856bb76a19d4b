"""constraints via alter

Revision ID: 8d74e34f50fe
Revises: 39693b0d714b
Create Date: 2025-01-08 16:49:31.130247

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d74e34f50fe'
down_revision = '39693b0d714b'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("tickets", sa.Column("parent_id", sa.Integer))
    op.create_foreign_key("fk_tickets_parent", "tickets", "tickets", ["parent_id"], ["id"],
                          ondelete="SET NULL", onupdate="CASCADE", deferrable=True, initially="DEFERRED")
    op.create_unique_constraint("uq_tickets_title_account", "tickets", ["title", "account_id"])
    op.create_check_constraint("ck_tickets_title_not_blank", "tickets", "length(trim(title)) > 0")
    op.create_check_constraint("ck_tickets_seq_positive", "tickets", sa.column("seq") > 0)
    op.create_check_constraint("ck_tickets_combo", "tickets",
                               sa.and_(sa.column("seq") >= 0, sa.column("title_len") < 500))


def downgrade():
    op.drop_constraint("ck_tickets_combo", "tickets", type_="check")
    op.drop_constraint("ck_tickets_seq_positive", "tickets", type_="check")
    op.drop_constraint("ck_tickets_title_not_blank", "tickets", type_="check")
    op.drop_constraint("uq_tickets_title_account", "tickets", type_="unique")
    op.drop_constraint("fk_tickets_parent", "tickets", type_="foreignkey")
    op.drop_column("tickets", "parent_id")
