def upgrade():
    s = f"{1 +}"
