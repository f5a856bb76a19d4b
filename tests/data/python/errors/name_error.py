def upgrade():
    value = 1
    print(valeu)
