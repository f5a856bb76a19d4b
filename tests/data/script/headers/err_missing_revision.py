"""no revision variable and a non-hex file name"""
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
