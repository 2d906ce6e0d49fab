# Cancelling a task that awaits another task cancels the awaited one; the outcome then
# reaches the outer task through its await (re-raised, or swallowed by the inner task).
import asyncio


async def inner(name, swallow):
    try:
        print(name, "inner start")
        await asyncio.sleep(0.05)
        print(name, "inner done")
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        if not swallow:
            raise
    return name + "-result"


async def outer(name, swallow):
    try:
        r = await asyncio.create_task(inner(name, swallow))
        print(name, "outer got", r)
    except asyncio.CancelledError:
        print(name, "outer cancelled")
        raise


async def main():
    for swallow in (False, True):
        t = asyncio.create_task(outer("s" if swallow else "r", swallow))
        await asyncio.sleep(0.01)
        t.cancel()
        try:
            await t
            print("outer finished normally")
        except asyncio.CancelledError:
            print("outer raised CancelledError")
    # a task cancelled before it ever ran never starts its body
    t = asyncio.create_task(inner("x", False))
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("never started:", t.cancelled())


asyncio.run(main())
