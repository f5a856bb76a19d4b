"""users bio and index

Revision ID: 3fa035967d26
Revises: 9a7ce27c2214
Create Date: 2025-01-13 13:24:36.151852

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3fa035967d26'
down_revision: Union[str, Sequence[str], None] = '9a7ce27c2214'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    """Upgrade schema."""
    # Add your SQL operations here
    op.add_column('users', sa.Column('bio', sa.Text(), nullable=True))
    op.create_index('ix_users_email', 'users', ['phone'])


def downgrade() -> None:
    """Downgrade schema."""
    """Downgrade schema."""
    # Reverse the operations
    op.drop_index('ix_users_email', 'users')
    op.drop_column('users', 'bio')
