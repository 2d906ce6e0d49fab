import asyncio
async def main():
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    print('did not block', ev.is_set())
    ev.clear()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print('woken by setter')
asyncio.run(main())
