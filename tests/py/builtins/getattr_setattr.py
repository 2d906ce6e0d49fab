class O:
    x = 1
o = O()
print(getattr(o, 'x'), getattr(o, 'y', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
setattr(o, 'y', 5)
print(o.y, getattr(o, 'y'))
delattr(o, 'y')
print(hasattr(o, 'y'))
try:
    getattr(o, 'missing')
except AttributeError:
    print('AttributeError')
try:
    delattr(o, 'missing')
except AttributeError:
    print('AttributeError del')
l = []
getattr(l, 'append')(3)
print(l)
print(getattr('abc', 'upper')())
