from collections import deque
d = deque((), 5)
for i in range(3):
    d.append(i)
d.appendleft(-1)
print(len(d), d.popleft(), d.pop(), len(d), bool(d))
for i in range(10):
    d.append(i)
print(len(d), d.popleft(), d.popleft())
e = deque([1, 2, 3], 10)
print(e.pop(), e.popleft(), len(e))
try:
    deque((), 2).pop()
except IndexError:
    print('IndexError empty')
