"""legacy file without a revision variable"""
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
