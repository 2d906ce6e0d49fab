# Raising an exception again while the heap is locked: a traceback entry that finds no
# room is left out whole (printing the traceback afterwards used to crash on a partial
# entry), and the exception caught is still the one raised, not a MemoryError.
import io
import micropython
import sys

kept = StopIteration()
try:
    raise kept
except StopIteration:
    pass


def again():
    micropython.heap_lock()
    try:
        raise kept
    except StopIteration as e:
        same = e is kept
    micropython.heap_unlock()
    return same


print(again(), again())
buf = io.StringIO()
sys.print_exception(kept, buf)
lines = buf.getvalue().split('\n')
print(lines[0], lines[-2], all(l.startswith('  File "') for l in lines[1:-2]), len(lines) > 3)
