import asyncio
async def fail():
    await asyncio.sleep(0)
    raise KeyError('k')
async def main():
    t = asyncio.create_task(fail())
    try:
        await t
    except KeyError as e:
        print('awaited task raised', e.args)
    print(t.done())
asyncio.run(main())
