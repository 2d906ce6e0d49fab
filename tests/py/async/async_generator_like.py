async def square(x):
    return x * x
async def total(n):
    s = 0
    for i in range(n):
        s += await square(i)
    return s
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(total(5)), run(square(9)))
async def raises():
    raise ValueError('inside coroutine')
try:
    run(raises())
except ValueError as e:
    print('propagated', e)
