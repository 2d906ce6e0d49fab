from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p))
q = Point(x=5, y=6)
print(q, q == (5, 6), isinstance(q, tuple))
a, b = p
print(a + b)
R = namedtuple('R', 'a b c')
print(R(1, 2, 3), R(4, 5, 6).c)
