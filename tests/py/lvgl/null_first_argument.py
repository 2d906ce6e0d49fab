# None where the engine's doc says a pointer may be NULL is NULL, also for a function that
# is a method of its first argument's type (lv.display_get_next(None) starts the iteration);
# elsewhere None as a method's object is still a TypeError.
import lvgl as lv

first = lv.display_create(100, 80)
second = lv.display_create(60, 40)
seen = []
d = lv.display_get_next(None)
while d:
    seen.append((d.get_horizontal_resolution(), d.get_vertical_resolution()))
    d = lv.display_get_next(d)
print(sorted(seen))
print(lv.indev_get_next(None))


def count_timers():
    n = 0
    x = lv.timer_get_next(None)
    while x:
        n += 1
        x = lv.timer_get_next(x)
    return n


before = count_timers()
t = lv.timer_create(lambda t: None, 1000, None)
print(count_timers() - before)


def attempt(what, f):
    try:
        print(what, 'ok', f())
    except TypeError as e:
        print(what, 'TypeError:', e)


attempt('obj method', lambda: lv.obj_set_x(None, 3))
attempt('struct method', lambda: lv.style_t.set_bg_opa(None, 3))
