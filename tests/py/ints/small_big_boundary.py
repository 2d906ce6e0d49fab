vals = [2 ** 30 - 1, 2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64]
for v in vals:
    print(v, v + 1, v * 2, -v - 1, v // 3, v % 7)
x = 2 ** 62
print(x - 1 + 1 == x, x * x // x == x)
y = 1
for i in range(70):
    y *= 2
print(y, y >> 69)
print(-2 ** 63, (-2) ** 63)
