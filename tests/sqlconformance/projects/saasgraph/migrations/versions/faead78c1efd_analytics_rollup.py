"""analytics rollup

Revision ID: faead78c1efd
Revises: 6ced1cdc72f0
Create Date: 2025-01-15 15:38:02.160494

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'faead78c1efd'
down_revision: Union[str, Sequence[str], None] = '6ced1cdc72f0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "daily_rollup",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("views", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.execute("INSERT INTO daily_rollup (day, views) SELECT date(viewed_at), count(*) FROM page_views GROUP BY date(viewed_at)")


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("daily_rollup")
