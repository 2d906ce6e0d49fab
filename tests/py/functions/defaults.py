def f(a, b=2, c='c'):
    return a, b, c
print(f(1), f(1, 3), f(1, c=9), f(a=0, b=0, c=0))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2))
print(acc(3, []))
N = 5
def g(x=N):
    return x
N = 6
print(g())
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
