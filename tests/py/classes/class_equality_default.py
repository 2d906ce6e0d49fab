class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is not b)
s = {a, b, a}
print(len(s))
d = {a: 1}
print(d.get(b), d[a])
