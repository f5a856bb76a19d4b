x = (1,  # comment in brackets

     2,
     # a comment line
     3)
y = [
    1,
    [2, {3: (4, 5)}],
]
z = 1 + \
    2 + \
        3
if x and \
   y:
    pass
call(a,
     b=1,
     *c, **d)
s = {
}
def f(
    a,
    b,
) -> None:
    return (
        a
    )
