def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-done'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'handled'
def deleg():
    yield from thrower()
d = deleg()
next(d)
print(d.throw(KeyError))
