l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[:-3], l[8:2:-2])
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
del l[1:3]
print(l)
m = [1, 2, 3]
m[1:2] = []
print(m)
