try:
    {'a': 1}['b']
except KeyError as e:
    print('KeyError', e.args)
try:
    [1, 2, 3][10]
except IndexError as e:
    print('IndexError', e)
try:
    (1,)[-5]
except IndexError as e:
    print('IndexError', e)
try:
    'abc'[3]
except IndexError as e:
    print('IndexError', type(e).__name__)
try:
    [].pop()
except IndexError as e:
    print('IndexError pop')
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
try:
    set().pop()
except KeyError:
    print('KeyError set pop')
try:
    l = [1]
    l[5] = 2
except IndexError as e:
    print('IndexError assign')
