a = 1
del a
try:
    a
except NameError:
    print('a gone')
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[1:3]
print(l)
del l[-1:]
print(l)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class C:
    pass
c = C()
c.v = 3
del c.v
print(hasattr(c, 'v'))
p, q = 1, 2
del p, q
try:
    p
except NameError:
    print('p gone')
