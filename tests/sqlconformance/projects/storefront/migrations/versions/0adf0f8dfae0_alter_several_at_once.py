"""alter several at once

Revision ID: 0adf0f8dfae0
Revises: c6bfa1e2e174
Create Date: 2025-01-25 09:48:12.203704

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0adf0f8dfae0'
down_revision: Union[str, Sequence[str], None] = 'c6bfa1e2e174'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.alter_column(
        "products",
        "name",
        existing_type=sa.String(255),
        type_=sa.String(300),
        nullable=True,
        server_default="unnamed",
        new_column_name="title",
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.alter_column("products", "title", existing_type=sa.String(300), type_=sa.String(255),
                    nullable=False, server_default=None, new_column_name="name")
