def g():
    x = yield
    y = yield x * 2
    z = (yield) or 'default'
    yield (x, y, z)
it = g()
next(it)
print(it.send(5))
print(it.send('y'))
print(it.send(None))
def h():
    yield 1, 2
    yield [(yield)]
k = h()
print(next(k), next(k), k.send('inner'))
