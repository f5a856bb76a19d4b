"""offline mode branch

Revision ID: 4dab377674a4
Revises: ef512fc07eaf
Create Date: 2025-02-06 10:51:09.242593

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4dab377674a4'
down_revision: Union[str, Sequence[str], None] = 'ef512fc07eaf'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    from alembic import context

    if context.is_offline_mode():
        op.execute("-- data fix skipped in offline mode; run scripts/fix_totals.sql")
    else:
        conn = op.get_bind()
        for (order_id,) in conn.execute(sa.text("SELECT id FROM orders WHERE total IS NULL")):
            conn.execute(sa.text("UPDATE orders SET total = 0 WHERE id = :id"), {"id": order_id})


def downgrade() -> None:
    """Downgrade schema."""
    pass
