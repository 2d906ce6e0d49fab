# When two gathered tasks fail one right after the other, the gather raises the first
# error and the second belongs to the gather too: it is not reported as an unretrieved
# task exception. A task failing on its own, with nobody waiting, is reported.
import asyncio


def report(loop, context):
    print('reported:', repr(context['exception']))


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    asyncio.get_event_loop().set_exception_handler(report)
    tasks = [asyncio.create_task(fail(1)), asyncio.create_task(fail(2))]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep_ms(10)
    print('done', tasks[0].done(), tasks[1].done())
    asyncio.create_task(fail(3))
    await asyncio.sleep_ms(10)


asyncio.run(main())
