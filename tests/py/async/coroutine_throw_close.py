class Sus:
    def __await__(self):
        yield 'sus'
    __iter__ = __await__
async def worker():
    try:
        await Sus()
        return 'no'
    except KeyError:
        return 'caught KeyError'
c = worker()
print(c.send(None))
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
async def w2():
    try:
        await Sus()
    finally:
        print('cleanup on close')
c2 = w2()
c2.send(None)
c2.close()
print('closed')
