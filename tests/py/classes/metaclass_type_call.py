def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'__init__': init, 'double': lambda self: self.v * 2})
d = Dyn(21)
print(d.double(), type(d).__name__, isinstance(d, Dyn))
Child = type('Child', (Dyn,), {'triple': lambda self: self.v * 3})
print(Child(2).double(), Child(2).triple(), issubclass(Child, Dyn))
