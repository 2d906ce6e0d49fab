# As MicroPython's heapalloc_iter: with the heap locked, `for` over a list, tuple, bytes or
# bytearray, dict, set or frozenset (up to 18 items: their CPython order is replayed on the C
# stack, obj_set.cpp) or integer array allocates nothing (walked in place; items are stored
# values, small ints or the keys). A bigger set still gets an iterator object.
# A range object (not a literal `for x in range(...)`, which counts on the stack) still gets
# an iterator object too: a MemoryError while locked. An iterator is used as it is.
import micropython


def total(seq):
    t = 0
    for x in seq:
        t += x
    return t


def iterate_locked(seq):
    micropython.heap_lock()
    try:
        r = total(seq)
    except MemoryError:
        r = 'MemoryError'
    micropython.heap_unlock()
    return r


ba = bytearray(b'\x01\x02\xff')
import array
for seq in (b'123', ba, bytearray(), b'', [1, 2], (1, 2, 3), range(4), {1: 2, 3: 4}, iter([7]),
            {5, 1, 3}, frozenset((2, 40)), set(), array.array('H', (123, 456)), array.array('b'),
            set(range(30))):
    print(type(seq).__name__, iterate_locked(seq))


def order_locked(s):
    out = [0] * len(s)
    micropython.heap_lock()
    i = 0
    for x in s:
        out[i] = x
        i += 1
    micropython.heap_unlock()
    return out


# the same order as print() and list() show (CPython's)
for s in ({3, 1, 2}, {17, 9, 1, 33}, set(range(18, 0, -1)) - {5}, {-1, 8, 16, 24, 40}):
    print(order_locked(s) == list(s), list(s)[:4])


def changed_size():
    s = {1, 2}
    try:
        for x in s:
            s.add(x + 10)
    except RuntimeError as e:
        return str(e)


print(changed_size())


def grow_while_iterating():
    b = bytearray(b'ab')
    seen = []
    for x in b:
        seen.append(x)
        if len(b) < 4:
            b.append(x + 1)
    return seen


print(grow_while_iterating())
