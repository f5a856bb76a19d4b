# expect: 6: imports from 'app.models', which the built-in interpreter does not provide
# expect: 7: imports from 'sqlalchemy.orm', which the built-in interpreter does not provide
# expect: 11: uses sqlalchemy.orm (ORM sessions need the project's Python)
from alembic import op
import sqlalchemy as sa
from app.models import User
from sqlalchemy.orm import Session


def upgrade():
    session = sa.orm.Session(bind=op.get_bind())
    for user in session.query(User):
        user.active = True
    session.commit()
