class C:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 'two'
c = C()
print(sorted(c.__dict__.items()))
c.__dict__['z'] = 26
print(c.z)
print(type(c).__name__, c.__class__ is C, c.__class__.__name__)
