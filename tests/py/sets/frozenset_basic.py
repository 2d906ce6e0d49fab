f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {4}), sorted(f & {1, 5}), type(f | {4}).__name__)
d = {f: 'frozen key'}
print(d[frozenset([3, 2, 1])])
print(frozenset() == frozenset(), f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError:
    print('AttributeError add')
s = {frozenset([1]), frozenset([1])}
print(len(s))
