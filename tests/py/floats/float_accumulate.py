total = 0.0
for i in range(1, 101):
    total += 1.0 / (i * i)
print('%.12f' % total)
x = 1.0
for _ in range(50):
    x = x / 2 + 1 / x
print('%.15f' % x)
print(sum([0.5] * 10), sum([0.25, 0.25], 1.0))
