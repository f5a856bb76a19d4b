"""merge audit with a body

Revision ID: a08f7f7947a8
Revises: 3b0658342ae4, 7d6a5e148c07
Create Date: 2025-01-25 09:48:12.203704

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a08f7f7947a8'
down_revision: Union[str, Sequence[str], None] = ('3b0658342ae4', '7d6a5e148c07')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index("ix_page_views_path", "page_views", ["path"])
    op.execute("UPDATE tenants SET plan = 'pro' WHERE plan IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_page_views_path", table_name="page_views")
