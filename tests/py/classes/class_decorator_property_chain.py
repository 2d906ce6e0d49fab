class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        self._w = max(0, v)
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
sq = Square(3)
print(sq.area, sq.w)
sq.w = -5
print(sq.w, sq.area)
