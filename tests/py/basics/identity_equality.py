a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a != b)
print(None == None, None is None)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print('abc' == 'ab' + 'c')
print((1, 2) == (1, 2), [1] == (1,))
print({1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1.0 != 1, 'a' != 'a')
x = object()
print(x == x, x != x, x is x)
