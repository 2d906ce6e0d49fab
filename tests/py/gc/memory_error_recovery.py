try:
    big = bytearray(1 << 40)
except MemoryError:
    print('MemoryError')
x = [1, 2, 3]
print(sum(x), 'interpreter still usable')
try:
    s = 'x' * (1 << 40)
except MemoryError:
    print('MemoryError str')
print(len('ok' * 10))
