def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def times(n):
    def deco(fn):
        def w(x):
            for _ in range(n):
                x = fn(x)
            return x
        return w
    return deco
@times(3)
def double(x):
    return x * 2
print(double(1))
def d1(f):
    return lambda: '1' + f()
def d2(f):
    return lambda: '2' + f()
@d1
@d2
def base():
    return 'b'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one() is None)
