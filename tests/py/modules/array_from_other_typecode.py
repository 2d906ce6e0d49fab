# array(code, other_array) converts item by item when the typecodes differ (a raw copy
# only when they agree); extend() and + still refuse arrays of another typecode.
from array import array

small = array('b', [1, -2, 3])
print(array('h', small), array('f', array('B', [1, 2])))
print(array('b', array('b', [4, 5])))
a = array('h', [7])
for action in ('extend', 'add'):
    try:
        if action == 'extend':
            a.extend(small)
        else:
            a + small
    except TypeError:
        print(action, 'TypeError')
print(a)
