# display_driver: what LVGL example scripts import to get a display.
# The unix port makes the default display on first need: a desktop window (with mouse,
# keyboard and wheel) when there is a display, else a headless one; PYVGL_DISPLAY=WxH sets
# its size (480x320 by default), PYVGL_HEADLESS=1 forces headless. Under `pyvgl --shot` the
# runner's display already exists and this changes nothing.
import lvgl as lv

lv.screen_active()  # makes the default display now if there is none
display = lv.display_get_default()
