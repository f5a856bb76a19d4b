"""unique deferrable

Revision ID: 1be52178ec01
Revises: 29d53a77777c
Create Date: 2025-01-16 16:45:15.164815

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1be52178ec01'
down_revision: Union[str, Sequence[str], None] = '29d53a77777c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_unique_constraint("uq_reviews_book_author", "reviews", ["book_id", "author_id"],
                                deferrable=True, initially="IMMEDIATE")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("uq_reviews_book_author", "reviews", type_="unique")
