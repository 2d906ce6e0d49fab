a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-2.5), -a, +a, 2.0 ** -1, 4.0 ** 0.5)
print(0.5 + 0.25, 1.5 * 4, 9.0 / 3)
x = 1.5
x += 1
x *= 2
x /= 4
x -= 0.25
print(x)
