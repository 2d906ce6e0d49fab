from array import array
a = array('h', range(5))
print(a[1:4], list(reversed(a)), len(a))
a[1:3] = array('h', [10, 20])
print(a)
b = array('B')
for i in range(4):
    b.append(i * 60)
print(b, bytes(b), b[3])
c = array('i', [1, 2])
c.extend(array('i', [3]))
print(c, c == array('i', [1, 2, 3]))
print(bytes(array('d', [1.5])), bytes(array('H', [1, 256])))
