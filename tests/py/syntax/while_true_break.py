n = 0
while 1:
    n += 1
    if n >= 5:
        break
print(n)
while True:
    n -= 1
    if not n:
        break
print(n)
