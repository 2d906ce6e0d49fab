import asyncio
async def job():
    return 'from get_event_loop'
loop = asyncio.get_event_loop()
print(loop.run_until_complete(job()))
