a, b, c = range(3)
print(a, b, c)
x, y = {'one': 1, 'two': 2}
print(x, y)
k, v = ('key', 'val')
print(k, v)
g = (i * i for i in range(2))
p, q = g
print(p, q)
(m, n), o = 'mn', 'o'
print(m, n, o)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
