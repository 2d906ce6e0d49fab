import asyncio
async def worker(i, results):
    for step in range(3):
        await asyncio.sleep(0)
    results.append(i)
async def main():
    results = []
    tasks = [asyncio.create_task(worker(i, results)) for i in range(50)]
    for t in tasks:
        await t
    print(len(results), sorted(results) == list(range(50)), results[:5])
asyncio.run(main())
