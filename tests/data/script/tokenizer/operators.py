from __future__ import annotations
import typing


@decorator.attr(1)
def f(a: int, *args, b: str = "x", **kw) -> typing.Optional[int]:
    x = a + 1 - 2 * 3 / 4 // 5 % 6 ** 7
    x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x @= m
    x &= 1; x |= 2; x ^= 3; x >>= 1; x <<= 2
    y = (x & 1) | (x ^ 2) | ~x | (x << 2) | (x >> 1)
    z = x == 1 or x != 2 and x < 3 or x > 4 or x <= 5 or x >= 6
    if (n := len(args)) > 1:
        pass
    w = a @ b
    s = args[1:2:3], args[::], args[...]
    e = ...
    lam = lambda q, *, r=1: q.r
    d = {1: 2, **kw}
    t = a if b else c
    return x;
class C(Base, metaclass=Meta):
    attr: int = 3
    async def g(self):
        await self.h()
        async with a as b:
            pass
        async for i in range(3):
            yield i
x = 1..__class__
y = 1 .real
