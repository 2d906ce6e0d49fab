sq = lambda x: x * x
print(sq(7), (lambda: 'none')(), (lambda a, b=2: a * b)(3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
f = lambda *a, **k: (a, sorted(k))
print(f(1, 2, z=3))
print((lambda x: (lambda y: x + y))(1)(2))
print(sq.__name__)
