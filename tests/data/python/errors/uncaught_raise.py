def helper(n):
    if n > 2:
        raise ValueError(f"bad revision step {n}")
    return n


def upgrade():
    for i in range(5):
        helper(i)
