"""list of parents"""
revision = '333333333333'
down_revision = ['222222222222', '111111111111']
branch_labels = None
depends_on = None

def upgrade():
    pass

def downgrade():
    pass
