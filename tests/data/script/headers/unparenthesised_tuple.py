"""a bare tuple"""
revision = 'aaaaaaaaaaa5'
down_revision = 'aaaaaaaaaaa3', 'aaaaaaaaaaa4',
branch_labels = 'one',


def upgrade():
    pass


def downgrade():
    pass
