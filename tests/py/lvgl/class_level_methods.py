# Methods reached through the class before any instance used them (lv.obj.set_x(o, 1), as
# the original binding allows), through a widget class (inherited from obj), and through a
# Python subclass; unknown names still raise AttributeError.
import lvgl as lv

scr = lv.obj()
o = lv.obj(scr)
lv.obj.set_x(o, 12)
print(lv.obj.get_x_aligned(o))
b = lv.button(scr)
lv.button.set_y(b, 7)
print(b.get_y_aligned(), lv.button.set_y is lv.button.set_y)


class Tagged(lv.label):
    pass


t = Tagged(scr)
Tagged.set_text(t, 'hi')
print(t.get_text(), lv.label.get_text(t))
try:
    lv.obj.set_x(None, 1)
except TypeError as e:
    print('TypeError', e)
try:
    lv.obj.no_such_method
except AttributeError as e:
    print('AttributeError', e)
print(lv.obj.FLAG.HIDDEN == lv.OBJ_FLAG_HIDDEN)
