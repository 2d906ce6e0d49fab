from collections import namedtuple
Color = namedtuple('Color', ('r', 'g', 'b'))
c = Color(255, 128, 0)
print(c, c.r, c.g + c.b, c[2], len(c))
print(Color(r=1, g=2, b=3), c == (255, 128, 0), isinstance(c, tuple))
r, g, b = c
print(r, g, b, list(c), max(c))
try:
    c.r = 5
except AttributeError:
    print('AttributeError immutable')
Pair = namedtuple('Pair', 'left right')
print(Pair(1, 2).right, sorted([Pair(2, 1), Pair(1, 2)]))
