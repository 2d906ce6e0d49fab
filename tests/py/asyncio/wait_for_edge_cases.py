# wait_for: an inner task that ignores the cancellation gives its result; an outer
# cancellation raises at once and the inner clean-up runs afterwards (MicroPython;
# CPython waits for it first: hence the .exp); an error passes through.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "stubborn-result"


async def failing():
    await asyncio.sleep(0)
    raise ValueError("inner failure")


async def waiting_outer():
    try:
        await asyncio.wait_for(stubborn(), 5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(failing(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(waiting_outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancellation")


asyncio.run(main())
