class P:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
objs = [P(x=1), P(y=2, x=3), P(x=5, z=0), P(z=1)]
def get_x(o):
    return getattr(o, 'x', None)
print([get_x(o) for o in objs] * 2)
total = 0
for o in objs * 50:
    if hasattr(o, 'x'):
        total += o.x
print(total)
class A:
    a = 'class a'
class B:
    def __init__(self):
        self.a = 'instance a'
print([o.a for o in (A(), B(), A(), B())])
