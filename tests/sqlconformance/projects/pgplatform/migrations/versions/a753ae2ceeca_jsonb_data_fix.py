"""jsonb data fix

Revision ID: a753ae2ceeca
Revises: 2997a9d67522
Create Date: 2025-01-18 10:59:41.173457

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a753ae2ceeca'
down_revision = '2997a9d67522'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("UPDATE accounts SET profile = '{}'::jsonb WHERE profile IS NULL"))
    op.execute(
        sa.text("UPDATE accounts SET roles = array_append(roles, :role) WHERE email LIKE :pattern")
        .bindparams(role="admin", pattern="%@example.com")
    )
    op.execute(sa.text(r"UPDATE tickets SET title = 'a\:b' WHERE id = :id").bindparams(id=1))


def downgrade():
    pass
