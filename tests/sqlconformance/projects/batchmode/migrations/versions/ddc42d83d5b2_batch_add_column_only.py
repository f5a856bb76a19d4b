"""batch: add_column only (no recreate)

Revision ID: ddc42d83d5b2
Revises: 99ec8e69afcd
Create Date: 2025-01-02 10:07:13.104321

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ddc42d83d5b2'
down_revision: Union[str, Sequence[str], None] = '99ec8e69afcd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nick", sa.String(length=20), nullable=True))
        batch_op.create_index(batch_op.f("ix_account_nick"), ["nick"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_nick"))
        batch_op.drop_column("nick")
