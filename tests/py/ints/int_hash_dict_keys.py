d = {}
d[2 ** 70] = 'big'
d[1] = 'one'
d[1.0] = 'float one'
d[True] = 'true'
print(len(d), d[1], d[2 ** 70])
print(hash(1) == hash(1.0), hash(0) == hash(False))
s = {1, 1.0, True, 2 ** 64, 2 ** 64}
print(len(s))
