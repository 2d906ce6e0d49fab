# MicroPython's limits: a task being gathered cannot also be awaited, and a task that
# another task awaits cannot be gathered. Both raise RuntimeError.
import asyncio


async def work(n):
    await asyncio.sleep_ms(5)
    return n


async def gatherer(a, b):
    try:
        print('gathered', await asyncio.gather(a, b))
    except RuntimeError as e:
        print('gatherer', e)


async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    g = asyncio.create_task(gatherer(a, b))
    await asyncio.sleep(0)
    try:
        await a
    except RuntimeError as e:
        print('awaiting', e)
    await g

    a = asyncio.create_task(work(3))
    b = asyncio.create_task(work(4))
    asyncio.create_task(gatherer(a, b))
    print('awaited', await a, await b)
    await asyncio.sleep_ms(10)


asyncio.run(main())
