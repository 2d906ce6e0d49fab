try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(e.args, str(e.args[0]))
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise
except TypeError as e:
    print('reraised', e)
try:
    raise KeyError('a') from None
except KeyError as e:
    print('from None', e.args)
try:
    raise IndexError('b') from ValueError('c')
except IndexError as e:
    print('from', e.args)
try:
    raise 42
except TypeError:
    print('TypeError: cannot raise int')
