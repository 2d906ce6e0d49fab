import asyncio
async def slow():
    await asyncio.sleep_ms(500)
async def main():
    try:
        await asyncio.wait_for_ms(slow(), 20)
    except asyncio.TimeoutError:
        print('TimeoutError')
    await asyncio.sleep_ms(5)
    print('slept ms')
asyncio.run(main())
