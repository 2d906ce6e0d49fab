res = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        res.append((i, j))
print(res)
count = 0
for a in range(5):
    for b in range(5):
        if (a + b) % 2:
            continue
        count += 1
print(count)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if i == j:
            print('diag', i)
        j += 1
    i += 1
