import asyncio
async def critical(lock, name, log):
    async with lock:
        log.append(name + ' in')
        await asyncio.sleep(0.01)
        log.append(name + ' out')
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(critical(lock, 'x', log), critical(lock, 'y', log), critical(lock, 'z', log))
    print(log)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
asyncio.run(main())
