# Map layout edges: small maps search without stored hashes, bigger ones are indexed, and a
# map of interned names is searched by identity; all must behave the same.


class Key:
    eq_calls = 0

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.v == other.v


# __eq__ runs only for keys of equal hash, small (linear) and big (indexed) dicts alike
for n in (3, 8, 9, 40):
    d = {Key(i, i % 5): i for i in range(n)}
    Key.eq_calls = 0
    found = [d.get(Key(i, i % 5)) for i in range(n)]
    missing = d.get(Key(-1, 1000))
    print(n, found == list(range(n)), missing, Key.eq_calls > 0, len(d))

# numbers that compare equal are one key
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, {0: 'a', 0.0: 'b', False: 'c'}, d.get(1.5))

# str keys built at run time find interned ones and the other way round
name = ''.join(['na', 'me'])
d = {'name': 1, 'qty': 2}
print(d[name], name in d, d.get('na' + 'm' + 'e'))
d[name] = 3
print(d, len(d))
d = {name: 1}
print(d['name'], 'name' in d)

# mixed keys in a small dict, then grown past the linear size and shrunk again
d = {}
keys = [1, 'a', (1, 2), 2.5, None, -1, -2, 'b', (3,), frozenset([1]), 10 ** 30, 'c']
for i, k in enumerate(keys):
    d[k] = i
print(d)
for k in keys[::2]:
    del d[k]
print(d, [d[k] for k in keys[1::2]])
for k in keys[::2]:
    d[k] = 'again'
print(list(d.items()))
print(d.popitem(), d.popitem(), len(d))
c = d.copy()
c.update({'z': 0, 1: 'one'})
print(c == d, len(c), c[1], d.get('z'))
d.clear()
d['x'] = 1
print(d)

# instance attributes: the name-only fast path and a non-str key in __dict__
class P:
    pass


p = P()
p.a = 1
p.b = 2
p.__dict__[5] = 'five'
p.c = 3
print(p.a, p.b, p.c, sorted(k for k in p.__dict__ if isinstance(k, str)), p.__dict__[5])

# a __hash__ that changes the dict it is a key of, while the dict grows from a small table to
# an indexed one (a small dict stores no hashes: it may ask a stored key for its hash again),
# leaves a consistent dict or a RuntimeError, never a broken one
class Meddler:
    def __init__(self, target):
        self.target = target
        self.armed = False

    def __hash__(self):
        if self.armed:
            self.armed = False
            self.target['meddled'] = 1
        return 7


d = {}
m = Meddler(d)
d[m] = 0
for i in range(6):
    d[i] = i
m.armed = True
try:
    for i in range(6, 20):
        d[i] = i
    print('grew', len(d) >= 8)
except RuntimeError as e:
    print('RuntimeError', e)
print(d[m], d[5])

# sets keep their CPython order through growth and copies
s = {5, -3, 12, 7, -1, 0, 40, 33, 17, 2}
print(s, set(s), s | {100, -100}, s & {0, 7, 99}, frozenset(s) == s)
s.clear()
s.add(3)
s.add(1)
print(s)

# function defaults: positional, keyword-only, a changed name
def f(a, b=2, *, c=3, d):
    return a, b, c, d


print(f(1, d=4), f.__defaults__, f.__name__)
f.__name__ = 'g'
f.__defaults__ = (9,)
print(f.__name__, f(1, d=0), f(1, 5, c=6, d=7))
try:
    f.__defaults__ = 5
except TypeError as e:
    print('TypeError', e)
f.__defaults__ = None
try:
    f(1, d=0)
except TypeError:
    print('no default')
