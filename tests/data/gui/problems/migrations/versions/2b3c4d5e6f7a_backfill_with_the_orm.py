"""backfill item names with the application's ORM models

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
Create Date: 2024-03-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from myapp.models import Item

revision = '2b3c4d5e6f7a'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    for item in Item.query_all(bind):
        item.name = item.name.strip()


def downgrade():
    pass
