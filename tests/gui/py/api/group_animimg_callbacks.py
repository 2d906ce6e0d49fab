# Callbacks whose C signature carries no user_data: a group's focus and edge callbacks (the
# group is found by its address) and an animated image's start/completed callbacks (kept in
# the user_data of the animation lv_animimg_get_anim returns).
import gc

scr = lv.screen_active()
g = lv.group_create()
focused = []
edges = []
g.set_focus_cb(lambda grp: focused.append(grp.get_focused()))
g.set_edge_cb(lambda grp, next_: edges.append(next_))
b1 = lv.button(scr)
b2 = lv.button(scr)
g.add_obj(b1)
g.add_obj(b2)
gc.collect()                                   # the callables live while the group does
g.focus_next()
print('focus', len(focused), focused[0] is b1, focused[-1] is b2)
g.set_wrap(False)
g.focus_next()
g.focus_prev()
g.focus_prev()
print('edges', edges)
g.set_focus_cb(lambda grp: 1 / 0)              # an exception in the callback is reported, not raised
g.focus_next()
print('still running', g.get_focused() is b2)
g2 = lv.group_create()                         # a second group keeps its own callbacks
g2.set_focus_cb(lambda grp: focused.append('g2'))
g2.add_obj(lv.button(scr))
print('second group', focused[-1])
g.delete()
try:
    g.focus_next()
except lv.LvReferenceError:
    print('deleted group: LvReferenceError')

events = []
ai = lv.animimg(scr)
ai.set_src([lv.SYMBOL.OK, lv.SYMBOL.CLOSE], 2)
ai.set_duration(100)
ai.set_repeat_count(2)
ai.set_start_cb(lambda a: events.append('start'))
ai.set_completed_cb(lambda a: events.append('completed'))
gc.collect()
ai.start()
for i in range(30):
    lv.tick_inc(20)
    lv.timer_handler()
print('animimg', events)
ai.set_start_cb(None)                          # None clears it: the next run calls nothing
events.clear()
ai.start()
for i in range(30):
    lv.tick_inc(20)
    lv.timer_handler()
print('after clearing start_cb', events)
ai.delete()
gc.collect()
