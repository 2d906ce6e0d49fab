a = b = c = [1]
print(a is b is c)
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q] = 'hi'
print(p, q)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
m = n = 5
m += 1
print(m, n)
