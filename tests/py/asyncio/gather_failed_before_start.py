# A task that already failed before gather() is reached makes gather raise at once; the
# tasks still running are not tied to that gather any more and can be awaited.
import asyncio


async def fails(ev):
    ev.set()
    raise KeyError('early')


async def counts(n):
    for i in range(n):
        await asyncio.sleep(0)
    return n


def quiet(loop, context):
    pass


async def main():
    asyncio.get_event_loop().set_exception_handler(quiet)
    ev = asyncio.Event()
    runner = asyncio.create_task(counts(6))
    bad = asyncio.create_task(fails(ev))
    await ev.wait()
    await asyncio.sleep(0)
    try:
        await asyncio.gather(runner, bad)
    except KeyError as e:
        print('gather raised', repr(e))
    print('runner returned', await runner)


asyncio.run(main())
