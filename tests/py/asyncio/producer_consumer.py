import asyncio
async def producer(items, ev, box):
    for i in range(3):
        await asyncio.sleep(0.005)
        box.append(i)
        ev.set()
    box.append(None)
    ev.set()
async def consumer(ev, box, out):
    while True:
        await ev.wait()
        ev.clear()
        while box:
            v = box.pop(0)
            if v is None:
                return out
            out.append(v * 100)
async def main():
    ev = asyncio.Event()
    box = []
    out = []
    res = await asyncio.gather(consumer(ev, box, out), producer(None, ev, box))
    print(res[0])
asyncio.run(main())
