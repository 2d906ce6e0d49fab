a = [1, 2]
b = a[:]
print(a == b, a is b, a is a)
x = None
print(x is None, x == None, x is not None)
t = ()
u = ()
print(t == u)
s = 'abc'
print(s == 'ab' + 'c', s is s)
print(True is True, (1 == 1) is True, bool(1) is True)
