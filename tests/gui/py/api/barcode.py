# lv.barcode through the binding: defaults, the canvas sized by the bars (length x object
# height, or x width when vertical, 1 px when tiled), scale 0 taken as 1, colors at update,
# empty or non-ASCII text refused with an empty picture.
import sys
sys.path.append('mods')
from attempt import attempt
import lvgl as lv

scr = lv.screen_active()
bar = lv.barcode(scr)
print('defaults: scale', bar.get_scale(), 'encoding GS1', bar.get_encoding() == lv.barcode.ENCODING_CODE128.GS1,
      'dark', bar.get_dark_color().red, 'light', bar.get_light_color().red)
bar.set_height(40)
bar.set_encoding(lv.barcode.ENCODING_CODE128.RAW)
print('encoding RAW', bar.get_encoding() == lv.barcode.ENCODING_CODE128.RAW)
bar.set_scale(0)
print('scale 0 ->', bar.get_scale())
bar.set_dark_color(lv.color_hex(0x112233))
bar.set_light_color(lv.color_hex(0xEEDDCC))
print('update:', bar.update('pyvgl') == lv.RESULT.OK)
bar.update_layout()
# start B, 5 characters, checksum: 7 symbols of 11 modules, stop 13, quiet zones 2 x 10
print('size:', bar.get_width(), bar.get_height(), 'expected width', 7 * 11 + 13 + 20)

view = lv.canvas(scr)
view.add_flag(lv.obj.FLAG.HIDDEN)


def snap():
    view.set_draw_buf(lv.snapshot_take(bar, lv.COLOR_FORMAT.XRGB8888))


def px(x, y):
    c = view.get_px(x, y)
    return '%02x%02x%02x' % (c.red, c.green, c.blue)


snap()
# the start symbol B is bars/spaces 2 1 1 2 1 4 after 10 quiet modules
print('quiet zone', px(0, 0), px(9, 39), 'start bar', px(10, 0), px(11, 39), 'space', px(12, 20),
      'bar', px(13, 20))
bar.set_scale(3)
bar.update('pyvgl')
bar.update_layout()
snap()
print('scale 3 width:', bar.get_width(), 'start bar px 30..35:', [px(x, 5) for x in (29, 30, 35, 36)])

bar.set_direction(lv.DIR.VER)
bar.set_width(30)
bar.set_height(lv.SIZE_CONTENT)
bar.set_scale(1)
bar.update('pyvgl')
bar.update_layout()
snap()
print('vertical:', bar.get_width(), bar.get_height(), 'rows 9, 10, 11, 12:', [px(15, y) for y in (9, 10, 11, 12)])

bar.set_direction(lv.DIR.HOR)
bar.set_tiled(True)
bar.update('pyvgl')
buf = lv.canvas.get_draw_buf(bar)
print('tiled buffer is one pixel line:', buf.header.w, buf.header.h)
bar.set_tiled(False)
bar.set_size(lv.SIZE_CONTENT, 40)
bar.update('pyvgl')
bar.update_layout()
snap()
print('back to bars:', px(10, 0), px(11, 5))

print('empty:', bar.update('') == lv.RESULT.INVALID)
print('non-ASCII:', bar.update('grüße') == lv.RESULT.INVALID)
print('too long:', bar.update('x' * 200) == lv.RESULT.INVALID)
bar.update_layout()
snap()
print('refused text leaves it light:', px(10, 0), px(11, 5))

# another widget given to the barcode's functions is refused by the binding (TypeError) and
# left alone by the engine (nothing written into it)
other = lv.label(lv.screen_active())
other.set_text('label')
attempt('wrong widget', lambda: lv.barcode.set_scale(other, 3))
attempt('wrong widget', lambda: lv.barcode.set_encoding(other, lv.barcode.ENCODING_CODE128.RAW))
attempt('wrong widget', lambda: lv.barcode.update(other, 'abc'))
attempt('wrong widget', lambda: lv.barcode.get_scale(other))
print('label untouched:', other.get_text())
