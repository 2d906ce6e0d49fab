import asyncio
async def compute(x):
    await asyncio.sleep(0.01)
    return x * 3
async def main():
    t = asyncio.create_task(compute(7))
    print(t.done())
    r = await t
    print(r, t.done())
    print(await t)
asyncio.run(main())
