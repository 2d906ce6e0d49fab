t = (1, 'a', None, 2.5)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print(t + (5,), (0,) * 3, t.count(None), t.index('a'))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), 2 in (1, 2))
x = 1, 2, 3
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError:
    print('TypeError immutable')
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'k'}[(1, 2)])
