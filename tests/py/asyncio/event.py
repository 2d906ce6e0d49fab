import asyncio
async def waiter(ev, name, log):
    log.append(name + ' waiting')
    await ev.wait()
    log.append(name + ' woke')
async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in ('a', 'b')]
    await asyncio.sleep(0.01)
    print(ev.is_set(), log)
    ev.set()
    for t in tasks:
        await t
    print(ev.is_set(), log)
    ev.clear()
    print(ev.is_set())
asyncio.run(main())
