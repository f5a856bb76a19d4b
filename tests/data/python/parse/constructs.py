"""Module docstring.

Second paragraph.
"""
from __future__ import annotations

import os
import os.path as osp, sys
from typing import (
    Sequence,
    Union as U,
)
from alembic import op
from . import sibling
from ..pkg.mod import *

revision: str = 'a1b2c3'
down_revision: Union[str, Sequence[str], None] = None
x = y = 1
a, b = b, a
(c, d), *rest = [(1, 2), 3, 4]
counter += 1
obj.attr = obj[1:2, ::3] = {}
value: int
del a, b[0], c.d


@decorator
@other.decorator(arg=1)
def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kwargs) -> bool:
    """Doc."""
    global g
    nonlocal_ = lambda x, *y, z=1, **w: (x, y, z, w)
    if a and not b or c:
        pass
    elif a is not None and b not in c:
        return
    else:
        return a, b
    for i, j in enumerate(range(3)):
        continue
    else:
        break
    while x < y <= z != w:
        x -= 1
    try:
        raise ValueError("bad") from None
    except (KeyError, IndexError) as e:
        raise
    except Exception:
        pass
    else:
        pass
    finally:
        pass
    with op.batch_alter_table('t') as batch_op, open('x') as (p, q):
        batch_op.drop_column('c')
    assert x, "message"
    return -x ** 2 + ~y // 3 % 4 @ m << 1 >> 2 & 3 | 4 ^ 5


class Model(Base, metaclass=Meta):
    id = Column(Integer)


def g():
    nonlocal z
    s = 'single' "double" '''triple''' r'\d+' u'unicode' if 1 else b'bytes' b'more'
    n = [0x1f, 0o17, 0b101, 1_000, 1.5, 2e10, 1e-5, .5, 3.]
    comp = [x * y for x in range(3) if x for y in range(x) if y > 0 if y < 5]
    dc = {k: v for k, v in d.items()}
    sc = {x for x in s}
    ge = sum(x for x in range(10))
    call = f(1, *args, key=2, **kw)
    sl = a[1:], a[:2], a[::], a[1:2:3], a[-1]
    dd = {**a, 'b': 1, **c}
    st = {1, 2, *rest}
    lst = [*a, *b]
    t = 1,
    empty = ()
    cond = a if b else c if d else e
    chained = a < b < c
    return f"{x!r:>{width}} and {y=} {{literal}} {z:.2f}"
