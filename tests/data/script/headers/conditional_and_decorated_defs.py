"""defs in unusual places"""
import functools
revision = 'aaaaaaaaaaa8'
down_revision = None

class Helper:
    revision = 'not-the-module-variable'
    def upgrade(self):
        down_revision = 'local'


@functools.lru_cache
def upgrade():
    revision = 'a local variable'


async def downgrade():
    pass
