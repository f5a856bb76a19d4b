# Helper patterns found in real revision scripts (no database needed).
from typing import Optional, Sequence, Union
import os
import logging

log = logging.getLogger(__name__)

revision: str = 'a1b2c3d4e5f6'
down_revision: Union[str, Sequence[str], None] = ('c3d4aaaaaaaa', 'c3d4e5f6a7b8')
branch_labels = ('audit',)
depends_on = None

TABLES = ['users', 'orders', 'order_items']
ENUM_VALUES = ('draft', 'active', 'archived')
SCHEMA: Optional[str] = os.environ.get('RETORT_NO_SUCH_VARIABLE_XYZ', None)


def fq(table: str, schema: Optional[str] = None) -> str:
    return f"{schema}.{table}" if schema else table


def column_names(rows) -> list:
    return [row[1] for row in rows]


def chunked(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def check_sql(values: Sequence[str]) -> str:
    quoted = ", ".join("'%s'" % v.replace("'", "''") for v in values)
    return "status IN (%s)" % quoted


pragma_rows = [(0, 'id', 'INTEGER', 1, None, 1), (1, 'email', 'VARCHAR(255)', 0, None, 0)]
print(revision, down_revision, branch_labels, depends_on, SCHEMA)
print(fq('users'), fq('users', 'public'), column_names(pragma_rows), 'email' in column_names(pragma_rows))
print(chunked(list(range(7)), 3), check_sql(ENUM_VALUES + ("it's",)))
for table in TABLES:
    idx = 'ix_%s_created_at' % table
    print(idx, f"CREATE INDEX IF NOT EXISTS {idx} ON {table} (created_at)")
data = [{'id': i, 'name': 'user%02d' % i, 'active': i % 2 == 0} for i in range(1, 4)]
print(data)
mapping = {'old_name': 'new_name', 'legacy': 'modern'}
for old, new in mapping.items():
    print('ALTER TABLE t RENAME COLUMN {} TO {}'.format(old, new))
statements = """
UPDATE users SET status = 'active' WHERE is_active = 1;
UPDATE users SET status = 'inactive' WHERE is_active = 0;
""".strip().split(';')
print([s.strip() for s in statements if s.strip()])
