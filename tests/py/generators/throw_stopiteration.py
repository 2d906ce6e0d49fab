# MicroPython lets a StopIteration thrown in with throw() pass through a generator that does
# not catch it (CPython turns it into RuntimeError, PEP 479); one the generator raises itself
# becomes RuntimeError in both
def g1():
    yield 1
    yield 2
def g2():
    try:
        yield 1
    except StopIteration:
        raise
def g3():
    try:
        yield 1
    except StopIteration:
        raise StopIteration
def g4():
    try:
        yield 1
    except ValueError:
        raise StopIteration
for g, e in ((g1, StopIteration), (g2, StopIteration), (g3, StopIteration), (g4, ValueError), (g1, StopIteration(5))):
    x = g(); next(x)
    try:
        x.throw(e)
    except StopIteration as s:
        print(g.__name__, 'StopIteration', s.args)
    except RuntimeError as r:
        print(g.__name__, 'RuntimeError')
    try:
        next(x)
    except StopIteration:
        print('finished')
