"""complex migration: new table plus data

Revision ID: 9a7ce27c2214
Revises: 4c8767c97ef5
Create Date: 2025-01-12 12:17:23.147531

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9a7ce27c2214'
down_revision: Union[str, Sequence[str], None] = '4c8767c97ef5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    # Create new table
    op.create_table('user_profiles',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('bio', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    )

    # Migrate data from old structure
    op.execute("""
        INSERT INTO user_profiles (user_id, bio)
        SELECT id, NULL FROM users
    """)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('user_profiles')
