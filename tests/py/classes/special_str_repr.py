class V:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return 'V(%r)' % self.a
class S(V):
    def __str__(self):
        return 'S with ' + str(self.a)
print(V(1), repr(V('x')), str(V(2)))
print(S(3), repr(S(3)), [S(4)], '%s %r' % (S(5), S(6)))
print('{} {!r}'.format(S(7), S(8)))
print(f'{S(9)} {S(10)!r}')
