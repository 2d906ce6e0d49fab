import asyncio
async def slow():
    await asyncio.sleep(1)
    return 'slow done'
async def quick():
    await asyncio.sleep(0.01)
    return 'quick done'
async def main():
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError:
        print('TimeoutError')
    print(await asyncio.wait_for(quick(), 1))
asyncio.run(main())
