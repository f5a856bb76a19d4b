"""create account

Revision ID: 99ec8e69afcd
Revises: 
Create Date: 2025-01-01 09:00:00.100000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '99ec8e69afcd'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "account",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100)),
        sa.Column("age", sa.Integer, server_default="0"),
        sa.Column("old", sa.Integer),
        sa.CheckConstraint("age >= 0", name="ck_age"),
        sa.UniqueConstraint("email", name="uq_account_email"),
    )
    op.create_index("ix_account_name", "account", ["name"])
    op.create_table(
        "owner",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("label", sa.String(40)),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("owner")
    op.drop_index("ix_account_name", table_name="account")
    op.drop_table("account")
