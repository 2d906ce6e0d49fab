x = 1
steps = []
for i in range(70):
    x = x * 2 + 1
    if i in (29, 30, 31, 61, 62, 63, 64, 69):
        steps.append(x)
print(steps)
y = -1
for i in range(66):
    y *= 2
print(y, y + 2 ** 66, -y - 1)
z = 2 ** 62 - 1
print(z + 1, z + z + 2, -z - 2, (z + 1) // 2, abs(-(z + 1)))
acc = 0
for i in range(100):
    acc += 2 ** 60
print(acc, acc // 100 == 2 ** 60)
