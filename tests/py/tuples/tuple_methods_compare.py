t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), sorted(t), min(t), max(t))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99))
print(tuple(reversed(t)), t[::3], len(t * 2), t + ())
try:
    t.index(7)
except ValueError:
    print('ValueError')
