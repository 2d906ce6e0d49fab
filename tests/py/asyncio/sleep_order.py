import asyncio
log = []
async def say(msg, delay):
    await asyncio.sleep(delay)
    log.append(msg)
async def main():
    await asyncio.gather(say('c', 0.15), say('a', 0.05), say('b', 0.1))
    print(log)
asyncio.run(main())
