i = 0
while i < 5:
    i += 1
else:
    print('else ran', i)
i = 0
while True:
    i += 1
    if i == 3:
        break
else:
    print('should not run')
print('broke at', i)
n, total = 10, 0
while n:
    n -= 1
    if n % 2:
        continue
    total += n
print('even sum', total)
while False:
    pass
else:
    print('else of never-run loop')
