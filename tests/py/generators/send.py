def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(next(g))
print(g.send('a'), g.send('b'))
print(g.send(None))
def avg():
    total = n = 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n
a = avg()
next(a)
print([a.send(v) for v in (10, 20, 60)])
g2 = echo()
try:
    g2.send(1)
except TypeError:
    print('TypeError: send non-None to new gen')
