print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r)
print(r[1:3], list(r[::-1]))
print(range(5) == range(0, 5), range(3))
print(range(0, 10, 2), r.start, r.stop, r.step)
print(sum(range(101)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError step 0')
print(range(0, 20, 5)[-2], len(range(0, 20, 5)))
