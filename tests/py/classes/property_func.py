class R:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = v * 10
    w = property(get_w, set_w)
    ro = property(lambda self: 'ro')
r = R()
r.w = 4
print(r.w, r.ro, type(R.__dict__['w']).__name__)
class Sub(R):
    @property
    def ro(self):
        return 'sub-ro'
print(Sub().ro, Sub().w)
