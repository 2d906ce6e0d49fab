def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional')
try:
    f(1)
except TypeError:
    print('TypeError missing kwonly')
def g(*args, key=None, **rest):
    return args, key, sorted(rest)
print(g(1, 2, key='k', other=1))
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, d=6, e=7))
