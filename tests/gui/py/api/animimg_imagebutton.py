# Animated images step through their pictures over time; image buttons take their height
# from the middle image and fall back to the released images in other states.
def picture(w, h):
    # a w x h ARGB8888 image in memory (LVGL header magic 0x19)
    return lv.image_dsc_t({'header': {'magic': 0x19, 'cf': lv.COLOR_FORMAT.ARGB8888, 'w': w, 'h': h, 'stride': w * 4},
                           'data_size': w * h * 4, 'data': bytes([255, 0, 0, 255] * (w * h))})

def shown(img):
    img.update_layout()
    return img.get_width()  # the widget is sized to its picture

def run(ms):
    for _ in range(ms // 10):
        lv.tick_inc(10)
        lv.timer_handler()

scr = lv.screen_active()
pics = [picture(2, 2), picture(3, 3), picture(4, 4)]
ai = lv.animimg(scr)
ai.set_src(pics, 3)
ai.set_duration(300)
ai.set_repeat_count(1)
print('count', ai.get_src_count(), 'duration', ai.get_duration(), 'first', shown(ai))
ai.start()
widths = []
for _ in range(5):
    run(100)
    widths.append(shown(ai))
print('widths over time', widths)
print('stopped, nothing to delete:', ai.delete())
ai.set_src_reverse(pics, 3)
print('reverse starts at', shown(ai))

ib = lv.imagebutton(scr)
left, mid, right = picture(3, 20), picture(5, 20), picture(4, 20)
ib.set_src(lv.imagebutton.STATE.RELEASED, left, mid, right)
ib.set_width(60)
ib.update_layout()
print('imagebutton size', ib.get_width(), ib.get_height())
print('sources kept', ib.get_src_middle(lv.imagebutton.STATE.RELEASED) is not None,
      ib.get_src_middle(lv.imagebutton.STATE.PRESSED) is None)
ib.set_state(lv.imagebutton.STATE.CHECKED_PRESSED)
print('checked+pressed states', ib.has_state(lv.STATE.CHECKED), ib.has_state(lv.STATE.PRESSED))
ib2 = lv.imagebutton(scr)
ib2.set_src(lv.imagebutton.STATE.RELEASED, None, picture(7, 9), None)
ib2.update_layout()
print('middle image alone sizes it', ib2.get_width(), ib2.get_height())
ib2.set_src(10, None, mid, None)  # an invalid state is ignored
print('still', ib2.get_width())
