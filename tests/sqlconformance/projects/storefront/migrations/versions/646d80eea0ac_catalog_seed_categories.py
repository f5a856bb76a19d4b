"""catalog seed categories

Revision ID: 646d80eea0ac
Revises: 91dd50840b86
Create Date: 2025-02-02 14:23:17.225309

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '646d80eea0ac'
down_revision: Union[str, Sequence[str], None] = '91dd50840b86'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    categories = sa.table("categories", sa.column("id", sa.Integer), sa.column("slug", sa.String))
    op.bulk_insert(categories, [{"id": 1, "slug": "books"}, {"id": 2, "slug": "music"}])


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DELETE FROM categories WHERE id IN (1, 2)")
