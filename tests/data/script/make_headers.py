# Writes the golden revision-header files tests/data/script/headers/<name>.py and the expected
# results <name>.json (hand-written below) used by tests/engine/script/tst_revisionheader.cpp.
# Files without diagnostics are also loaded by Alembic itself in that test (the oracle).
# Run: python3 tests/data/script/make_headers.py
import os, json
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'headers'))
files = {}
T119 = '''"""create account table

Revision ID: a1b2c3d4e5f6
Revises: 
Create Date: 2026-11-21 04:39:21.645798

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a1b2c3d4e5f6'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("account")
'''
files['template_1_19_typed'] = (T119, dict(id='a1b2c3d4e5f6', down=[], labels=[], depends=[],
    doc='create account table', createDate='2026-11-21 04:39:21.645798',
    lines=dict(revision=15, down_revision=16, upgrade=21, downgrade=30)))

T181 = '''"""add email to account

Revision ID: b2c3d4e5f6a7
Revises: a1b2c3d4e5f6
Create Date: 2026-11-21 04:40:02.118831

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2c3d4e5f6a7'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('account', sa.Column('email', sa.String(120)))


def downgrade() -> None:
    op.drop_column('account', 'email')
'''
files['template_1_8_1_untyped'] = (T181, dict(id='b2c3d4e5f6a7', down=['a1b2c3d4e5f6'], labels=[], depends=[],
    doc='add email to account', createDate='2026-11-21 04:40:02.118831',
    lines=dict(revision=13, down_revision=14, upgrade=19, downgrade=23)))

files['merge_tuple'] = ('''"""merge heads

Revision ID: d4e5f6a7b8c9
Revises: c3d4aaaaaaaa, c3d4e5f6a7b8
Create Date: 2026-11-21 04:41:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd4e5f6a7b8c9'
down_revision: Union[str, Sequence[str], None] = ('c3d4aaaaaaaa', 'c3d4e5f6a7b8')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
''', dict(id='d4e5f6a7b8c9', down=['c3d4aaaaaaaa', 'c3d4e5f6a7b8'], labels=[], depends=[], doc='merge heads',
          lines=dict(revision=15, down_revision=16, upgrade=21, downgrade=26)))

def simple(body, **exp):
    return (body, exp)

HDR = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: 2026-11-21 04:45:33.510614+00:00\n\n"""\n'

files['branch_label_tuple'] = (HDR % ('audit branch', 'e5f6a7b8c9d0', '') + '''from alembic import op

revision = 'e5f6a7b8c9d0'
down_revision = None
branch_labels = ('audit',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='e5f6a7b8c9d0', down=[], labels=['audit'], depends=[], doc='audit branch',
          createDate='2026-11-21 04:45:33.510614+00:00',
          lines=dict(revision=10, down_revision=11, upgrade=16, downgrade=20)))

files['depends_on_list'] = (HDR % ('uses audit', 'f6a7b8c9d0e1', 'd4e5f6a7b8c9') + '''from alembic import op

revision = 'f6a7b8c9d0e1'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = ['audit', 'e5f6a7b8c9d0']


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='f6a7b8c9d0e1', down=['d4e5f6a7b8c9'], labels=[], depends=['audit', 'e5f6a7b8c9d0'],
          lines=dict(revision=10, down_revision=11, upgrade=16, downgrade=20)))

files['double_quotes'] = (HDR.replace('"""', '"""') % ('double quoted values', '0a0b0c0d0e0f', 'ffeeddccbbaa') + '''revision = "0a0b0c0d0e0f"
down_revision = "ffeeddccbbaa"
branch_labels = "solo"
depends_on = "ffeeddccbbaa"


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='0a0b0c0d0e0f', down=['ffeeddccbbaa'], labels=['solo'], depends=['ffeeddccbbaa'],
          lines=dict(revision=8, down_revision=9, upgrade=14, downgrade=18)))

files['one_element_tuple'] = ('''"""one element tuple"""
revision = '111111111111'
down_revision = ('222222222222',)
branch_labels = ['x']
depends_on = ()


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='111111111111', down=['222222222222'], labels=['x'], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=8, downgrade=12)))

files['list_down_revision'] = ('''"""list of parents"""
revision = '333333333333'
down_revision = ['222222222222', '111111111111']
branch_labels = None
depends_on = None

def upgrade():
    pass

def downgrade():
    pass
''', dict(id='333333333333', down=['222222222222', '111111111111'], labels=[], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=7, downgrade=10)))

files['multiline_brackets'] = ('''"""parents over several lines"""
from typing import Sequence, Union
revision: str = '444444444444'
down_revision: Union[str, Sequence[str], None] = (  # the two heads
    '222222222222',

    # the other branch
    '333333333333',
)
branch_labels = (
    "feature"  # a comment
    ,
)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='444444444444', down=['222222222222', '333333333333'], labels=['feature'], depends=[],
          lines=dict(revision=3, down_revision=4, upgrade=17, downgrade=21)))

files['implicit_concatenation'] = ('''"""ids built from adjacent literals"""
revision = 'abc' "def" \\
    '123456'
down_revision = ('aaaa'
                 'bbbbcccc')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='abcdef123456', down=['aaaabbbbcccc'], labels=[], depends=[],
          lines=dict(revision=2, down_revision=4, upgrade=10, downgrade=14)))

files['later_assignment_wins'] = ('''"""reassigned"""
revision = '000000000001'
down_revision = None
branch_labels = None
depends_on = None

revision = '000000000002'
down_revision = '000000000000'


def upgrade():
    pass


def downgrade():
    pass

# a later literal replaces an earlier computed value
depends_on = str(1)
depends_on = 'zzz'
''', dict(id='000000000002', down=['000000000000'], labels=[], depends=['zzz'],
          lines=dict(revision=7, down_revision=8, upgrade=11, downgrade=15)))

files['absent_optional_variables'] = ('''"""no branch_labels, no depends_on"""
revision = '555555555555'
down_revision = '444444444444'


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='555555555555', down=['444444444444'], labels=[], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=6, downgrade=10)))

files['3f2c1a9b8d7e'] = ('''"""legacy file without a revision variable"""
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='3f2c1a9b8d7e', down=[], labels=[], depends=[],
          lines=dict(revision=0, down_revision=2, upgrade=5, downgrade=9)))

files['docstring_multiline_message'] = ('''"""first line of the message
second line of the message
  third, indented

Revision ID: 666666666666
Revises:
Create Date: 2026-01-02 03:04:05.000006

"""
revision = '666666666666'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='666666666666', down=[], labels=[], depends=[],
          doc='first line of the message\nsecond line of the message\n  third, indented',
          createDate='2026-01-02 03:04:05.000006',
          lines=dict(revision=10, down_revision=11, upgrade=14, downgrade=18)))

files['docstring_whitespace'] = ('''"""

    leading blank lines and spaces
   \t
still the first paragraph (the line above holds spaces)

second paragraph   \t

"""
revision = '777777777777'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='777777777777', down=[], labels=[], depends=[],
          lines=dict(revision=10, down_revision=11, upgrade=14, downgrade=18)))

files['docstring_single_quoted_escapes'] = (r"""'single-quoted docstring\twith\nescapes \u00e9 and \x41' "and a second literal"
revision = '888888888888'
down_revision = None
def upgrade(): pass
def downgrade(): pass
""", dict(id='888888888888', down=[], labels=[], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=4, downgrade=5)))

files['docstring_raw_parenthesised'] = (r'''(r"""raw docstring \d+ in parentheses

body""")
revision = '999999999999'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='999999999999', down=[], labels=[], depends=[],
          lines=dict(revision=4, down_revision=5, upgrade=8, downgrade=12)))

files['no_docstring'] = ('''from alembic import op
"""not a docstring: not the first statement"""

revision = 'aaaaaaaaaaa1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa1', down=[], labels=[], depends=[], doc='',
          lines=dict(revision=4, down_revision=5, upgrade=8, downgrade=12)))

files['fstring_first_not_docstring'] = ('''f"""not a docstring {1}"""
revision = 'aaaaaaaaaaa2'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa2', down=[], labels=[], depends=[], doc='',
          lines=dict(revision=2, down_revision=3, upgrade=6, downgrade=10)))

files['comments_and_cookie_first'] = ('''#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright notice

"""docstring after comments — ünïcödé

Revision ID: aaaaaaaaaaa3
"""
revision = 'aaaaaaaaaaa3'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa3', down=[], labels=[], depends=[],
          lines=dict(revision=9, down_revision=10, upgrade=13, downgrade=17)))

files['semicolons_and_chained'] = ('''"""several statements on a line"""
import sqlalchemy as sa; revision = 'aaaaaaaaaaa4'; down_revision = 'aaaaaaaaaaa3'
branch_labels = depends_on = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa4', down=['aaaaaaaaaaa3'], labels=[], depends=[],
          lines=dict(revision=2, down_revision=2, upgrade=6, downgrade=10)))

files['unparenthesised_tuple'] = ('''"""a bare tuple"""
revision = 'aaaaaaaaaaa5'
down_revision = 'aaaaaaaaaaa3', 'aaaaaaaaaaa4',
branch_labels = 'one',


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa5', down=['aaaaaaaaaaa3', 'aaaaaaaaaaa4'], labels=['one'], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=7, downgrade=11)))

files['crlf_line_endings'] = (('''"""windows line endings

Revision ID: aaaaaaaaaaa6
Create Date: 2026-05-06 07:08:09.000000

"""
revision = 'aaaaaaaaaaa6'
down_revision = (
    'aaaaaaaaaaa5',
)


def upgrade():
    pass


def downgrade():
    pass
''').replace('\n', '\r\n'), dict(id='aaaaaaaaaaa6', down=['aaaaaaaaaaa5'], labels=[], depends=[],
          createDate='2026-05-06 07:08:09.000000',
          lines=dict(revision=7, down_revision=8, upgrade=13, downgrade=17)))

files['utf8_bom'] = ('\ufeff' + '''"""file with a byte order mark"""
revision = 'aaaaaaaaaaa7'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', dict(id='aaaaaaaaaaa7', down=[], labels=[], depends=[],
          lines=dict(revision=2, down_revision=3, upgrade=6, downgrade=10)))

files['seed_products'] = ('''# alembic/versions/xxxx_add_products_table.py
"""add products table

Revision ID: abc123def456
Revises: 789xyz
Create Date: 2024-01-01 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers
revision = 'abc123def456'
down_revision = '789xyz'
branch_labels = None
depends_on = None

def upgrade():
    """Apply migration."""
    op.create_table(
        'products',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(255), nullable=False),
        sa.Column('sku', sa.String(50), nullable=False),
        sa.Column('price', sa.Numeric(10, 2), nullable=False),
        sa.Column('company_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()')),
        sa.Column('updated_at', sa.DateTime()),
        sa.ForeignKeyConstraint(['company_id'], ['companies.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('sku'),
    )
    op.create_index('ix_products_sku', 'products', ['sku'])

def downgrade():
    """Revert migration."""
    op.drop_index('ix_products_sku')
    op.drop_table('products')
''', dict(id='abc123def456', down=['789xyz'], labels=[], depends=[], doc='add products table',
          createDate='2024-01-01 12:00:00.000000',
          lines=dict(revision=13, down_revision=14, upgrade=18, downgrade=35)))

files['seed_data_migration'] = ('''"""migrate device data

Revision ID: 0f1e2d3c4b5a
Revises: abc123def456
Create Date: 2024-02-01 09:30:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.sql import table, column

# revision identifiers, used by Alembic.
revision: str = "0f1e2d3c4b5a"
down_revision: Union[str, None] = "abc123def456"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Add your SQL operations here
    op.execute("""
        INSERT INTO user_profiles (id, user_id)
        SELECT gen_random_uuid(), id FROM users
    """)
    devices = table("devices", column("id", sa.Integer), column("location", sa.String))
    op.bulk_insert(devices, [{"id": 1, "location": "lab"}])
    conn = op.get_bind()
    for (device_id,) in conn.execute(sa.text("SELECT id FROM devices")):
        op.execute(f"UPDATE devices SET location = 'x' WHERE id = {device_id}")


def downgrade() -> None:
    """Downgrade schema."""
    # Reverse the operations
    op.execute("DELETE FROM user_profiles")
''', dict(id='0f1e2d3c4b5a', down=['abc123def456'], labels=[], depends=[], doc='migrate device data',
          lines=dict(revision=15, down_revision=16, upgrade=21, downgrade=35)))

files['conditional_and_decorated_defs'] = ('''"""defs in unusual places"""
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
''', dict(id='aaaaaaaaaaa8', down=[], labels=[], depends=[],
          lines=dict(revision=3, down_revision=4, upgrade=13, downgrade=17)))

# ---- files with diagnostics ----
def bad(body, diags, **exp):
    exp['diagnostics'] = diags
    return (body, exp)

files['err_expand_branch'] = bad('''"""expand branch label from a constant"""
from myapp import cli

revision = 'bbbbbbbbbbb1'
down_revision = None
branch_labels = (cli.EXPAND_BRANCH,)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
''', ['error:6: branch_labels is not a literal value; Retort reads revision headers without running them'],
    id='bbbbbbbbbbb1', down=[])

files['err_name_value'] = bad('''"""down revision from a name"""
PREVIOUS = 'bbbbbbbbbbb1'
revision = 'bbbbbbbbbbb2'
down_revision = PREVIOUS


def upgrade():
    pass


def downgrade():
    pass
''', ['error:4: down_revision is not a literal value; Retort reads revision headers without running them'],
    id='bbbbbbbbbbb2')

files['err_call_value'] = bad('''"""revision computed"""
import uuid
revision = uuid.uuid4().hex[-12:]
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', ['error:3: revision is not a literal value; Retort reads revision headers without running them'])

files['err_fstring_value'] = bad('''"""revision from an f-string"""
BASE = 'bbbb'
revision = f"{BASE}bbbbbbb4"
down_revision = 'bbbb' + 'bbbbbbb3'


def upgrade():
    pass


def downgrade():
    pass
''', ['error:3: revision is not a literal value; Retort reads revision headers without running them',
      'error:4: down_revision is not a literal value; Retort reads revision headers without running them'])

files['err_missing_revision'] = bad('''"""no revision variable and a non-hex file name"""
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', ["error:0: Could not determine revision id from filename err_missing_revision.py. Be sure the 'revision' variable is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation)."])

files['err_missing_down_revision'] = bad('''"""no down_revision"""
revision = 'bbbbbbbbbbb5'


def upgrade():
    pass


def downgrade():
    pass
''', ['error:0: down_revision is not defined; Alembic cannot load a revision without it (write down_revision = None for a base revision)'],
    id='bbbbbbbbbbb5')

files['err_unterminated_string'] = bad('''"""broken string"""
revision = 'bbbbbbbbbbb6'
down_revision = 'bbbbbbbbbbb5


def upgrade():
    pass
''', ['error:3: syntax error: unterminated string literal (detected at line 3)'], id='bbbbbbbbbbb6')

files['err_unterminated_docstring'] = bad('''"""the docstring never ends

revision = 'bbbbbbbbbbb7'
down_revision = None


def upgrade():
    pass
''', ['error:1: syntax error: unterminated triple-quoted string literal (detected at line 8)'])

files['err_bad_dedent'] = bad('''"""bad indentation"""
revision = 'bbbbbbbbbbb8'
down_revision = None


def upgrade():
        op.execute("x")
    op.execute("y")
''', ['error:8: syntax error: unindent does not match any outer indentation level'], id='bbbbbbbbbbb8', down=[])

files['err_unclosed_bracket'] = bad('''"""bracket never closed"""
revision = 'bbbbbbbbbbb9'
down_revision = ('bbbbbbbbbbb8',
''', ['error:3: syntax error: \'(\' was never closed'],
    id='bbbbbbbbbbb9')

files['err_stray_character'] = bad('''"""a stray dollar"""
revision = 'bbbbbbbbbbba'
down_revision = None
x = $y
''', ["error:4: syntax error: invalid character '$' (U+0024)"], id='bbbbbbbbbbba', down=[])

files['err_illegal_characters'] = bad('''"""ids with characters Alembic forbids"""
revision = 'feature-1+2@x'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', ["error:2: Character(s) '+, -, @' not allowed in revision identifier 'feature-1+2@x'"],
    id='feature-1+2@x')

files['err_colon_in_id'] = bad('''"""a colon (forbidden since Alembic 1.17.1)"""
revision = 'abc:def'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
''', ["error:2: Character(s) ':' not allowed in revision identifier 'abc:def'"], id='abc:def')

files['err_wrong_types'] = bad('''"""literals of the wrong type"""
revision = None
down_revision = 5
branch_labels = (('a', 'b'),)
depends_on = b'bytes'


def upgrade():
    pass


def downgrade():
    pass
''', ['error:2: revision must be a string',
      'error:3: down_revision must be None, a string, or a tuple or list of strings',
      'error:4: branch_labels must be None, a string, or a tuple or list of strings',
      'error:5: depends_on must be None, a string, or a tuple or list of strings'])

files['err_imported'] = bad('''"""values imported from elsewhere"""
from .common import down_revision
from .common import (labels as branch_labels, other)
revision = 'bbbbbbbbbbbb'


def upgrade():
    pass


def downgrade():
    pass
''', ['error:2: down_revision is not a literal value; Retort reads revision headers without running them',
      'error:3: branch_labels is not a literal value; Retort reads revision headers without running them'],
    id='bbbbbbbbbbbb')

files['err_conditional'] = bad('''"""assigned inside an if block"""
import os
revision = 'cccccccccccc'
if os.environ.get("X"):
    down_revision = 'bbbbbbbbbbbb'
else:
    down_revision = None
revision += ''
try: branch_labels = ('x',)
except ImportError: pass


def upgrade():
    pass


def downgrade():
    pass
''', ['error:8: revision is not a literal value; Retort reads revision headers without running them',
      'error:7: down_revision is not a literal value; Retort reads revision headers without running them',
      'error:9: branch_labels is not a literal value; Retort reads revision headers without running them'])

files['err_unpacking'] = bad('''"""tuple unpacking"""
revision, down_revision = 'cccccccccccd', None


def upgrade():
    pass


def downgrade():
    pass
''', ['error:2: revision is not a literal value; Retort reads revision headers without running them',
      'error:2: down_revision is not a literal value; Retort reads revision headers without running them'])

for name, (body, exp) in files.items():
    fn = name + '.py'
    with open(fn, 'w', encoding='utf-8', newline='') as f:
        f.write(body)
    exp.setdefault('diagnostics', [])
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write('\n')
print(len(files))
