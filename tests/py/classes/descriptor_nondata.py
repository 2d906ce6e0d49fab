class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.f(obj)
        setattr(obj, self.f.__name__, v)
        return v
class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0
    @Lazy
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.calls)
