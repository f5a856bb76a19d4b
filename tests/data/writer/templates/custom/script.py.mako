<%doc>
    A project's own template: exercises the Mako subset Retort renders
    (comments, control lines, <%text>, filters, line continuations).
</%doc>\
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
## this comment line disappears
from alembic import op
import sqlalchemy as sa
% if imports:
${imports}
% endif

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
% if down_revision is None:
# a new root; message in upper case: ${message.upper() | trim}
% elif down_revision == "never" or (False if down_revision else True):
# never
% else:
# parents: ${comma(down_revision)} (${len(down_revision if down_revision else "")} chars)
% endif
% for label in (branch_labels or ()):
# label ${label}
% endfor
# literal: <%text>${not_rendered} % not a control line</%text>
# joined: \
${", ".join(["a", 'b'])}

def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
