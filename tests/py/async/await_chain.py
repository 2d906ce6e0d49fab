class Wait:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return got * 2
    __iter__ = __await__
async def inner(v):
    r = await Wait(v)
    return r + 1
async def outer():
    a = await inner(1)
    b = await inner(10)
    return a, b
c = outer()
print(c.send(None))
print(c.send(5))
try:
    c.send(7)
except StopIteration as e:
    print('done', e.value)
