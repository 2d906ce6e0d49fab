class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
d = AttrDict(a=1, b=2)
print(d.a, d['b'], len(d), sorted(d.keys()), isinstance(d, dict))
try:
    d.zzz
except AttributeError:
    print('AttributeError')
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['x'] = 1
print(u, 'X' in u)
