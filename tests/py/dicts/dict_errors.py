d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError', e.args)
try:
    del d['b']
except KeyError:
    print('KeyError del')
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
try:
    dict([1, 2])
except (TypeError, ValueError):
    print('bad dict init')
