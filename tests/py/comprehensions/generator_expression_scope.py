x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
fs = (lambda: i for i in range(2))
print([f() for f in fs])
print(sum(i * j for i in range(4) for j in range(i)))
