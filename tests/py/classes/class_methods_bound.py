class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = C(1)
b = C(2)
m = a.get
print(m(), C.get(b), m.__self__ is a if hasattr(m, '__self__') else True)
fs = [a.get, b.get]
print([f() for f in fs])
a.get = lambda: 'instance override'
print(a.get(), b.get())
print(a.get is not b.get)
