# expect: 8: imports 'requests', which the built-in interpreter does not provide
# expect: 11: defines class 'Base'
# expect: 15: uses a decorator on 'cached'
# expect: 21: calls open()
# expect: 22: relative import 'from .helpers import ...'
from alembic import op
import sqlalchemy as sa
import requests


class Base:
    pass


@staticmethod
def cached():
    pass


def upgrade():
    data = open('seed.json').read()
    from .helpers import load
