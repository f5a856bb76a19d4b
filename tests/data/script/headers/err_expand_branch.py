"""expand branch label from a constant"""
from myapp import cli

revision = 'bbbbbbbbbbb1'
down_revision = None
branch_labels = (cli.EXPAND_BRANCH,)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
