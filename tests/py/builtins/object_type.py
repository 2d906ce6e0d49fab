o = object()
print(type(o).__name__, isinstance(o, object), type(object).__name__)
print(type(1), type('s'), type([]), type(None), type(type))
print(type(1) is int, type(True) is bool, type(int) is type)
T = type('T', (), {'x': 5, 'f': lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.f(), isinstance(t, T))
U = type('U', (T,), {})
print(U().f(), issubclass(U, T))
try:
    o.attr = 1
except AttributeError:
    print('AttributeError on object()')
