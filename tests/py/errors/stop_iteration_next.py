it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(next(it, None))
try:
    next(5)
except TypeError:
    print('TypeError next on int')
