def sign(v):
    return -1 if v < 0 else (0 if v == 0 else 1)
print([sign(v) for v in (-3, 0, 4)])
a = [1, 2] if sign(1) > 0 else None
print(a)
print((lambda: 'a' if 0 else 'b')())
