"""sa.Uuid (SQLAlchemy 2.0)

Revision ID: d7e9e132f743
Revises: 78d146ca0e2e
Create Date: 2025-01-03 11:14:26.108642

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd7e9e132f743'
down_revision: Union[str, Sequence[str], None] = '78d146ca0e2e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("owner", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("label", sa.String(50)),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("api_tokens")
