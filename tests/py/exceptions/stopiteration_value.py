e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
it = iter([])
try:
    next(it)
except StopIteration as s:
    print('empty', s.value)
