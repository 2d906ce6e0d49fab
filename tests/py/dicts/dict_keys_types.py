d = {}
d[1] = 'int'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[frozenset([1])] = 'frozenset'
d[None] = 'none'
d[True] = 'bool overwrites 1'
print(len(d), d[1], d['1'], d[(1,)], d[frozenset({1})], d[None])
try:
    d[[1]] = 0
except TypeError:
    print('TypeError list key')
print(d.get((1,)), d.get(frozenset()), 1.0 in d)
