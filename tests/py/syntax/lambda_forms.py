print((lambda: 1)(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, *, b: a - b)(5, b=2), (lambda a=1, b=2: a * b)(b=5))
f = lambda x: lambda y: lambda z: x + y + z
print(f(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
