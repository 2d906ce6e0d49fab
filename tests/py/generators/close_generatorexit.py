def g():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
it = g()
next(it)
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = bad()
next(it)
try:
    it.close()
except RuntimeError:
    print('RuntimeError: yielded on close')
def ret():
    try:
        yield 1
    finally:
        print('cleanup')
r = ret()
next(r)
r.close()
