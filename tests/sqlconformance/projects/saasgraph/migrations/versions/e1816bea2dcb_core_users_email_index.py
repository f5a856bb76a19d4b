"""core users email index

Revision ID: e1816bea2dcb
Revises: a372a4c5bb7b
Create Date: 2025-01-04 12:21:39.112963

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e1816bea2dcb'
down_revision: Union[str, Sequence[str], None] = 'a372a4c5bb7b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index("ix_users_tenant_email", "users", ["tenant_id", "email"], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_users_tenant_email", table_name="users")
