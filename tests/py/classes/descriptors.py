class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('bad type for ' + self.name)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        del obj.__dict__[self.name]
class P:
    age = Typed('age', int)
p = P()
print(p.age)
p.age = 30
print(p.age)
try:
    p.age = 'x'
except TypeError as e:
    print(e)
del p.age
print(p.age, type(P.age).__name__)
