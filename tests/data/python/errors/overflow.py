def upgrade():
    big = 2 ** 62
    return big * 4
