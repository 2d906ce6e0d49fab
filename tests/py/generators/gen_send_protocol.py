def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = acc()
print(next(a), a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
