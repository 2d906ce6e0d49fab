p = property()
print(type(p).__name__)
class C:
    def __init__(self):
        self._v = 0
    v = property(lambda self: self._v, lambda self, val: setattr(self, '_v', val))
c = C()
c.v = 10
print(c.v)
class D:
    @property
    def ro(self):
        return 'read only'
print(D().ro)
