"""exclude on sqlite

Revision ID: 838c13f130e5
Revises: 253c29c50e91
Create Date: 2025-01-18 10:59:41.173457

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '838c13f130e5'
down_revision: Union[str, Sequence[str], None] = '253c29c50e91'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_context().dialect.name == "postgresql":
        op.create_exclude_constraint("excl_quotes_book", "quotes", ("book_id", "="), using="gist")
    else:
        op.create_check_constraint("ck_quotes_text", "quotes", "length(text) > 0")


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_context().dialect.name == "postgresql":
        op.drop_constraint("excl_quotes_book", "quotes")
    else:
        op.drop_constraint("ck_quotes_text", "quotes", type_="check")
