l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
res = []
for x in l:
    res.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(res, l)
