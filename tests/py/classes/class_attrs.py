class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count)
print(hasattr(C, 'shared'), hasattr(a, 'own'), hasattr(C, 'own'))
print(getattr(a, 'missing', 'dflt'))
setattr(a, 'dyn', 7)
print(a.dyn)
delattr(a, 'dyn')
print(hasattr(a, 'dyn'))
print('own' in a.__dict__, 'shared' in C.__dict__)
