"""add fk column ondelete

Revision ID: 129703b9849b
Revises: efaf52435161
Create Date: 2025-01-03 11:14:26.108642

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '129703b9849b'
down_revision: Union[str, Sequence[str], None] = 'efaf52435161'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("books", sa.Column("editor_id", sa.Integer, sa.ForeignKey("authors.id", ondelete="SET NULL"), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("books", "editor_id")
