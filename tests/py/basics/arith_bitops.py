a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(~0, ~255, -5 & 0xff, -1 | 8)
x = 0xf0
x &= 0x3c; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
print(bin(a & ~b), hex(a | b << 4))
print(5 & 3 | 8 ^ 2)
