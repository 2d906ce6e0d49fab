print(list(zip([1, 2, 3], 'ab')), list(zip(range(2), range(5), range(3))))
keys, vals = zip(*{'a': 1, 'b': 2}.items())
print(keys, vals)
print(dict(zip('xyz', range(3))))
