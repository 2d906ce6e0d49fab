# What LVGL's example programs import besides lvgl: `usys as sys` (MicroPython's u-name),
# display_driver (a no-op under --shot), fs_driver; and the older spellings they call.
import usys as sys
import sys as real_sys
import display_driver
import fs_driver
print('usys is sys:', sys is real_sys, 'exit:', sys.exit is real_sys.exit)
print('old names:', lv.scr_act() is lv.screen_active(), lv.label.LONG.WRAP == lv.label.LONG_MODE.WRAP,
      lv.ZOOM_NONE == lv.SCALE_NONE)
a = lv.anim_t()
a.init()
a.set_time(123)
a.set_playback_time(45)
a.set_playback_delay(6)
print('anim set_time/playback:', a.get_time(), a.reverse_duration, a.reverse_delay)
spans = lv.spangroup(lv.screen_active())
span = spans.new_span()
span.set_text("x")
spans.refr_mode()
print('spans:', spans.get_span_count())
cal = lv.calendar(lv.screen_active())
cal.set_showed_date(2021, 2)
d = cal.get_showed_date()
print('showed date:', d.year, d.month)
print('default font is montserrat 14:', repr(lv.font_default()) == repr(lv.font_montserrat_14))
seen = []
btn = lv.button(lv.screen_active())
btn.add_event(lambda e: seen.append(e.get_code()), lv.EVENT.CLICKED, None)  # the 9.0-dev name
btn.send_event(lv.EVENT.CLICKED, None)
print('add_event:', seen == [lv.EVENT.CLICKED])
