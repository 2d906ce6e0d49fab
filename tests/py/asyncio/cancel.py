import asyncio
async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append('cancelled inside')
        raise
async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0.03)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('await saw CancelledError')
    print(log)
asyncio.run(main())
