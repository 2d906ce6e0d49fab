# With the heap locked an exception can still be made and raised with its arguments (one
# static "emergency" exception stands in, as in MicroPython); its traceback is kept, up
# to a few entries, and it can be printed once the heap is back. It is one object, used
# again by the next such exception.
import io
import micropython
import sys

caught = [None, None]


def deep(n):
    if n:
        deep(n - 1)
    raise KeyError('key', n)


def run():
    micropython.heap_lock()
    try:
        raise ValueError(1)
    except ValueError as e:
        caught[0] = e.args[0]  # the same object is used again below
    try:
        deep(6)
    except KeyError as e:
        caught[1] = e
    micropython.heap_unlock()


run()
print(caught[0], type(caught[1]).__name__, caught[1].__traceback__)
buf = io.StringIO()
sys.print_exception(caught[1], buf)
lines = buf.getvalue().split('\n')
print(caught[1].args, len(lines), lines[-2])
print(ValueError(2).args)
