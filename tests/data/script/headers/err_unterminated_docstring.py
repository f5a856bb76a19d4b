"""the docstring never ends

revision = 'bbbbbbbbbbb7'
down_revision = None


def upgrade():
    pass
