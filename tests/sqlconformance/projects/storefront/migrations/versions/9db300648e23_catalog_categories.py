"""catalog branch: categories

Revision ID: 9db300648e23
Revises: 0df039cdca81
Create Date: 2025-01-28 12:09:51.216667

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9db300648e23'
down_revision: Union[str, Sequence[str], None] = '0df039cdca81'
branch_labels: Union[str, Sequence[str], None] = ('catalog',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("categories.id")),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.UniqueConstraint("parent_id", "slug"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("categories")
