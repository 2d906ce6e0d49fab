# Grid navigation through the binding: arrow keys sent to the focused container move the
# focus (FOCUSED + FOCUS_KEY states) among its children by position; ROLLOVER wraps to the
# next/previous row and the first/last row; without it the focus stays at the edge; other
# keys and keypad presses go to the focused child; set_focused and remove.
import lvgl as lv

scr = lv.screen_active()
g = lv.group_create()
cont = lv.obj(scr)
cont.set_size(300, 200)
cont.set_flex_flow(lv.FLEX_FLOW.ROW_WRAP)
btns = []
for i in range(6):  # 3 per row: a 3x2 grid
    b = lv.button(cont)
    b.set_size(80, 40)
    lv.label(b).set_text(str(i))
    lv.group_remove_obj(b)
    btns.append(b)
cont.update_layout()
lv.gridnav_add(cont, lv.GRIDNAV_CTRL.ROLLOVER)
g.add_obj(cont)


def focused():
    f = [i for i, b in enumerate(btns) if b.has_state(lv.STATE.FOCUSED)]
    k = [i for i, b in enumerate(btns) if b.has_state(lv.STATE.FOCUS_KEY)]
    return f if f == k else (f, k)


def press(name):
    g.send_data(getattr(lv.KEY, name))
    print(name, '->', focused())


print('container in the group, first child:', focused())
for k in ['RIGHT', 'RIGHT', 'RIGHT', 'DOWN', 'LEFT', 'LEFT', 'UP', 'UP', 'LEFT']:
    press(k)

keys = []
for i, b in enumerate(btns):
    b.add_event_cb(lambda e, i=i: keys.append((i, e.get_key())), lv.EVENT.KEY, None)
g.send_data(ord('x'))
clicks = []
btns[3].add_event_cb(lambda e: clicks.append(e.get_code() == lv.EVENT.CLICKED), lv.EVENT.CLICKED, None)
cont.send_event(lv.EVENT.CLICKED, None)
print('a click the container gets without a keypad stays there:', clicks)
print('other key reaches the focused child:', keys)

cont2 = lv.obj(scr)
cont2.set_size(300, 200)
cont2.set_flex_flow(lv.FLEX_FLOW.ROW_WRAP)
for i in range(4):
    b = lv.button(cont2)
    b.set_size(120, 40)
    lv.group_remove_obj(b)
cont2.update_layout()
lv.gridnav_add(cont2, lv.GRIDNAV_CTRL.NONE)
g.add_obj(cont2)
lv.group_focus_obj(cont2)
print('first container defocused, its child keeps no state:', focused())


def focused2():
    return [i for i in range(4) if cont2.get_child(i).has_state(lv.STATE.FOCUSED)]


for k in ['LEFT', 'UP', 'RIGHT', 'RIGHT', 'DOWN', 'DOWN']:
    g.send_data(getattr(lv.KEY, k))
    print('NONE', k, '->', focused2())

lv.gridnav_set_focused(cont2, cont2.get_child(0), lv.ANIM.OFF)
print('set_focused:', focused2())
lv.gridnav_remove(cont2)
print('removed:', focused2())
g.send_data(lv.KEY.RIGHT)
print('keys after remove move nothing:', focused2())
