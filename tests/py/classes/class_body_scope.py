class C:
    a = 1
    b = a + 1
    lst = [a, b]
    def m(self):
        return self.a + self.b
    try:
        undefined
    except NameError:
        caught = True
print(C.a, C.b, C.lst, C().m(), C.caught)
x = 'global x'
class D:
    x = 'class x'
    def get(self):
        return x
print(D().get(), D.x)
