for arg in (['a'], 1.5, [None]):
    try:
        bytes(arg)
        print('no error')
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    bytes('abc')
except TypeError:
    print('TypeError str without encoding')
