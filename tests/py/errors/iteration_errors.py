for obj in (5, 3.5, None, object()):
    try:
        for _ in obj:
            pass
    except TypeError:
        print(type(obj).__name__, 'not iterable')
try:
    a, b = None
except TypeError:
    print('cannot unpack None')
try:
    [*5]
except TypeError:
    print('cannot star int')
