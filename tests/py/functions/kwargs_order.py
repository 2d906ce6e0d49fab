def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{'b': 1, 'a': 2}, c=3))
def g(*a, **kw):
    return [(k, v) for k, v in kw.items()]
print(g(1, y=2, x=1))
