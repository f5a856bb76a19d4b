"""no branch_labels, no depends_on"""
revision = '555555555555'
down_revision = '444444444444'


def upgrade():
    pass


def downgrade():
    pass
