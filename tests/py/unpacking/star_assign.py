a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *_ = (9,)
print(first, _)
[x, *y] = {'k': 1, 'j': 2}
print(x, y)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
