class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
print(len(C.make(3)), C.count)
print(C.name(), D.name(), D().name(), type(D.make(1)[0]).__name__)
