def add(a, b=2, *args, c=3, **kwargs):
    return a + b + c + sum(args) + sum(kwargs.values())

print(add(1), add(1, 1), add(1, 1, 1, 1), add(1, c=0), add(1, 2, x=10, y=20), add(*[1, 2], **{'c': 4}))

def greet(name: str, greeting: str = "Hello") -> str:
    """Return a greeting."""
    return f"{greeting}, {name}!"

print(greet("World"), greet(greeting="Hi", name="Bob"), greet.__name__)

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

counter = make_counter()
counter()
counter(5)
print(counter())

total = 0
def accumulate(n):
    global total
    total += n
    return total

accumulate(3)
accumulate(4)
print(total)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(20))

def no_return():
    pass

print(no_return())
square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, 2, z=3), sorted([3, -1, 2], key=lambda v: abs(v)))

def outer():
    x = 'outer'
    def inner():
        return x
    x = 'changed'
    return inner()

print(outer())

def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]

print([f(10) for f in make_adders()])

def kwonly(*, flag=False, name):
    return name, flag

print(kwonly(name='n'), kwonly(flag=True, name='m'))

def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket

defaults_shared(1)
print(defaults_shared(2))

def early(values):
    for v in values:
        if v < 0:
            return v
    return None

print(early([1, -2, -3]), early([1]))

def multi():
    return 1, 'a'

n, s = multi()
print(n, s, multi())
comp_var = 'kept'
squares = [comp_var for comp_var in range(3)]
print(comp_var, squares)
