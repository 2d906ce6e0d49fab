a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print({**a, **b}, {**b, **a}, {**a, 'w': 0})
c = dict(a)
c.update(b)
print(c)
print(a == {'y': 2, 'x': 1}, a != b)
