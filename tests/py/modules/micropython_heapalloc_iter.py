# As MicroPython's heapalloc_iter: with the heap locked, `for` over a list, tuple, bytes or
# bytearray or dict allocates nothing (walked in place; items are stored values, small ints
# or the dict's keys). Not yet sets (MicroPython's do not allocate either): their iterator
# holds CPython's order, computed into an array (obj_set.cpp).
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
for seq in (b'123', ba, bytearray(), b'', [1, 2], (1, 2, 3), range(4), {1: 2, 3: 4}, iter([7])):
    print(type(seq).__name__, iterate_locked(seq))


def grow_while_iterating():
    b = bytearray(b'ab')
    seen = []
    for x in b:
        seen.append(x)
        if len(b) < 4:
            b.append(x + 1)
    return seen


print(grow_while_iterating())
