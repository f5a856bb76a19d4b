(r"""raw docstring \d+ in parentheses

body""")
revision = '999999999999'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
