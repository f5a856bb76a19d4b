"""dialect specific branch

Revision ID: ef512fc07eaf
Revises: 00d167cebecf
Create Date: 2025-02-05 09:44:56.238272

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ef512fc07eaf'
down_revision: Union[str, Sequence[str], None] = '00d167cebecf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS citext")
        op.alter_column("users", "email", type_=sa.Text(), postgresql_using="email::text")
    else:
        op.execute("PRAGMA foreign_keys=ON")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_context().dialect.name == "postgresql":
        op.alter_column("users", "email", type_=sa.String(255))
