import asyncio
async def worker(name, delay, log):
    log.append(name + ' start')
    await asyncio.sleep(delay)
    log.append(name + ' end')
    return name
async def main():
    log = []
    t1 = asyncio.create_task(worker('slow', 0.12, log))
    t2 = asyncio.create_task(worker('fast', 0.02, log))
    r1 = await t1
    r2 = await t2
    print(r1, r2)
    print(log)
asyncio.run(main())
