# A script that builds widgets without making a display gets the port's default display
# (headless here: the test runner sets PYVGL_HEADLESS=1), 480x320 unless PYVGL_DISPLAY says.
import lvgl as lv

print(lv.display_get_default() is None)
scr = lv.screen_active()
disp = lv.display_get_default()
print(disp is not None, disp.get_horizontal_resolution(), disp.get_vertical_resolution())
print(scr is lv.screen_active(), scr.get_width(), scr.get_height())
btn = lv.button(scr)
btn.set_size(100, 40)
btn.center()
lv.refr_now(disp)
print(btn.get_x(), btn.get_y())
# only that one display exists
print(disp.get_next() is None)
