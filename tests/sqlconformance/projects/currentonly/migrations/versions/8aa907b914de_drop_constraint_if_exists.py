"""drop_constraint if_exists (Alembic 1.16, SQLAlchemy 2.0)

Revision ID: 8aa907b914de
Revises: 2bcc5efa131b
Create Date: 2025-01-05 13:28:52.117284

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '8aa907b914de'
down_revision: Union[str, Sequence[str], None] = '2bcc5efa131b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_context().dialect.name == "postgresql":
        op.drop_constraint("uq_api_tokens_label", "api_tokens", type_="unique", if_exists=True)


def downgrade() -> None:
    """Downgrade schema."""
    pass
