import asyncio
async def square(x, delay):
    await asyncio.sleep(delay)
    return x * x
async def main():
    res = await asyncio.gather(square(2, 0.02), square(3, 0.01), square(4, 0))
    print(res)
    res2 = await asyncio.gather()
    print(res2)
asyncio.run(main())
