class C:
    def f(x):
        return x * 2
    f = staticmethod(f)
    def g(cls):
        return cls.__name__
    g = classmethod(g)
print(C.f(3), C().f(4), C.g(), C().g())
print(type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
