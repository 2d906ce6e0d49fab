import asyncio
log = []
async def say(msg, delay):
    await asyncio.sleep(delay)
    log.append(msg)
async def main():
    await asyncio.gather(say('c', 0.03), say('a', 0.01), say('b', 0.02))
    print(log)
asyncio.run(main())
