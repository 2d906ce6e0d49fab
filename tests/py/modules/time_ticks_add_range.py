# time.ticks_add accepts a delta of less than half the ticks period either way and
# raises OverflowError beyond (asyncio.sleep_ms relies on it for absurd delays).
import time

half = (time.ticks_add(0, -1) + 1) // 2
print(time.ticks_add(0, half - 1) == half - 1)
print(time.ticks_diff(time.ticks_add(7, -half), 7) == -half)
for d in (half, -half - 1, 10 * half):
    try:
        time.ticks_add(0, d)
    except OverflowError as e:
        print("OverflowError", e)
