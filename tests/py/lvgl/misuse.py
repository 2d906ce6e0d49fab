# Misuse of the binding ends in Python exceptions, never a crash: deleted objects, wrong
# types, None, callbacks that raise or collect, a parent deleted from its child's event.
import gc
import lvgl as lv
import display_driver


def frame():
    lv.tick_inc(33)
    lv.timer_handler()


def attempt(what, f):
    try:
        r = f()
        print(what, 'ok', r)
    except Exception as e:
        print(what, type(e).__name__)


scr = lv.obj()
lv.screen_load(scr)

# deleted objects
btn = lv.button(scr)
label = lv.label(btn)
btn.delete()
attempt('method of deleted', lambda: btn.set_x(5))
attempt('child of deleted', lambda: label.set_text('x'))
attempt('delete twice', lambda: btn.delete())
attempt('deleted as argument', lambda: lv.label(btn))
attempt('deleted as parent of align_to', lambda: lv.obj(scr).align_to(btn, lv.ALIGN.CENTER, 0, 0))
print(isinstance(lv.LvReferenceError(), Exception))

box = lv.obj(scr)
kids = [lv.label(box) for i in range(5)]
box.clean()
attempt('cleaned child', lambda: kids[2].get_text())
print(box.get_child_count())

other = lv.obj()
inner = lv.slider(other)
other.delete()
attempt('child of deleted screen', lambda: inner.set_value(3, lv.ANIM.OFF))

# wrong types and None
attempt('str for int', lambda: scr.set_x('10'))
attempt('float for int', lambda: scr.set_width(1.5))
attempt('int for object', lambda: lv.label(5))
attempt('None for self', lambda: lv.obj_send_event(None, lv.EVENT.CLICKED, None))
attempt('None for struct self', lambda: lv.style_t.set_bg_color(None, lv.color_hex(0)))
attempt('out of range', lambda: scr.set_style_opa(1000, 0))
attempt('too few args', lambda: scr.set_pos(1))
attempt('too many args', lambda: scr.set_pos(1, 2, 3))
attempt('int for str', lambda: lv.label(scr).set_text(12))
attempt('struct from bad dict', lambda: lv.area_t({'nope': 1}))
attempt('dict for style', lambda: scr.add_style({'x': 1}, 0))
attempt('no such attribute', lambda: lv.no_such_function())
attempt('keyword args', lambda: scr.set_x(x=1))
attempt('non-callable callback', lambda: scr.add_event_cb(42, lv.EVENT.CLICKED, None))

# callbacks that raise: printed on stderr, the caller carries on
calls = []


def raising(e):
    calls.append('raising')
    raise ValueError('boom')


def after(e):
    calls.append('after')


b = lv.button(scr)
b.add_event_cb(raising, lv.EVENT.CLICKED, None)
b.add_event_cb(after, lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
print(calls)

# gc.collect inside callbacks, with garbage made there
collected = []


def collecting(e):
    junk = [lv.label(scr) for i in range(10)]
    for j in junk:
        j.delete()
    gc.collect()
    collected.append(e.get_target_obj() is b2)


b2 = lv.button(scr)
b2.add_event_cb(collecting, lv.EVENT.ALL, None)
for i in range(3):
    b2.send_event(lv.EVENT.CLICKED, None)
    frame()
print(len(collected) >= 3, all(collected))
print(b2.remove_event(b2.get_event_count() - 1))
n = len(collected)
b2.send_event(lv.EVENT.CLICKED, None)
print(len(collected) == n)

# a child's event deletes its parent (and so the child itself)
parent = lv.obj(scr)
child = lv.button(parent)
grandchild = lv.label(child)
events = []


def delete_parent(e):
    events.append(e.get_code())
    gc.collect()
    parent.delete()


child.add_event_cb(delete_parent, lv.EVENT.CLICKED, None)
child.send_event(lv.EVENT.CLICKED, None)
print(events == [lv.EVENT.CLICKED])
attempt('parent after', lambda: parent.get_x())
attempt('child after', lambda: child.get_x())
attempt('grandchild after', lambda: grandchild.get_text())

# deleting the object from its own event, then the screen from a timer
selfdel = lv.button(scr)
selfdel.add_event_cb(lambda e: e.get_target_obj().delete(), lv.EVENT.CLICKED, None)
selfdel.send_event(lv.EVENT.CLICKED, None)
attempt('self-deleted', lambda: selfdel.get_y())

victim = lv.obj()
victim_child = lv.label(victim)


def kill_screen(t):
    victim.delete()
    t.delete()


lv.timer_create(kill_screen, 10, None)
for i in range(5):
    frame()
attempt('screen deleted by timer', lambda: victim_child.get_text())

# a timer callback that raises keeps the engine running
bad_ticks = []


def bad_timer(t):
    bad_ticks.append(1)
    if len(bad_ticks) == 3:
        t.delete()
    raise RuntimeError('timer')


lv.timer_create(bad_timer, 10, None)
for i in range(6):
    frame()
print(len(bad_ticks))
lv.refr_now(None)
print('still running', scr.get_child_count() > 0)

# an event kept after its callback: the engine's event is gone, its view raises
kept_events = []
keeper = lv.button(scr)
keeper.add_event_cb(lambda e: kept_events.append(e), lv.EVENT.CLICKED, None)
keeper.send_event(lv.EVENT.CLICKED, None)
attempt('event after its callback', lambda: kept_events[0].get_code())
attempt('event target after its callback', lambda: kept_events[0].get_target_obj())

# every DELETE callback of an object runs, also after the binding let go of the object
deleted = []
doomed_box = lv.obj(scr)
for name in ('first', 'second'):
    doomed = lv.button(doomed_box)
    doomed.add_event_cb(lambda e, n=name: deleted.append(n + ' a'), lv.EVENT.DELETE, None)
    doomed.add_event_cb(lambda e, n=name: deleted.append(n + ' b'), lv.EVENT.DELETE, None)
doomed.delete()
doomed_box.clean()
gc.collect()
print(deleted)
