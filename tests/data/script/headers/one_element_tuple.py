"""one element tuple"""
revision = '111111111111'
down_revision = ('222222222222',)
branch_labels = ['x']
depends_on = ()


def upgrade():
    pass


def downgrade():
    pass
