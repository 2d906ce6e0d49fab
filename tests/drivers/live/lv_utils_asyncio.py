# lv_utils.event_loop(asyncio=True): asyncio tasks and GUI timer callbacks share one loop.
import asyncio
import lvgl as lv
import lv_utils

log = []
label = lv.label(lv.screen_active())
count = [0]


def on_timer(t):
    count[0] += 1
    label.set_text("tick %d" % count[0])
    log.append("gui")


refreshes = [0]


def on_refresh():
    refreshes[0] += 1


timer = lv.timer_create(on_timer, 30, None)
print("running before:", lv_utils.event_loop.is_running())
loop = lv_utils.event_loop(asyncio=True, freq=50, refresh_cb=on_refresh)
print("running:", lv_utils.event_loop.is_running(), lv_utils.event_loop.current_instance() is loop)
try:
    lv_utils.event_loop()
except RuntimeError as e:
    print("second loop:", e)


async def worker(name, n):
    for i in range(n):
        log.append(name)
        await asyncio.sleep_ms(25)


async def main():
    await asyncio.gather(worker("a", 12), worker("b", 12))


asyncio.run(main())

# GUI callbacks ran between the tasks' steps, many times, not all before or after them
first = min(log.index("a"), log.index("b"))
last = max(len(log) - 1 - log[::-1].index("a"), len(log) - 1 - log[::-1].index("b"))
inside = log[first:last].count("gui")
switches = sum(1 for i in range(1, len(log)) if (log[i] == "gui") != (log[i - 1] == "gui"))
print("gui callbacks during the tasks >= 5:", inside >= 5)
print("interleaved (>= 10 switches):", switches >= 10)
print("label shows the last tick:", label.get_text() == "tick %d" % count[0])
print("refresh_cb called >= 5:", refreshes[0] >= 5)

loop.deinit()
print("running after deinit:", lv_utils.event_loop.is_running(), lv_utils.event_loop.current_instance())
before = refreshes[0]


async def idle():
    await asyncio.sleep_ms(200)


asyncio.run(idle())
print("refresh task stopped:", refreshes[0] == before)
timer.delete()

# an exception in refresh_cb goes to exception_sink; the default sink prints it and deinits
caught = []


def bad_refresh():
    raise ValueError("refresh failed")


loop = lv_utils.event_loop(asyncio=True, refresh_cb=bad_refresh, exception_sink=caught.append)
asyncio.run(idle())
print("sink got:", repr(caught[0]) if caught else None)
loop.deinit()
loop = lv_utils.event_loop(asynchronous=True, refresh_cb=bad_refresh)
asyncio.run(idle())
print("default sink deinit:", lv_utils.event_loop.is_running())

# without asyncio: an engine timer calls refresh_cb at freq
n = [0]


def count_refresh():
    n[0] += 1


import time

loop = lv_utils.event_loop(freq=50, refresh_cb=count_refresh)
time.sleep(0.3)
loop.deinit()
print("timer loop refreshes in 0.3 s (10..16):", 10 <= n[0] <= 16, n[0] if not 10 <= n[0] <= 16 else "")
k = n[0]
time.sleep(0.1)
print("stopped after deinit:", n[0] == k)
