"""helper functions

Revision ID: 5b7e94abfbb0
Revises: 7bb6bfc179d7
Create Date: 2025-02-08 12:05:35.251235

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
def _add_timestamps(table_name: str) -> None:
    op.add_column(table_name, sa.Column("inserted_at", sa.DateTime(timezone=True),
                                        server_default=sa.func.now(), nullable=False))
    op.add_column(table_name, sa.Column("modified_at", sa.DateTime(timezone=True)))


# revision identifiers, used by Alembic.
revision: str = '5b7e94abfbb0'
down_revision: Union[str, Sequence[str], None] = '7bb6bfc179d7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    _add_timestamps("orders")
    _add_timestamps("companies")


def downgrade() -> None:
    """Downgrade schema."""
    for table in ("companies", "orders"):
        op.drop_column(table, "modified_at")
        op.drop_column(table, "inserted_at")
