a = (1 << 90) | 0xdeadbeef
b = (1 << 80) - 1
print(a & b, a | b, a ^ b)
print(a >> 40, a << 7, b >> 100)
print(-a & 0xffff, -a >> 5, ~a)
print(hex(a), bin(1 << 70), oct(2 ** 65))
print(-(2 ** 70) | 1, (2 ** 70) ^ -1)
