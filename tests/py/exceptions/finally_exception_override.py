def f():
    try:
        raise ValueError
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print('KeyError wins', e.args)
except ValueError:
    print('ValueError')
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'unreachable?'
try:
    print(g())
except ValueError as e:
    print('escaped', e.args)
