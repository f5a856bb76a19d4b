"""batch with copy_from: alter, drop, add, index

Revision ID: 4abcaa94fe8e
Revises: ddc42d83d5b2
Create Date: 2025-01-03 11:14:26.108642

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4abcaa94fe8e'
down_revision: Union[str, Sequence[str], None] = 'ddc42d83d5b2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    account = sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100)),
        sa.Column("age", sa.Integer, server_default="0"),
        sa.Column("old", sa.Integer),
        sa.Column("nick", sa.String(20)),
        sa.CheckConstraint("age >= 0", name="ck_age"),
        sa.UniqueConstraint("email", name="uq_account_email"),
        sa.Index("ix_account_name", "name"),
    )

    with op.batch_alter_table("account", copy_from=account) as b:
        b.alter_column("email", nullable=False, existing_type=sa.String(100))
        b.drop_column("old")
        b.add_column(sa.Column("n", sa.Integer, server_default="5"))
        b.create_index("ix_account_email", ["email"])


def downgrade() -> None:
    """Downgrade schema."""
    account = sa.Table(
        "account",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("age", sa.Integer, server_default="0"),
        sa.Column("nick", sa.String(20)),
        sa.Column("n", sa.Integer, server_default="5"),
        sa.CheckConstraint("age >= 0", name="ck_age"),
        sa.UniqueConstraint("email", name="uq_account_email"),
        sa.Index("ix_account_name", "name"),
        sa.Index("ix_account_email", "email"),
    )
    with op.batch_alter_table("account", copy_from=account) as b:
        b.drop_index("ix_account_email")
        b.drop_column("n")
        b.add_column(sa.Column("old", sa.Integer))
        b.alter_column("email", nullable=True, existing_type=sa.String(100))
