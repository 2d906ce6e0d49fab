# lv.imgfont_create (LVGL's lv_example_imgfont_1 in Python): a Python path callback gives an
# image per letter (a descriptor, or a PNG path through lv_fs), None falls back to the
# default font; the glyph is as large as the image, offset_y moves it; destroy frees it.
import os
import sys
import fs_driver
sys.path.append('mods')
from png_file import png

drv = lv.fs_drv_t()
fs_driver.fs_register(drv, 'S')
with open('tmp_emoji.png', 'wb') as f:
    f.write(png(12, 16, (0, 0, 255, 255)))

W = H = 20
red = bytes([0x00, 0xF8]) * (W * H)
emoji = lv.image_dsc_t({'header': {'magic': lv.IMAGE_HEADER_MAGIC, 'cf': lv.COLOR_FORMAT.RGB565, 'w': W, 'h': H,
                                   'stride': W * 2}, 'data_size': len(red), 'data': red})
asked = set()


def get_imgfont_path(font, unicode, unicode_next, offset_y, user_data):
    asked.add(hex(unicode))
    if unicode == 0xF617:
        return emoji
    if unicode == 0xF600:
        return 'S:tmp_emoji.png'
    return None


imgfont = lv.imgfont_create(30, get_imgfont_path, None)
imgfont.fallback = lv.font_default()
scr = lv.screen_active()
scr.set_style_bg_color(lv.color_white(), 0)
label1 = lv.label(scr)
label1.set_text("12\uF600\uF617AB")
label1.set_style_text_font(imgfont, lv.PART.MAIN)
label1.set_pos(10, 10)
label1.update_layout()
print('label size', label1.get_width(), label1.get_height())
print('letters asked', sorted(asked))

snap = lv.snapshot_take(scr, lv.COLOR_FORMAT.XRGB8888)
m = snap.data.__dereference__(snap.data_size)


def rgb(x, y):
    o = y * snap.header.stride + x * 4
    return (m[o + 2], m[o + 1], m[o])


# columns where each color appears in the label's rows
def columns(color):
    xs = [x for x in range(0, 120) for y in range(10, 40) if rgb(x, y) == color]
    return (min(xs), max(xs)) if xs else None


print('blue image (12 wide) columns', columns((0, 0, 255)))
print('red image (20 wide) columns', columns((255, 0, 0)))
rows = [y for y in range(0, 60) if rgb(columns((255, 0, 0))[0], y) == (255, 0, 0)]
print('red image rows', rows[0], rows[-1], '(line height 30, base line 0: bottom at 10 + 29)')
lv.draw_buf_destroy(snap)


def moved(font, unicode, unicode_next, offset_y, user_data):
    if unicode == 0xF617:
        offset_y.__dereference__(4)[0] = 5  # the int32 behind the pointer: up by 5
        return emoji
    return None


font2 = lv.imgfont_create(30, moved, None)
label2 = lv.label(scr)
label2.set_text("\uF617")
label2.set_style_text_font(font2, 0)
label2.set_pos(200, 10)
label2.update_layout()
snap = lv.snapshot_take(scr, lv.COLOR_FORMAT.XRGB8888)
m = snap.data.__dereference__(snap.data_size)
rows = [y for y in range(0, 60) if rgb(205, y) == (255, 0, 0)]
print('offset_y 5: rows', rows[0], rows[-1])
lv.draw_buf_destroy(snap)
label1.delete()
label2.delete()
lv.imgfont_destroy(imgfont)
lv.imgfont_destroy(font2)
os.remove('tmp_emoji.png')
print('destroyed')
