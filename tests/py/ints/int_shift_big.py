print(1 << 0, 1 << 63, 1 << 64, 1 << 200)
print((1 << 200) >> 199, (3 << 100) >> 101)
print(-1 << 100, (-1 << 100) >> 99, -5 >> 1, -(2 ** 100) >> 1000)
try:
    1 << -1
except ValueError:
    print('ValueError negative shift')
