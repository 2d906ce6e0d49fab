log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(v(1), *[v(2), v(3)], v(4), k=v(5), **{'m': v(6)}))
print(log)
print(f(*(), **{}))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(1, *(2, 3)), g(c=3, *(1, 2)))
print(g(**{'a': 1, 'b': 2, 'c': 3}), g(1, **{'c': 3, 'b': 2}))
