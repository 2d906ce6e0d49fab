print(bool(), bool(0), bool(1), bool('x'), bool([]), bool(None), type(bool(1)).__name__)
print(callable(print), callable(len), callable(1), callable('s'), callable(str), callable(lambda: 0))
class C:
    def m(self):
        pass
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(C.m))
