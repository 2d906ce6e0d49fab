import asyncio
async def main():
    print('start')
    await asyncio.sleep(0)
    print('end')
    return 'value'
print(asyncio.run(main()))
