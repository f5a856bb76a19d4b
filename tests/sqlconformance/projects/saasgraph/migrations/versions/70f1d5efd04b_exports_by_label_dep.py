"""exports by label dep

Revision ID: 70f1d5efd04b
Revises: 4aed2b150ee5
Create Date: 2025-02-02 14:23:17.225309

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '70f1d5efd04b'
down_revision: Union[str, Sequence[str], None] = '4aed2b150ee5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = ('auth',)


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("exports", sa.Column("requested_by", sa.Integer))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("exports", "requested_by")
