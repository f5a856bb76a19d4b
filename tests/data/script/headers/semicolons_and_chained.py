"""several statements on a line"""
import sqlalchemy as sa; revision = 'aaaaaaaaaaa4'; down_revision = 'aaaaaaaaaaa3'
branch_labels = depends_on = None


def upgrade():
    pass


def downgrade():
    pass
