d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, 'z' not in d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([('k', 'v')]), dict({'m': 1}, n=2), dict(zip('ab', (1, 2))))
print({}, {1: {2: {3: 4}}}, {(1, 2): 'tuple key', None: 0, 1.5: 'f'})
