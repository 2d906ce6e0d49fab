# Structs compare equal when they are the same engine memory (the original binding compares
# the pointers): a widget's class descriptor against lv.<widget>_class, a theme extension's
# apply callback picking buttons. The object the apply callback sees while a plain widget is
# being created is the very object the constructor returns.
btn = lv.button(lv.screen_active())
label = lv.label(btn)
print('button class:', btn.get_class() == lv.button_class, btn.get_class() != lv.button_class)
print('label is not a button:', label.get_class() == lv.button_class, label.get_class() != lv.button_class)
print('struct vs int:', lv.button_class == 1, lv.button_class != None)

a = lv.area_t({'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4})
b = lv.area_t({'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4})
print('separate structs with equal fields:', a == b, a == a)

# a theme that extends the active one and styles only buttons
green = lv.style_t()
green.init()
green.set_bg_color(lv.color_hex(0x00ff00))
styled = []

def apply(th, obj):
    if obj.get_class() == lv.button_class:
        obj.add_style(green, 0)
        styled.append(obj)

th = lv.theme_t()
th.set_parent(lv.theme_get_from_obj(lv.screen_active()))
th.set_apply_cb(apply)
lv.display_get_default().set_theme(th)
b2 = lv.button(lv.screen_active())
l2 = lv.label(lv.screen_active())
print('theme styled the new button only:', len(styled) == 1 and styled[0] is b2)
print('button color:', hex(b2.get_style_bg_color(0).to_int() & 0xffffff))
print('label color unchanged:', l2.get_style_bg_color(0).to_int() != 0x00ff00)
