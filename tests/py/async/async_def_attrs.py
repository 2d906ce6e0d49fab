async def coro():
    return 1
c = coro()
print(hasattr(c, 'send'), hasattr(c, 'throw'), hasattr(c, 'close'))
c.close()
def plain():
    return 1
print(type(plain()).__name__)
