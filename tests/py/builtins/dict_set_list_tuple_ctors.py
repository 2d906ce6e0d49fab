print(dict(a=1), dict([(1, 2)]), dict(zip([1, 2], 'ab')), dict({}))
print(sorted(set('aab')), sorted(frozenset([3, 1])), list('ab'), tuple([1]))
print(list(range(3)), tuple(x for x in 'xy'), list({'k': 0}.items()))
print(type(dict()).__name__, type(set()).__name__, type(list()).__name__, type(tuple()).__name__)
