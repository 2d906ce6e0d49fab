def g():
    yield 1
    raise ValueError('inside')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('got', e)
try:
    next(it)
except StopIteration:
    print('then StopIteration')
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError:
    print('RuntimeError from StopIteration in gen')
