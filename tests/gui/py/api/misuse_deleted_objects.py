# Deleted engine objects, and the structs they owned, raise lv.LvReferenceError when used
# again, however they were deleted; nothing reads freed memory.
import sys
sys.path.append('mods')
from attempt import attempt
import gc

scr = lv.screen_active()



# delete()
b = lv.button(scr)
b.delete()
attempt('set_x after delete()', lambda: b.set_x(5))
attempt('get_parent after delete()', lambda: b.get_parent())
attempt('deleted object as a parent', lambda: lv.label(b))
attempt('deleted object as an argument', lambda: lv.obj(scr).align_to(b, lv.ALIGN.CENTER, 0, 0))
attempt('deleted object as user_data', lambda: lv.obj(scr).set_user_data(b))
attempt('delete() twice', lambda: b.delete())

# clean() of the parent
box = lv.obj(scr)
kids = [lv.label(box) for _ in range(3)]
box.clean()
attempt('child after parent.clean()', lambda: kids[1].set_text('x'))
print('parent still usable:', box.get_child_count() == 0)

# the screen deleted: its whole tree goes
other = lv.obj()
deep = lv.label(lv.obj(lv.obj(other)))
other.delete()
attempt('grandchild after its screen was deleted', lambda: deep.get_text())

# deleting the active screen: the display loads nothing new, the old wrapper is dead
active = lv.obj()
lv.screen_load(active)
inner = lv.button(active)
active.delete()
attempt('active screen after delete()', lambda: active.get_child_count())
attempt('its child', lambda: inner.get_x())
lv.screen_load(scr)
print('original screen back:', lv.screen_active() is scr)

# deleted inside its own event
selfdel = lv.button(scr)
selfdel.add_event_cb(lambda e: selfdel.delete(), lv.EVENT.CLICKED, None)
selfdel.send_event(lv.EVENT.CLICKED, None)
attempt('deleted inside its own event', lambda: selfdel.get_y())

# a parent deleted from its child's event handler
parent = lv.obj(scr)
child = lv.button(parent)
grandchild = lv.label(child)
child.add_event_cb(lambda e: parent.delete(), lv.EVENT.CLICKED, None)
child.send_event(lv.EVENT.CLICKED, None)
for name, o in (('parent', parent), ('child', child), ('grandchild', grandchild)):
    attempt(name + ' deleted from the child\'s event', lambda: o.get_width())
gc.collect()

# struct-typed results owned by a deleted object: a chart's series and cursor
chart = lv.chart(scr)
ser = chart.add_series(lv.color_hex(0xff0000), lv.chart.AXIS.PRIMARY_Y)
cursor = chart.add_cursor(lv.color_hex(0x0000ff), lv.DIR.ALL)
color = ser.color  # a view inside the series
chart.set_next_value(ser, 10)
print('series works:', chart.get_series_y_array(ser) is not None)
chart.delete()
gc.collect()
attempt('series field after chart.delete()', lambda: ser.y_points)
attempt('series field set after chart.delete()', lambda: setattr(ser, 'hidden', 1))
attempt('view inside the series', lambda: color.red)
attempt('cursor after chart.delete()', lambda: cursor.pos)
attempt('series copied after chart.delete()', lambda: lv.chart_series_t(ser))
attempt('series given to another chart', lambda: lv.chart(scr).set_next_value(ser, 1))

# a series removed from its chart
chart = lv.chart(scr)
gone = chart.add_series(lv.color_hex(0x00ff00), lv.chart.AXIS.PRIMARY_Y)
chart.remove_series(gone)
attempt('removed series', lambda: chart.set_next_value(gone, 3))
# a series of another chart, or a blank one, is left alone by the chart
mine = chart.add_series(lv.color_hex(0x00ff00), lv.chart.AXIS.PRIMARY_Y)
stranger = lv.chart(scr).add_series(lv.color_hex(0x0000ff), lv.chart.AXIS.PRIMARY_Y)
chart.set_next_value(stranger, 7)
chart.set_all_values(lv.chart_series_t(), 7)
print('foreign and blank series ignored:', chart.get_series_next(None) == mine, chart.get_series_next(mine))

# a deleted timer, group and style handle
t = lv.timer_create(lambda t: None, 1000, None)
t.delete()
attempt('timer after delete()', lambda: t.set_period(5))
g = lv.group_create()
g.delete()
attempt('group after delete()', lambda: g.add_obj(lv.obj(scr)))

# a handler removing itself, an object deleted again in its DELETE handler, a parent cleaned
# from a child's event (the child's other handlers are not called on freed memory)
b = lv.button(scr)


def once(e):
    print('handler ran once')
    b.remove_event_cb(once)


b.add_event_cb(once, lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
b.send_event(lv.EVENT.CLICKED, None)
c = lv.obj(scr)
c.add_event_cb(lambda e: attempt('delete() inside its DELETE event', lambda: c.delete()), lv.EVENT.DELETE, None)
c.delete()
p = lv.obj(scr)
kid = lv.button(p)
kid.add_event_cb(lambda e: p.clean(), lv.EVENT.CLICKED, None)
kid.add_event_cb(lambda e: print('second handler ran on a deleted object'), lv.EVENT.CLICKED, None)
kid.send_event(lv.EVENT.CLICKED, None)
print('children after clean() from a child\'s event:', p.get_child_count())

# delete_async, and an animation whose object's screen is deleted while it runs
d = lv.obj(scr)
d.delete_async()
lv.timer_handler()
attempt('after delete_async()', lambda: d.set_x(6))
s2 = lv.obj()
lbl = lv.label(s2)
lbl.fade_out(1000, 0)
lbl.add_event_cb(lambda e: lbl.set_x(lbl.get_x() + 1), lv.EVENT.STYLE_CHANGED, None)
lv.tick_inc(10)
lv.timer_handler()
s2.delete()

# a timer deleted inside its own callback, an animation timeline deleted while it runs, a
# group whose object was deleted
runs = []


def self_deleting(t):
    runs.append(1)
    t.delete()
    gc.collect()
    attempt('timer deleted in its own callback', lambda: t.set_period(5))


lv.timer_create(self_deleting, 10, None)
tl = lv.anim_timeline_create()
fade = lv.anim_t()
fade.init()
fade.set_var(lv.obj(scr))
fade.set_values(0, 10)
fade.set_duration(100)
fade.set_custom_exec_cb(lambda anim, v: None)
tl.add(0, fade)
tl.start()
lv.tick_inc(20)
lv.timer_handler()
tl.delete()
attempt('timeline deleted while running', lambda: tl.start())
g = lv.group_create()
member = lv.obj(scr)
g.add_obj(member)
member.delete()
g.focus_next()
print('group forgot its deleted object:', g.get_obj_count())

for _ in range(3):
    lv.tick_inc(30)
    lv.timer_handler()
    gc.collect()
print('frames rendered after all that')
