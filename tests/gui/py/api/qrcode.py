# lv.qrcode through the binding: a canvas of the set size (default LV_DPI_DEF), the symbol
# centred in whole-pixel modules with the light color around it, the version grown while it
# still fits at the module size, str and bytes data, colors taken at update, errors for data
# that fits no version or a size below one pixel per module.
import sys
sys.path.append('mods')
from attempt import attempt
import lvgl as lv

scr = lv.screen_active()
qr = lv.qrcode(scr)
qr.update_layout()
print('default size:', qr.get_width(), qr.get_height())
view = lv.canvas(scr)
view.add_flag(lv.obj.FLAG.HIDDEN)


def snap():
    """Reads the qrcode as drawn (a snapshot) for px()."""
    view.set_draw_buf(lv.snapshot_take(qr, lv.COLOR_FORMAT.XRGB8888))


def px(x, y):
    c = view.get_px(x, y)
    return '%02x%02x%02x' % (c.red, c.green, c.blue)


def finder(dark):
    """First dark pixel of the top-left finder and the length of its top edge in pixels."""
    w = qr.get_width()
    for y in range(w):
        for x in range(w):
            if px(x, y) == dark:
                run = 0
                while px(x + run, y) == dark:
                    run += 1
                return x, y, run


def show(size, data, n, dark='102030'):
    qr.set_size(size)
    res = qr.update(data, n)
    qr.update_layout()
    snap()
    print(size, 'px', repr(data)[:20], 'ok' if res == lv.RESULT.OK else 'INVALID', 'width', qr.get_width(),
          'finder at, edge:', finder(dark), 'corner', px(0, 0))


qr.set_dark_color(lv.color_hex(0x102030))
qr.set_light_color(lv.color_hex(0xF0E0D0))
# 'A' needs version 1 (21 modules): 110 px -> 5 px modules, 105 px, 2 px light margin
show(110, 'A', 1)
# 100 px -> 4 px modules; version 2 (25 modules) still fits at 4 px: the finder starts at 0
show(100, 'A', 1)
# 15 bytes need version 2 at medium level
show(100, 'https://lvgl.io', 15)
show(21, 'A', 1)
show(24, b'\x00\xffbinary', 8)

qr.set_dark_color(lv.color_hex(0xFF0000))
snap()
print('a new color waits for update:', px(0, 0), px(3, 3))
qr.update('A', 1)
snap()
print('after update:', px(0, 0), px(3, 3))

print('too long for any version:', qr.update('x' * 2400, 2400) == lv.RESULT.INVALID)
snap()
print('after a failure all light:', px(0, 0), px(3, 3))
qr.set_size(20)
print('20 px is less than a pixel per module:', qr.update('A', 1) == lv.RESULT.INVALID)

# another widget given to the QR code's functions is refused by the binding (TypeError) and
# left alone by the engine (nothing written into it)
other = lv.label(lv.screen_active())
other.set_text('label')
attempt('wrong widget', lambda: lv.qrcode.set_dark_color(other, lv.color_hex(0xff0000)))
attempt('wrong widget', lambda: lv.qrcode.set_size(other, 50))
attempt('wrong widget', lambda: lv.qrcode.update(other, 'A', 1))
print('label untouched:', other.get_text())
