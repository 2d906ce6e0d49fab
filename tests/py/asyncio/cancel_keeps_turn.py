# Cancelling a task that is already due to run keeps its place in the run queue (the
# error is raised when its turn comes); a sleeping task is brought forward.
import asyncio

log = []


async def worker(name, other):
    for _ in range(2):
        try:
            await asyncio.sleep(0)
            log.append("ran " + name)
        except asyncio.CancelledError:
            log.append("cancelled " + name)
        if other:
            tasks[other].cancel()


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("sleeper woken early")


async def main():
    global tasks
    tasks = {}
    tasks["a"] = asyncio.create_task(worker("a", "b"))
    tasks["b"] = asyncio.create_task(worker("b", None))
    tasks["c"] = asyncio.create_task(worker("c", None))
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    await asyncio.gather(tasks["a"], tasks["b"], tasks["c"], s)
    print(log)


asyncio.run(main())
