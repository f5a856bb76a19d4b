def risky(kind):
    if kind == 'value':
        raise ValueError("bad value")
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'index':
        return [][0]
    if kind == 'name':
        return undefined_name
    if kind == 'attr':
        return 'x'.nope
    if kind == 'int':
        return int('abc')
    if kind == 'custom':
        raise NotImplementedError
    return 'ok'

for kind in ['value', 'key', 'zero', 'type', 'index', 'name', 'attr', 'int', 'custom', 'none']:
    try:
        result = risky(kind)
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, str(e), e.args)
    except ArithmeticError as e:
        print('arith', type(e).__name__, e)
    except RuntimeError as e:
        print('runtime', type(e).__name__, repr(str(e)), isinstance(e, RuntimeError))
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('no error', result)
    finally:
        print('finally', kind)

def finally_wins():
    try:
        return 'try'
    finally:
        print('cleanup runs')

print(finally_wins())

def reraise():
    try:
        raise KeyError('k')
    except KeyError:
        print('caught, re-raising')
        raise

try:
    reraise()
except LookupError as e:
    print('outer caught', repr(e), e.args[0])

try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as err:
    print('handled', err)

try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('assert:', e)

try:
    raise TypeError('one', 2)
except TypeError as e:
    print(e, e.args)

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

print(loop_with_finally())
try:
    int('12x')
except ValueError as e:
    print(e)
try:
    float('nope')
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    {'a': 1}['b']
except KeyError as e:
    print(e, repr(e))
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    add_missing()
except NameError as e:
    print(e)
def uses_before_assign():
    print(later)
    later = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def two_args(a, b):
    return a
for call in [lambda: two_args(1), lambda: two_args(1, 2, 3), lambda: two_args(1, c=2), lambda: two_args(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(e)
