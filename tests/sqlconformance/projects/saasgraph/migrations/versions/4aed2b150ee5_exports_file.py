"""exports file

Revision ID: 4aed2b150ee5
Revises: 6e2fb8402358
Create Date: 2025-02-01 13:16:04.220988

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4aed2b150ee5'
down_revision: Union[str, Sequence[str], None] = '6e2fb8402358'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("exports", sa.Column("file_path", sa.Text))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("exports", "file_path")
