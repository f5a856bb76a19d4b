"""deferrable fk

Revision ID: 29d53a77777c
Revises: 47ce53b6aada
Create Date: 2025-01-15 15:38:02.160494

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '29d53a77777c'
down_revision: Union[str, Sequence[str], None] = '47ce53b6aada'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("reviews", sa.Column("author_id", sa.Integer))
    op.create_foreign_key("fk_reviews_author", "reviews", "authors", ["author_id"], ["id"],
                          onupdate="CASCADE", deferrable=True, initially="DEFERRED")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("fk_reviews_author", "reviews", type_="foreignkey")
    op.drop_column("reviews", "author_id")
