l = []
for i in range(10):
    l.insert(i // 2, i)
print(l)
while 4 in l:
    l.remove(4)
print(l, l.index(9), l.count(0))
l[:] = []
print(l)
