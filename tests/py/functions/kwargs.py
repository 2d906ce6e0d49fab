def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, sorted(kw)
print(g(1, x=2, y=3), g(a=5, z=0))
def h(*args, **kw):
    return args, sorted(kw.items())
print(h(1, 2, k=3))
d = {'x': 1, 'y': 2}
print(f(**d), f(**d, z=3))
print(h(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
