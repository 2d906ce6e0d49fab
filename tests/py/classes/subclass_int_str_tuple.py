class Money(int):
    def __str__(self):
        return '$%d' % int(self)
m = Money(5)
print(str(m), m + 3, type(m + 3).__name__, m * 2, isinstance(m, int))
class Tag(str):
    def wrap(self):
        return '<' + self + '>'
print(Tag('b').wrap(), Tag('x').upper(), len(Tag('abc')))
class P(tuple):
    def first(self):
        return self[0]
p = P((1, 2))
print(p.first(), p, len(p), p + (3,))
