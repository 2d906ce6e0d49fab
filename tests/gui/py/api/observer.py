# Subjects and observers: integer, string, pointer-free, group subjects; widget bindings
# both ways; observers removed with their object or by hand.
scr = lv.screen_active()
s = lv.subject_t()
s.init_int(10)
seen = []
o = s.add_observer(lambda obs, subj: seen.append(subj.get_int()), None)
s.set_int(20)
print('called at once and on set:', seen, 'previous', s.get_previous_int())

slider = lv.slider(scr)
slider.bind_value(s)
print('slider follows subject:', slider.get_value())
s.set_int(42)
print('slider after set_int(42):', slider.get_value())
slider.set_value(30, lv.ANIM.OFF)
slider.send_event(lv.EVENT.VALUE_CHANGED, None)
print('subject follows slider:', s.get_int())

label = lv.label(scr)
label.bind_text(s, "Value: %d")
print(label.get_text())
s.set_int(7)
print(label.get_text())

btn = lv.button(scr)
btn.bind_flag_if_eq(s, lv.obj.FLAG.HIDDEN, 7)
btn.bind_state_if_gt(s, lv.STATE.DISABLED, 7)
print('hidden at 7:', btn.has_flag(lv.obj.FLAG.HIDDEN), 'disabled:', btn.has_state(lv.STATE.DISABLED))
s.set_int(8)
print('hidden at 8:', btn.has_flag(lv.obj.FLAG.HIDDEN), 'disabled:', btn.has_state(lv.STATE.DISABLED))

o.remove()
s.set_int(9)
print('no call after remove:', seen)
label.delete()
s.set_int(11)  # the label's observer went with the label
print('after label delete:', slider.get_value())
slider.remove_from_subject(s)
s.set_int(12)
print('after remove_from_subject:', slider.get_value())

# checked state both ways
c = lv.subject_t()
c.init_int(1)
cb = lv.checkbox(scr)
cb.bind_checked(c)
print('checked:', cb.has_state(lv.STATE.CHECKED))
c.set_int(0)
print('checked:', cb.has_state(lv.STATE.CHECKED))

# roller and dropdown selection
r = lv.roller(scr)
r.set_options("a\nb\nc", lv.roller.MODE.NORMAL)
d = lv.dropdown(scr)
d.set_options("x\ny\nz")
sel = lv.subject_t()
sel.init_int(2)
r.bind_value(sel)
d.bind_value(sel)
print('selected:', r.get_selected(), d.get_selected())
sel.set_int(1)
print('selected:', r.get_selected(), d.get_selected())

# a group notifies when any element changes
a = lv.subject_t()
b = lv.subject_t()
a.init_int(1)
b.init_int(2)
g = lv.subject_t()
g.init_group([a, b], 2)
sums = []
g.add_observer(lambda obs, subj: sums.append(subj.get_group_element(0).get_int() + subj.get_group_element(1).get_int()), None)
b.set_int(5)
print('group sums:', sums)
g.deinit()
a.set_int(100)
print('after deinit:', sums)

# strings
t = lv.subject_t()
buf = bytearray(16)
prev = bytearray(16)
t.init_string(buf, prev, 16, "hello")
lbl = lv.label(scr)
lbl.bind_text(t, None)
t.copy_string("a long text cut at fifteen")
print(repr(lbl.get_text()), repr(t.get_previous_string()))

# wrong subject types are ignored, not crashes
t.set_int(3)
print('string subject keeps its text:', t.get_string())
print('bind on an int-less subject:', lv.slider(scr).bind_value(t))
