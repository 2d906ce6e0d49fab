import asyncio
async def fails(lock):
    async with lock:
        raise ValueError('inside lock')
async def main():
    lock = asyncio.Lock()
    try:
        await fails(lock)
    except ValueError as e:
        print('caught', e)
    print('locked after error:', lock.locked())
    async with lock:
        print('reacquired', lock.locked())
asyncio.run(main())
