"""alter order note type

Revision ID: c6bfa1e2e174
Revises: e5ca17764eb6
Create Date: 2025-01-24 16:41:59.199383

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c6bfa1e2e174'
down_revision: Union[str, Sequence[str], None] = 'e5ca17764eb6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.alter_column("orders", "note", type_=sa.String(500), existing_type=sa.Text(), existing_nullable=True)
    op.alter_column("orders", "total", server_default="1", existing_type=sa.Numeric(12, 2))
    op.alter_column("companies", "country", server_default=None, existing_server_default="US")


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column("companies", "country", server_default="US")
    op.alter_column("orders", "total", server_default="0", existing_type=sa.Numeric(12, 2))
    op.alter_column("orders", "note", type_=sa.Text(), existing_type=sa.String(500))
