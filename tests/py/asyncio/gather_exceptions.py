import asyncio
async def ok():
    await asyncio.sleep(0)
    return 'ok'
async def bad():
    await asyncio.sleep(0)
    raise ValueError('bad task')
async def main():
    try:
        await asyncio.gather(ok(), bad())
    except ValueError as e:
        print('gather raised', e)
    res = await asyncio.gather(ok(), bad(), return_exceptions=True)
    print(res[0], type(res[1]).__name__)
asyncio.run(main())
