"""migrate device data

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
