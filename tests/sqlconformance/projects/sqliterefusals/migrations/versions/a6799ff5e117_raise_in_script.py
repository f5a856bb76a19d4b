"""script raises NotImplementedError itself

Revision ID: a6799ff5e117
Revises: 838c13f130e5
Create Date: 2025-01-19 11:06:54.177778

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a6799ff5e117'
down_revision: Union[str, Sequence[str], None] = '838c13f130e5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_context().dialect.name == "sqlite":
        raise NotImplementedError("Data migration not supported on SQLite; run it on PostgreSQL")
    op.execute("UPDATE books SET pages = pages + 1")


def downgrade() -> None:
    """Downgrade schema."""
    pass
