"""parents over several lines"""
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
