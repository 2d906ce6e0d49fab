import asyncio
async def main():
    await asyncio.sleep(0)
    raise KeyError('from main')
try:
    asyncio.run(main())
except KeyError as e:
    print('asyncio.run raised', e.args)
async def ok():
    return 'second run works'
print(asyncio.run(ok()))
