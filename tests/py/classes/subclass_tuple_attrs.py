# instances of tuple subclasses have an attribute dict, like other user classes
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def norm1(self):
        return abs(self[0]) + abs(self[1])
p = Point(3, -4)
p.label = 'P'
print(p, p.label, p.norm1(), len(p), p[1])
class Empty(tuple):
    pass
e = Empty()
e.tag = 1
e.tag += 1
print(e, e.tag, len(e))
class Deeper(Point):
    pass
d = Deeper(1, 2)
d.a, d.b = 'a', 'b'
print(d, d.a + d.b, isinstance(d, tuple), d == (1, 2))
del d.a
print(hasattr(d, 'a'), hasattr(d, 'b'))
big = Empty(range(100))
big.n = len(big)
print(big.n, big[99], sum(big))
