class C:
    def m(self):
        return 'original'
    v = 1
c = C()
out = []
for i in range(6):
    out.append((c.m(), c.v))
    if i == 1:
        C.m = lambda self: 'patched on class'
    if i == 2:
        c.m = lambda: 'patched on instance'
    if i == 3:
        C.v = 2
    if i == 4:
        c.v = 3
        del c.m
print(out)
class D(C):
    pass
d = D()
r = []
for i in range(3):
    r.append(d.v)
    C.v = 10 + i
print(r)
