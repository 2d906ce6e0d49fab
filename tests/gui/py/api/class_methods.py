# Methods reachable from the class, called with the object first, as LVGL's examples do
# (lv.chart.add_series(chart, ...), lv.label.get_text(label)); Python subclasses still work.
scr = lv.screen_active()
label = lv.label(scr)
lv.label.set_text(label, "from the class")
print(lv.label.get_text(label), label.get_text())
chart = lv.chart(scr)
ser = lv.chart.add_series(chart, lv.color_black(), lv.chart.AXIS.PRIMARY_Y)
print('series', type(ser).__name__, chart.get_series_next(None) is not None)
lv.obj.set_size(label, 70, 20)
label.update_layout()
print('obj method on a label', label.get_width(), label.get_height())
print(hasattr(lv.label, 'set_text'), hasattr(lv.label, 'no_such_method'), isinstance(lv.label, type))
try:
    lv.slider.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    lv.label.set_text(None, "x")
except Exception as e:
    print(type(e).__name__)

class Counter(lv.button):
    def __init__(self, parent):
        super().__init__(parent)
        self.count = 0
    def bump(self):
        self.count += 1
        return self.count

c = Counter(scr)
c.bump()
print(type(c).__name__, isinstance(c, lv.button), issubclass(Counter, lv.obj), c.bump())
c.set_size(30, 30)
print(scr.get_child(scr.get_child_count() - 1) is c)
