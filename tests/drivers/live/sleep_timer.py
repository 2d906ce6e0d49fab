# The engine runs by itself: while the script sleeps, while it computes, never inside a
# callback, and a callback's exception is printed without stopping the script.
import time
import lvgl as lv

fired = [0]


def on_timer(t):
    fired[0] += 1


timer = lv.timer_create(on_timer, 50, None)
time.sleep(0.5)
# the bounds are loose on purpose: on a loaded machine the process may get little CPU time,
# but a 50 ms timer can never fire more than 11 times in 0.5 s, and it must fire during the
# sleep (it is not run only when the script ends)
print("time.sleep(0.5), 50 ms timer fired 2..11 times:", 2 <= fired[0] <= 11, fired[0])

fired[0] = 0
time.sleep_ms(300)
print("time.sleep_ms(300): 1..7 times:", 1 <= fired[0] <= 7, fired[0])

fired[0] = 0
start = time.ticks_ms()
x = 0
while time.ticks_diff(time.ticks_ms(), start) < 300:
    x += 1
print("computing for 300 ms: 1..7 times:", 1 <= fired[0] <= 7, fired[0])
timer.delete()

# a callback that sleeps: the engine does not run under it (no nested timer calls)
depth = [0, 0]


def slow(t):
    depth[0] += 1
    depth[1] = max(depth[1], depth[0])
    time.sleep_ms(30)
    depth[0] -= 1


timer = lv.timer_create(slow, 10, None)
time.sleep(0.2)
timer.delete()
print("callbacks never nested:", depth[1] == 1)

# an exception in a callback is printed (traceback) and the sleep goes on
calls = [0]


def broken(t):
    calls[0] += 1
    raise RuntimeError("callback failed %d" % calls[0])


timer = lv.timer_create(broken, 100, None)
timer.set_repeat_count(2)
time.sleep(0.35)
print("script goes on after", calls[0], "failed callbacks")

# animations run by themselves too
obj = lv.obj(lv.screen_active())
a = lv.anim_t()
a.init()
a.set_var(obj)
a.set_values(0, 100)
a.set_duration(200)
a.set_custom_exec_cb(lambda anim, v: obj.set_x(v))
a.start()
time.sleep(0.4)
print("animation finished by itself:", obj.get_x() == 100)
