"""add email column

Revision ID: b2c3d4e5f6a7
Revises: a1b2c3d4e5f6
Create Date: 2026-11-21 04:39:21.645798

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2c3d4e5f6a7'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("email", sa.String(length=100), nullable=True))
    op.create_index("ix_account_name", "account", ["name"])


def downgrade() -> None:
    op.drop_index("ix_account_name", table_name="account")
    with op.batch_alter_table("account") as batch_op:
        batch_op.drop_column("email")
