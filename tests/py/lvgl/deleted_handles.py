# Engine handles that are not widgets (timers, groups, displays, animation timelines) raise
# lv.LvReferenceError when used after their delete(), instead of reaching freed memory.
import lvgl as lv
import display_driver


def attempt(what, f):
    try:
        f()
        print(what, 'no error')
    except lv.LvReferenceError:
        print(what, 'LvReferenceError')


t = lv.timer_create(lambda t: None, 10, None)
t.pause()
t.delete()
attempt('timer.pause', lambda: t.pause())
attempt('timer.delete twice', lambda: t.delete())

g = lv.group_create()
g.add_obj(lv.button(lv.screen_active()))
print('objects in group', g.get_obj_count())
g.delete()
attempt('group.get_obj_count', lambda: g.get_obj_count())
attempt('group.add_obj', lambda: g.add_obj(lv.obj()))
indev = lv.indev_create()
attempt('group as an argument', lambda: indev.set_group(g))
indev.delete()

d = lv.display_create(16, 16)
d.delete()
attempt('display.get_horizontal_resolution', lambda: d.get_horizontal_resolution())

tl = lv.anim_timeline_create()
tl.delete()
attempt('anim_timeline.start', lambda: tl.start())

# the default display is untouched: widgets still render
b = lv.button(lv.screen_active())
lv.refr_now(None)
print('still rendering', b.get_width() > 0)
