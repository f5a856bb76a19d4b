lst = [3, 1, 2]
lst.append(5)
lst.extend([9, 8])
lst.insert(0, 7)
print(lst, lst.pop(), lst.pop(0), lst, lst.index(2), lst.count(1))
lst.remove(1)
lst.sort()
print(lst, sorted(lst, reverse=True), sorted(['bb', 'a', 'ccc'], key=len), list(reversed(lst)))
lst.reverse()
print(lst, lst[0], lst[-1], lst[1:3], lst[::-1], lst[:], lst * 2, lst + [0], 5 in lst, 4 not in lst)
copy = lst.copy()
copy[0] = 'changed'
print(lst, copy)
alias = lst
alias.append('shared')
print(lst)
del lst[-1]
print(lst, len(lst))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], [[y * 2 for y in row] for row in nested], [x for x in range(10) if x % 2 if x > 3])
d = {'b': 2, 'a': 1}
d['c'] = 3
d['a'] = 10
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.get('z', 0), 'a' in d, len(d))
print(d.pop('b'), d, d.setdefault('x', []), d.setdefault('a', 99), d)
d.update({'y': 1}, z=2)
print(d, {k: v for k, v in d.items() if k != 'x'}, dict(a=1, b=2), dict([('p', 1), ('q', 2)]), dict(zip('ab', [1, 2])))
del d['x']
print(d, {**d, 'new': True}, d | {'a': 0})
for key in d:
    print(key, end=' ')
print()
for k, v in sorted(d.items()):
    print(k, v, sep='=', end=';')
print()
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(sorted(s), 2 in s, len(s), sorted(s | {9}), sorted(s & {2, 3, 99}), sorted(s - {2}), sorted({x % 3 for x in range(10)}))
print({1, 2} <= {1, 2, 3}, {1, 2} == {2, 1}, set(), sorted(set('hello')), sorted(s.union([7])), s.issubset({1, 2, 3, 4}))
t = (1, 'two', 3.0)
a, b, c = t
print(t, a, b, c, t[1], t[-1], t[:2], len(t), t.index('two'), (1,), (), tuple([1, 2]), t + (4,))
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
x = y = [0]
x.append(1)
print(x, y, x is y, x == [0, 1], [] is [])
print(list(enumerate(['a', 'b'], 1)), list(zip([1, 2, 3], 'ab')), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]), min([3, 1], key=lambda v: -v), max([], default='empty'))
print(sum(x * x for x in range(4)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted({'b': 1, 'a': 2}))
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix, [row[1] for row in matrix])
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
print(list('abc'), tuple('ab'), list({'k': 1}), [*range(3), *'ab'], {'a': 1} == {'a': 1.0})
rows = [{'id': 1, 'name': 'a'}, {'id': 2, 'name': 'b'}]
print([r['name'] for r in rows if r['id'] > 1], {r['id']: r for r in rows}[2]['name'])
