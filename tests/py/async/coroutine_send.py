async def add(a, b):
    return a + b
c = add(2, 3)
print(hasattr(c, 'send'))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
