# ThreadSafeFlag.set() wakes its waiter when the loop next looks at the flags, so tasks
# already queued run first; a flag set and cleared again before that wakes nobody, and
# a set flag lets the next wait() through at once (clearing it).
import asyncio
import micropython


async def waiter(name, flag):
    print(name, 'waits')
    await flag.wait()
    print(name, 'woken')


async def other():
    print('other runs')


async def main():
    flag = asyncio.ThreadSafeFlag()
    t = asyncio.create_task(waiter('A', flag))
    await asyncio.sleep(0)
    flag.set()
    asyncio.create_task(other())
    print('main after set')
    await asyncio.sleep(0)
    print('main again')
    await t

    t = asyncio.create_task(waiter('B', flag))
    await asyncio.sleep(0)
    flag.set()
    flag.clear()
    await asyncio.sleep_ms(5)
    print('B done?', t.done())
    micropython.schedule(lambda f: f.set(), flag)
    await t

    flag.set()
    await flag.wait()
    print('passed a set flag', flag.is_set())


asyncio.run(main())
