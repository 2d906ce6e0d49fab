# Method calls and attribute access: small classes, inheritance, properties, bound methods.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1

    @property
    def double(self):
        return self.n * 2


class Base:
    def value(self):
        return 1

    def twice(self):
        return self.value() * 2


class Child(Base):
    def value(self):
        return 3


def run(n):
    c = Counter()
    acc = Vec(0, 0)
    step = Vec(1, 2)
    kids = [Base(), Child()]
    total = 0
    inc = c.inc
    for i in range(n):
        acc = acc.add(step).scaled(1)
        total += acc.dot(step) & 0xff
        c.inc()
        inc()
        total += kids[i & 1].twice() + c.double % 7
    return total, acc.x, acc.y, c.n


print(run(900000))
