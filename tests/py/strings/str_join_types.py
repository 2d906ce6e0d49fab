try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError')
print(','.join(('x', 'y')), ','.join({'k': 1}), ''.join(map(str, range(5))))
print(' '.join(['a']), '-'.join(iter(['p', 'q'])))
