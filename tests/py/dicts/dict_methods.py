d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 9), d.setdefault('c', 3), d)
print(d.pop('a'), d.pop('z', 'dflt'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
c = d.copy()
c['new'] = 1
print(len(d), len(c))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
k, v = d.popitem()
print(len(d), k in 'bcxyz', k not in d)
d.clear()
print(d)
try:
    d.pop('q')
except KeyError:
    print('KeyError pop')
