"""create table with indexes and fk names

Revision ID: 6a8fbfe93665
Revises: 5b7e94abfbb0
Create Date: 2025-02-09 13:12:48.255556

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6a8fbfe93665'
down_revision: Union[str, Sequence[str], None] = '5b7e94abfbb0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("product_id", sa.Integer, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("rating", sa.SmallInteger, nullable=False),
        sa.Column("body", sa.Text, server_default=""),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name="fk_reviews_product", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_reviews_user", ondelete="SET NULL", onupdate="NO ACTION"),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="ck_reviews_rating"),
        sa.Index("ix_reviews_product_rating", "product_id", "rating"),
        sa.UniqueConstraint("product_id", "user_id", name="uq_reviews_product_user"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("reviews")
