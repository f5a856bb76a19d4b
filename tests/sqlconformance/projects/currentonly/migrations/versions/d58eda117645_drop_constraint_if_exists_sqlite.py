"""drop_constraint if_exists on SQLite: still refused

Revision ID: d58eda117645
Revises: 8aa907b914de
Create Date: 2025-01-06 14:35:05.121605

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd58eda117645'
down_revision: Union[str, Sequence[str], None] = '8aa907b914de'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_constraint("uq_api_tokens_label", "api_tokens", type_="unique", if_exists=True)


def downgrade() -> None:
    """Downgrade schema."""
    pass
