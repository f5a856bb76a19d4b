"""billing: plans

Revision ID: ddbb57f47aee
Revises: 
Create Date: 2025-01-23 15:34:46.195062

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = 'ddbb57f47aee'
down_revision = None
branch_labels = ('billing',)
depends_on = None


def upgrade():
    op.create_table(
        "plans",
        sa.Column("code", sa.String(20), primary_key=True),
        sa.Column("price_cents", sa.Integer, nullable=False),
        sa.Column("features", postgresql.ARRAY(sa.String), nullable=False, server_default="{}"),
    )
    plans = sa.table("plans", sa.column("code", sa.String), sa.column("price_cents", sa.Integer))
    op.bulk_insert(plans, [{"code": "free", "price_cents": 0}, {"code": "pro", "price_cents": 1900}])


def downgrade():
    op.drop_table("plans")
