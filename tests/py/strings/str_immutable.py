s = 'abc'
try:
    s[0] = 'x'
except TypeError:
    print('TypeError item assign')
try:
    del s[0]
except TypeError:
    print('TypeError item delete')
t = s
s += 'd'
print(s, t)
print(s is not t)
