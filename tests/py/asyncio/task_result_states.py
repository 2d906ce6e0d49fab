# Task.result()/exception(): InvalidStateError before the task is done; a cancelled
# task raises CancelledError from both; an exception is returned by exception().
import asyncio


async def job(fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError("job failed")
    return "ok"


async def main():
    t = asyncio.create_task(job(False))
    for m in (t.result, t.exception):
        try:
            m()
        except asyncio.InvalidStateError:
            print("InvalidStateError")
    await t
    print(t.result(), t.exception())
    c = asyncio.create_task(job(False))
    c.cancel()
    await asyncio.sleep(0)
    for m in (c.result, c.exception):
        try:
            m()
        except asyncio.CancelledError:
            print("CancelledError", c.cancelled())
    f = asyncio.create_task(job(True))
    try:
        await f
    except ValueError:
        pass
    print(repr(f.exception()))


asyncio.run(main())
