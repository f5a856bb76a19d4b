import sqlalchemy as sa


class Model:
    pass
