"""audit actor

Revision ID: b1e9c012a121
Revises: dbac309f9edc
Create Date: 2025-01-21 13:20:20.186420

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b1e9c012a121'
down_revision: Union[str, Sequence[str], None] = 'dbac309f9edc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = ('d610e0132f97', 'faead78c1efd')


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("audit_events", sa.Column("actor_id", sa.Integer))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("audit_events", "actor_id")
