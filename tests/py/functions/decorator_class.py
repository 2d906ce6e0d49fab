class Count:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Count
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
def add_attr(cls):
    cls.tag = 'tagged'
    return cls
@add_attr
class A:
    pass
print(A.tag)
