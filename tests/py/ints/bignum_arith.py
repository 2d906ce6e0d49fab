a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b, a // -b)
print(a ** 2, (a * b) // a == b)
f = 1
for i in range(1, 31):
    f *= i
print(f, f // (2 ** 20), f % 1000007)
print(10 ** 30 + 1, -(10 ** 30), abs(-(10 ** 25)))
