"""merge billing

Revision ID: 2021648de410
Revises: 228263eed937, 902056fab388
Create Date: 2025-01-25 09:48:12.203704

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2021648de410'
down_revision = ('228263eed937', '902056fab388')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
