# e.__traceback__ = None forgets where e was raised before, so raising e again shows only
# the new place; with the heap locked the new entry goes into the room kept from before.
import io
import micropython
import sys

err = KeyError('k')


def first():
    raise err


def second():
    raise err


def lines():
    buf = io.StringIO()
    sys.print_exception(err, buf)
    return [l.split(', ')[-1] for l in buf.getvalue().split('\n') if l.startswith('  File')]


for f in (first, second):
    try:
        f()
    except KeyError:
        pass
print(lines())
err.__traceback__ = None
print(lines())
micropython.heap_lock()
try:
    second()
except KeyError:
    pass
micropython.heap_unlock()
print(lines())
