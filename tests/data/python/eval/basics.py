# Numbers, operators, truthiness, comparisons
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 10, 2 ** -1, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7 / 2, 6 / 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5)
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, ~5)
print(0.1 + 0.2, 1e16, 1e15, 1.0, 1.5e-7, 123456789.123, 1/3, -0.0, 100.0, 1e22)
print(float('inf'), -float('inf'), 3.0 * 2, 10 / 4, 2 * 3.5)
print(True + True, True * 3, 3 == 3.0, 1 == True, None is None, 0 == False)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 'a' < 'b' < 'c', [1, 2] < [1, 3], (1, 2) <= (1, 2))
print(1 and 2, 0 and 2, 1 or 2, 0 or '', None or 'default', not 0, not 'x')
print('yes' if 1 else 'no', 'yes' if [] else 'no')
print(abs(-5), abs(-2.5), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5))
print(divmod(17, 5), divmod(-17, 5), pow(2, 8), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3], 10))
print(int('42'), int(' -17 '), int('ff', 16), int('0x1f', 0), int(3.99), int(-3.99), int(True), float('1.5'), float(2))
print(str(12), str(1.25), str(None), str(True), repr('x'), repr("it's"), repr('say "hi"'), repr('both \' "'))
print(bool(0), bool(''), bool([]), bool({}), bool(()), bool('0'), bool([0]), bool(0.0))
print(hex(255), oct(8), bin(5), ord('A'), chr(97), chr(0x263a))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', (int, str)), isinstance([], list))
print(type(1).__name__, type('').__name__, type([]).__name__, type(None).__name__, type({}).__name__)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
big = 2 ** 62
print(big, big - 1 + big)
print(len('hello'), len([1, 2]), len({'a': 1}), len(range(0, 10, 3)), len(()))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(3), 5 in range(0, 10, 5))
print(1_000_000, 0xFF, 0o17, 0b1010, 3.0e2, .5)
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 5:
        break
print(n)
for i in range(3):
    pass
else:
    print('loop completed', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print(i)
