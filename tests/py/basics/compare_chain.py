x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 3)
print(1 == 1 == 1, 1 == 1 != 2, 1 <= 1 >= 1)
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', [1, 2] < [1, 3], (1, 2) > (1,))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5))
print(calls)
print(1 < 2 == 2, 2 > 1 == 1.0)
print(None is None, None is not None, 1 is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], 'b' in 'abc')
