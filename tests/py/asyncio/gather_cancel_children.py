# Cancelling a task blocked in gather() cancels the gathered tasks at once (they never
# start if they had not yet); gather with no awaitables returns [].
import asyncio


async def child(i):
    print("child start", i)
    await asyncio.sleep(0.05)
    print("child end", i)


async def gatherer():
    print("gathering")
    await asyncio.gather(child(1), child(2))
    print("gathered")


async def main():
    print(await asyncio.gather())
    for steps in (1, 2):
        t = asyncio.create_task(gatherer())
        for _ in range(steps):
            await asyncio.sleep(0)
        t.cancel()
        await asyncio.sleep(0.1)
        print("cancelled:", t.cancelled())


asyncio.run(main())
