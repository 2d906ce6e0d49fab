l = list(range(10))
l[::2] = [0] * 5
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print('ValueError extended slice size')
del l[::3]
print(l)
m = list(range(8))
m[7:0:-3] = ['a', 'b', 'c']
print(m)
