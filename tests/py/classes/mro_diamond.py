class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B'
class C(A):
    def f(self):
        return 'C'
    def g(self):
        return 'C.g'
class D(B, C):
    pass
d = D()
print(d.f(), d.g())
class E(C, B):
    pass
print(E().f())
class X:
    v = 'X'
class Y(X):
    pass
class Z(X):
    v = 'Z'
class W(Y, Z):
    pass
print(W.v)
