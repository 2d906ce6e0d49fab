print(hash(2.0) == hash(2), hash(0.0) == hash(-0.0))
d = {2: 'int'}
d[2.0] = 'float'
print(d)
print(1.5 in {1.5: 0}, 0.0 == -0.0, {0.0, -0.0, 0}.__len__())
