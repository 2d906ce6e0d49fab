cases = [
    lambda: int('abc'), lambda: int('12', 2), lambda: float('x1'),
    lambda: [1, 2].index(5), lambda: 'abc'.index('z'), lambda: chr(-1),
    lambda: [].remove(0), lambda: int('', 10), lambda: range(0, 1, 0),
    lambda: 'a,b'.split(''), lambda: (1, 2).index(3),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except ValueError:
        print(i, 'ValueError')
a, *b = [1]
try:
    x, y = [1, 2, 3]
except ValueError:
    print('too many to unpack')
try:
    x, y, z = [1, 2]
except ValueError:
    print('not enough to unpack')
