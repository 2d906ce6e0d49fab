a = 12345678901234567890123456789
b = 987654321
q, r = divmod(a, b)
print(q, r, q * b + r == a)
print(a // 10 ** 10, a % 10 ** 10)
print((-a) // b, (-a) % b)
c = 3 ** 200
d = 7 ** 80
print(c // d, c % d, (c // d) * d + c % d == c)
