def upgrade():
    x = 1
     y = 2
