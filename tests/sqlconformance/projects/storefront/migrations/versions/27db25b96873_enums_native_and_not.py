"""enums native and not

Revision ID: 27db25b96873
Revises: 7af472d9d070
Create Date: 2025-01-20 12:13:07.182099

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '27db25b96873'
down_revision: Union[str, Sequence[str], None] = '7af472d9d070'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("carrier", sa.Enum("ups", "fedex", "dhl", name="carrier", native_enum=False)),
        sa.Column("state", sa.Enum("pending", "in_transit", "delivered", name="shipment_state",
                                   create_constraint=True)),
        sa.Column("priority", sa.Enum("low", "high", name="priority", native_enum=False,
                                      create_constraint=True, length=12)),
        sa.Column("weight_kg", sa.Float(asdecimal=True)),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("shipments")
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TYPE shipment_state")
