# Hello World: a default-theme button with a label in the middle of the screen.
import lvgl as lv
# No styles are set: everything comes from the default (light) theme.

scr = lv.obj()
btn = lv.button(scr)
btn.align(lv.ALIGN.CENTER, 0, 0)
label = lv.label(btn)
label.set_text('Hello World!')
lv.screen_load(scr)
