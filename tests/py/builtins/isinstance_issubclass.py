print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance(b's', bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), issubclass(type, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), issubclass(A, B))
try:
    isinstance(1, 2)
except TypeError:
    print('TypeError')
try:
    issubclass(1, int)
except TypeError:
    print('TypeError issubclass')
