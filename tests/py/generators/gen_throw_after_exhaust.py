def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError('late'))
except ValueError as e:
    print('raised directly', e)
it.close()
print(next(it, 'exhausted'))
def h():
    try:
        yield 1
    except ValueError:
        return 'returned from handler'
k = h()
next(k)
try:
    k.throw(ValueError)
except StopIteration as e:
    print(e.value)
