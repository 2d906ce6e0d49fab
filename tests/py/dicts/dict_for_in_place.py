# for k in d walks the dict in place (no iterator object): same keys, same order, deletions
# skipped, the size-change check, value stores allowed, subclasses keep their __iter__
d = {1: 2, 'a': 3, None: 4}
for k in d:
    print(k)
del d['a']
for k in d:
    print(k, d[k])
try:
    for k in d:
        d[k + 10 if isinstance(k, int) else 0] = 1
except RuntimeError as e:
    print('RuntimeError', e)
d2 = {i: i for i in range(40)}
for k in d2:
    if k % 3:
        pass
for k in list(d2):
    if k % 2: del d2[k]
print(sum(k for k in d2), [k for k in d2][:5])
for k in d2:
    d2[k] = 0  # value changes are allowed
print(sum(d2.values()))
class D(dict):
    def __iter__(self):
        return iter([7, 8])
for k in D(a=1):
    print('sub', k)
for k in {}:
    print('never')
