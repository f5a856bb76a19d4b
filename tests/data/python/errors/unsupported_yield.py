def upgrade():
    yield 1
