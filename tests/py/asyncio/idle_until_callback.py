# When every task waits (here for an Event), the loop stays idle instead of ending, so a
# callback scheduled from outside any task (micropython.schedule, a GUI event) can wake it.
import asyncio
import micropython
import time

ev = asyncio.Event()


def poll(deadline):
    if time.ticks_diff(deadline, time.ticks_ms()) <= 0:
        print("callback sets the event")
        ev.set()
    else:
        micropython.schedule(poll, deadline)


async def main():
    poll(time.ticks_add(time.ticks_ms(), 30))
    print("waiting")
    print(await ev.wait())
    print("done")


asyncio.run(main())
