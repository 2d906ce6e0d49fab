# asyncio waiting for a line on stdin (select.poll on the handle): GUI timers keep running.
import asyncio
import sys
import lvgl as lv

fired = [0]
timer = lv.timer_create(lambda t: fired.__setitem__(0, fired[0] + 1), 50, None)


async def main():
    line = await asyncio.StreamReader(sys.stdin).readline()
    print("line:", line.strip())


asyncio.run(main())
print("timer fired >= 6 times while asyncio waited for stdin:", fired[0] >= 6, fired[0])
