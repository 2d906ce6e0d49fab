t = ((1, 2), [3, 4], 'x')
t[1].append(5)
print(t)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max((1, 9), (2, 0)))
print(tuple(tuple(r) for r in [[1], [2, 3]]))
