"""reassigned"""
revision = '000000000001'
down_revision = None
branch_labels = None
depends_on = None

revision = '000000000002'
down_revision = '000000000000'


def upgrade():
    pass


def downgrade():
    pass

# a later literal replaces an earlier computed value
depends_on = str(1)
depends_on = 'zzz'
