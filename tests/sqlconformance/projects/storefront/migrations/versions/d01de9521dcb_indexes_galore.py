"""indexes galore

Revision ID: d01de9521dcb
Revises: d77b089ccea8
Create Date: 2025-01-17 09:52:28.169136

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd01de9521dcb'
down_revision: Union[str, Sequence[str], None] = 'd77b089ccea8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index("ix_users_email_active", "users", ["email", "is_active"], unique=True)
    op.create_index(
        "ix_orders_open",
        "orders",
        ["user_id"],
        sqlite_where=sa.text("total > 0"),
        postgresql_where=sa.text("total > 0"),
    )
    op.create_index("ix_users_lower_email", "users", [sa.text("lower(email)")])
    op.create_index(op.f("ix_Products_Name"), "products", ["name", "sku"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_Products_Name"), table_name="products")
    op.drop_index("ix_users_lower_email", table_name="users")
    op.drop_index("ix_orders_open", table_name="orders")
    op.drop_index("ix_users_email_active", table_name="users")
