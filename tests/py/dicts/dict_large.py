d = {}
for i in range(5000):
    d[i] = i * 2
    d['s%d' % i] = i
print(len(d), d[4999], d['s123'])
for i in range(0, 5000, 2):
    del d[i]
print(len(d), sum(v for k, v in d.items() if isinstance(k, int)))
d2 = {str(i): i for i in range(1000)}
print(sum(d2.values()), list(d2)[:3], list(d2)[-1])
