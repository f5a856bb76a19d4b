"""late reports

Revision ID: ae029363686c
Revises: a08f7f7947a8
Create Date: 2025-01-26 10:55:25.208025

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ae029363686c'
down_revision: Union[str, Sequence[str], None] = 'a08f7f7947a8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = ('6133aacaae98',)


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("tenants", sa.Column("report_email", sa.String(320)))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("tenants", "report_email")
