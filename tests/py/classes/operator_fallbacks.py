class A:
    def __eq__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.radd'
    def __eq__(self, o):
        return 'B.eq'
print(A() + B())
print(A() == B())
a = A()
print(a == a)
try:
    A() + A()
except TypeError:
    print('TypeError both NotImplemented')
