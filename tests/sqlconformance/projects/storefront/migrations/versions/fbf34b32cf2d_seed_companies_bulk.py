"""seed companies bulk

Revision ID: fbf34b32cf2d
Revises: f0d18debf872
Create Date: 2025-01-12 12:17:23.147531

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'fbf34b32cf2d'
down_revision: Union[str, Sequence[str], None] = 'f0d18debf872'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    companies = sa.table(
        "companies",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("country", sa.String),
    )
    op.bulk_insert(companies, [
        {"id": 1, "name": "Acme", "country": "US"},
        {"id": 2, "name": "Globex", "country": None},
        {"id": 3, "name": "O'Neil & Sons", "country": "IE"},
    ], multiinsert=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DELETE FROM companies WHERE id IN (1, 2, 3)")
