# Heap bytes per run-time object: each row makes one object in a big heap and prints what
# it keeps after a collection (gc.mem_alloc() difference, so 16-byte GC blocks included).
# Runs under pyvgl and MicroPython (CPython has no gc.mem_alloc):
#   build/pyvgl bench/objmem/objects.py
import gc
import sys


class Point:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


class Empty:
    pass


def gen():
    yield 1


def make_closure():
    c = 0

    def get():
        return c
    return get


def make_function():
    def f(a):
        return a
    return f


def make_class():
    class C:
        def f(self):
            pass

        def g(self):
            pass
    return C


def list_appended():
    x = []
    x.append(1)
    return x


POINT = Point(1, 2, 3)

ROWS = (
    ('instance, no attributes', lambda: Empty()),
    ('instance, 3 attributes', lambda: Point(1, 2, 3)),
    ('dict, empty', lambda: {}),
    ('dict, 3 str keys', lambda: {'a': 1, 'b': 2, 'c': 3}),
    ('dict, 8 int keys', lambda: {i: i for i in range(8)}),
    ('dict, 20 int keys', lambda: {i: i for i in range(20)}),
    ('list, empty', lambda: []),
    ('list, 5 items', lambda: [1, 2, 3, 4, 5]),
    ('list, 1 appended', list_appended),
    ('set, 3 items', lambda: {1, 2, 3}),
    ('function (nested def)', make_function),
    ('closure (function + cell)', make_closure),
    ('generator', gen),
    ('bound method', lambda: POINT.norm1),
    ('class, no body', lambda: type('X', (), {})),
    ('class, 2 methods', make_class),
)


def keep_size(make):
    gc.collect()
    before = gc.mem_alloc()
    x = make()
    gc.collect()
    after = gc.mem_alloc()
    return after - before, x


def main():
    bits = 64 if sys.maxsize > 2 ** 32 else 32
    print('object kind | bytes kept (%d-bit)' % bits)
    print('---|---')
    kept = []
    for name, make in ROWS:
        n, x = keep_size(make)
        kept.append(x)
        print('%s | %d' % (name, n))


main()
