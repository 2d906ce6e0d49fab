import asyncio
log = []
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('inner cancelled')
        raise
async def main():
    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError:
        log.append('timeout')
    print(log)
asyncio.run(main())
