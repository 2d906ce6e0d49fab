# A deque is indexed by position only: slices raise TypeError for reading, writing
# and deleting, while integer positions (also negative ones) work.
from collections import deque

d = deque((), 5)
for v in 'abc':
    d.append(v)
print(d[0], d[-1])
d[1] = 'B'
print(list(d))
for action in ('read', 'write', 'delete'):
    try:
        if action == 'read':
            d[0:2]
        elif action == 'write':
            d[0:2] = 'zz'
        else:
            del d[0:1]
        print(action, 'allowed')
    except TypeError:
        print(action, 'TypeError')
print(list(d))
