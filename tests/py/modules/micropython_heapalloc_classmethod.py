# Calling a classmethod on its class (int.from_bytes, a @classmethod of a user class)
# makes no bound method: it works with the heap locked, as in MicroPython. Taking the
# method as a value (m = A.make) still makes one.
import micropython


class A:
    @classmethod
    def kind(cls, x):
        return x + 1

    @staticmethod
    def twice(x):
        return x * 2


class B(A):
    pass


def calls():
    # locals: storing them allocates nothing (new module globals would grow a dict)
    micropython.heap_lock()
    try:
        a = int.from_bytes(b"1", "little")
        b = int.from_bytes(b"12", "big")
        c = A.kind(1)
        d = B.kind(2)
        e = A.twice(3)
    finally:
        micropython.heap_unlock()
    print(a, b, c, d, e)


calls()
m = None
micropython.heap_lock()
try:
    m = A.kind
    print("no error")
except MemoryError:
    micropython.heap_unlock()
    print("MemoryError")
micropython.heap_unlock()
print(A.kind(5), B.kind is not None)
