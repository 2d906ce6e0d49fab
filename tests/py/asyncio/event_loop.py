import asyncio
async def job(n):
    await asyncio.sleep(0)
    return n * 10
loop = asyncio.new_event_loop()
print(loop.run_until_complete(job(4)))
async def stopper(loop):
    await asyncio.sleep(0.01)
    print('stopping')
    loop.stop()
loop.create_task(stopper(loop))
loop.run_forever()
print('after run_forever')
loop.close()
