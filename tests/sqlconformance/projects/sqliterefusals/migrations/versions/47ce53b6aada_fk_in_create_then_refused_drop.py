"""refusal only on the way down

Revision ID: 47ce53b6aada
Revises: 63c81bffd956
Create Date: 2025-01-14 14:31:49.156173

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '47ce53b6aada'
down_revision: Union[str, Sequence[str], None] = '63c81bffd956'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("book_id", sa.Integer, sa.ForeignKey("books.id", name="fk_reviews_book")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_constraint("fk_reviews_book", "reviews", type_="foreignkey")
    op.drop_table("reviews")
