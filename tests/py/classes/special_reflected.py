class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return 'radd(%r)' % (o,)
    def __rsub__(self, o):
        return 'rsub(%r)' % (o,)
    def __rtruediv__(self, o):
        return 'rdiv(%r)' % (o,)
    def __rfloordiv__(self, o):
        return 'rfloordiv'
    def __rmod__(self, o):
        return 'rmod'
    def __rpow__(self, o):
        return 'rpow'
    def __rand__(self, o):
        return 'rand'
    def __ror__(self, o):
        return 'ror'
    def __rxor__(self, o):
        return 'rxor'
    def __rlshift__(self, o):
        return 'rlshift'
    def __rrshift__(self, o):
        return 'rrshift'
m = M(0)
print(1 + m, 2 - m, 3 / m, 4 // m, 5 % m, 6 ** m)
print(1 & m, 1 | m, 1 ^ m, 1 << m, 1 >> m)
print(sum([m], 0) if False else 0 + m)
