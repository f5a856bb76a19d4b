f"""not a docstring {1}"""
revision = 'aaaaaaaaaaa2'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
