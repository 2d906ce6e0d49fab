n = 7 ** 77
s = str(n)
print(len(s), s[:10], s[-10:])
print(int(s) == n, int('-' + s) == -n)
print(repr(-n)[:5])
m = int('9' * 60)
print(m + 1 == 10 ** 60, len(str(m * m)))
