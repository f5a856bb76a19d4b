"""insert default company

Revision ID: d77b089ccea8
Revises: ed8180152ff3
Create Date: 2025-01-16 16:45:15.164815

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd77b089ccea8'
down_revision: Union[str, Sequence[str], None] = 'ed8180152ff3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    companies = sa.table("companies", sa.column("id", sa.Integer), sa.column("name", sa.String))
    op.execute(companies.insert().values(id=op.inline_literal(100), name=op.inline_literal("Default")))
    op.execute(companies.insert().values({"id": 101, "name": "Fallback"}))


def downgrade() -> None:
    """Downgrade schema."""
    companies = sa.table("companies", sa.column("id", sa.Integer))
    op.execute(companies.delete().where(companies.c.id.in_([100, 101])))
