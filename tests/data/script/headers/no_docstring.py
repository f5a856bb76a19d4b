from alembic import op
"""not a docstring: not the first statement"""

revision = 'aaaaaaaaaaa1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
