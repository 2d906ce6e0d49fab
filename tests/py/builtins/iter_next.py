it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
print(list(iter('ab')), list(iter((1,))), list(iter({'k': 1})), sorted(iter({3, 1})))
s = iter(range(2))
print(iter(s) is s)
try:
    iter(42)
except TypeError:
    print('TypeError not iterable')
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
