d = {i: i * i for i in range(5)}
print([k for k in d], [d[k] for k in d])
for k in list(d):
    d[k + 100] = 0
print(len(d), list(d)[-1])
d2 = {'x': 1, 'y': 2}
for k in list(d2):
    if k == 'x':
        del d2[k]
print(d2)
