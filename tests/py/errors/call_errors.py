def f(a, b=1):
    pass
class C:
    def m(self, x):
        pass
for call in (lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=1), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1, 2, 3), lambda: int(1, 2, 3, 4)):
    try:
        call()
        print('ok')
    except TypeError:
        print('TypeError')
