data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
i = 0
while (i := i + 1) < 4:
    print('loop', i)
print(i)
def f():
    if (r := 3 * 3) == 9:
        return r
print(f())
print((a := 5) + a)
