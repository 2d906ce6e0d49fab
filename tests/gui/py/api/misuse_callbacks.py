# Callbacks that raise: the exception is printed with its traceback where the engine called
# the callback, the engine goes on, the callback stays registered, and the runner exits with
# status 3 because a callback raised while it rendered. gc.collect() inside callbacks and
# between frames breaks nothing.
import gc

scr = lv.screen_active()
b = lv.button(scr)
clicks = []


def bad_event(e):
    clicks.append(e.get_code())
    gc.collect()
    raise ValueError('boom in an event')


b.add_event_cb(bad_event, lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
print('event callback ran twice:', clicks == [lv.EVENT.CLICKED, lv.EVENT.CLICKED])
print('button still alive:', b.get_x() == b.get_x())

# a callback registered with a bound method and one raising inside a nested send_event
class Handler:
    def __init__(self):
        self.seen = 0

    def on_event(self, e):
        self.seen += 1
        e.get_target_obj().send_event(lv.EVENT.VALUE_CHANGED, None)


h = Handler()
inner = lv.slider(scr)
inner.add_event_cb(h.on_event, lv.EVENT.PRESSED, None)
inner.add_event_cb(lambda e: 1 / 0, lv.EVENT.VALUE_CHANGED, None)
inner.send_event(lv.EVENT.PRESSED, None)
print('outer callback finished after the inner one raised:', h.seen == 1)

# a handler that sends its own event again and again ends in RuntimeError (the recursion
# limit counts the nested callbacks), printed where the engine called it: no C stack overflow
loop = lv.button(scr)
depth = [0]


def resend(e):
    depth[0] += 1
    loop.send_event(lv.EVENT.CLICKED, None)


loop.add_event_cb(resend, lv.EVENT.CLICKED, None)
loop.send_event(lv.EVENT.CLICKED, None)
print('recursive handler stopped, button alive:', depth[0] > 10, loop.get_width() >= 0)

# a timer callback that makes objects and collects, and raises on its second run
ticks = []


def on_timer(t):
    ticks.append(len(ticks))
    lv.label(scr).set_text('made in a timer %d' % len(ticks))
    gc.collect()
    if len(ticks) == 2:
        raise RuntimeError('boom in a timer')
    if len(ticks) == 4:
        print('timer still runs after raising:', ticks)
        t.delete()


lv.timer_create(on_timer, 30, None)

# an animation whose callbacks collect garbage between and inside frames
anim_values = []


def exec_cb(a, v):
    anim_values.append(v)
    gc.collect()


a = lv.anim_t()
a.init()
a.set_var(b)
a.set_values(0, 100)
a.set_duration(200)
a.set_custom_exec_cb(exec_cb)
a.set_completed_cb(lambda a: print('animation completed, last value', anim_values[-1]))
a.start()
del a
gc.collect()
print('script done; the runner renders the frames')
