# Lock.release hands the lock straight to the first waiting task, so waiters take turns.
import asyncio


async def worker(i, lock, log):
    for n in range(3):
        async with lock:
            log.append((i, n))
            await asyncio.sleep(0)


async def cancelled_waiter(lock):
    try:
        async with lock:
            print("cancelled waiter got the lock")
    except asyncio.CancelledError:
        print("cancelled while waiting; locked:", lock.locked())


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(worker(i, lock, log)) for i in range(3)]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    print(log)
    print(lock.locked())
    # a waiter cancelled before its turn passes the lock on
    await lock.acquire()
    t1 = asyncio.create_task(cancelled_waiter(lock))
    t2 = asyncio.create_task(worker(9, lock, log))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await t2
    print(log[-3:], lock.locked())


asyncio.run(main())
