# Run-time TrueType fonts: lv.tiny_ttf_* from bytes and from files, lv.freetype_* with
# styles and font_info_t; metrics as LVGL computes them, text measured and drawn with them,
# the font data kept alive by the font, and bad input answered with None.
import gc
import lvgl as lv
import fs_driver

MONTSERRAT = '../../../../node_modules/@expo-google-fonts/montserrat/Montserrat_500Medium.ttf'
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

with open(MONTSERRAT, 'rb') as f:
    data = f.read()

font = lv.tiny_ttf_create_data(data, len(data), 30)
print('tiny_ttf 30: line height', font.line_height, 'base line', font.base_line)

scr = lv.screen_active()
label = lv.label(scr)
label.set_style_text_font(font, 0)
label.set_text('Hello')
label.update_layout()
print('label', label.get_width(), label.get_height())

# the same TTF at 14 px measures like the built-in Montserrat 14 (within a pixel a letter)
f14 = lv.tiny_ttf_create_data(data, len(data), 14)
text = 'The quick brown fox jumps over the lazy dog'
runtime, builtin = lv.point_t(), lv.point_t()
lv.text_get_size(runtime, text, f14, 0, 0, lv.COORD.MAX, lv.TEXT_FLAG.NONE)
lv.text_get_size(builtin, text, lv.font_montserrat_14, 0, 0, lv.COORD.MAX, lv.TEXT_FLAG.NONE)
print('width at 14: close to built-in', abs(runtime.x - builtin.x) <= 4, 'height', runtime.y, builtin.y)

# kerning on by default, off on request
kerned = lv.tiny_ttf_create_data_ex(data, len(data), 40, lv.FONT_KERNING.NORMAL, 16)
plain = lv.tiny_ttf_create_data_ex(data, len(data), 40, lv.FONT_KERNING.NONE, 0)
print('AV kerned narrower', lv.font_get_glyph_width(kerned, ord('A'), ord('V')) <
      lv.font_get_glyph_width(plain, ord('A'), ord('V')))

# the font keeps its bytes alive: a temporary copy survives collections
temp_font = lv.tiny_ttf_create_data(bytes(data), len(data), 30)
gc.collect()
junk = [bytes(200) for i in range(2000)]
gc.collect()
print('temporary bytes still read:', lv.font_get_glyph_width(temp_font, ord('W'), 0) ==
      lv.font_get_glyph_width(font, ord('W'), 0))

# a new size re-measures the glyphs
lv.tiny_ttf_set_size(font, 60)
label.set_text('Hello')
label.update_layout()
print('after set_size: line height', font.line_height, 'label', label.get_width(), label.get_height())

# drawn: dark pixels where the text is
lv.refr_now(None)
snap = lv.snapshot_take(label, lv.COLOR_FORMAT.XRGB8888)
canvas = lv.canvas(scr)
canvas.set_draw_buf(snap)
dark = 0
for y in range(0, label.get_height(), 2):
    for x in range(0, label.get_width(), 2):
        if canvas.get_px(x, y).red < 100:
            dark += 1
print('text drawn:', dark > 50)
canvas.delete()

# from a file: a plain path, and a path on a registered drive
fs_drv = lv.fs_drv_t()
fs_driver.fs_register(fs_drv, 'S')
from_file = lv.tiny_ttf_create_file(MONTSERRAT, 30)
from_drive = lv.tiny_ttf_create_file('S:' + MONTSERRAT, 30)
print('files:', from_file.line_height, from_drive.line_height)
lv.tiny_ttf_destroy(from_file)
lv.tiny_ttf_destroy(from_drive)

# FreeType API
ft = lv.freetype_font_create(DEJAVU, lv.FREETYPE_FONT_RENDER_MODE.BITMAP, 24, lv.FREETYPE_FONT_STYLE.NORMAL)
print('freetype 24: line height', ft.line_height, 'base line', ft.base_line,
      'A advance', lv.font_get_glyph_width(ft, ord('A'), 0))
bold_italic = lv.freetype_font_create(DEJAVU, lv.FREETYPE_FONT_RENDER_MODE.BITMAP, 24,
                                      lv.FREETYPE_FONT_STYLE.BOLD | lv.FREETYPE_FONT_STYLE.ITALIC)
print('bold wider', lv.font_get_glyph_width(bold_italic, ord('m'), ord('m')) > lv.font_get_glyph_width(ft, ord('m'), ord('m')))
info = lv.font_info_t()
lv.freetype_init_font_info(info)
info.name = DEJAVU
info.size = 40
info.render_mode = lv.FREETYPE_FONT_RENDER_MODE.OUTLINE
outline = lv.freetype_font_create_with_info(info)
print('outline font', lv.freetype_is_outline_font(outline), lv.freetype_is_outline_font(ft),
      'scale', lv.freetype_outline_get_scale(outline), 'line height', outline.line_height)
ft_label = lv.label(scr)
ft_label.set_style_text_font(ft, 0)
ft_label.set_text('FreeType')
ft_label.update_layout()
print('freetype label height', ft_label.get_height())
print('init again:', lv.freetype_init(64) == lv.RESULT.INVALID)

# bad input: None, never a crash
print('junk data', lv.tiny_ttf_create_data(b'not a font at all' * 4, 68, 20))
print('missing file', lv.tiny_ttf_create_file('no_such_font.ttf', 20),
      lv.freetype_font_create('no_such_font.ttf', lv.FREETYPE_FONT_RENDER_MODE.BITMAP, 20, lv.FREETYPE_FONT_STYLE.NORMAL))
print('size 0', lv.tiny_ttf_create_data(data, len(data), 0))
# a built-in font is constant data: the binding refuses it where a function would modify it
# (TypeError), and the engine leaves fonts it did not make alone
for destroy in (lambda: lv.tiny_ttf_destroy(lv.font_montserrat_14), lambda: lv.freetype_font_delete(lv.font_montserrat_14),
                lambda: lv.tiny_ttf_set_size(lv.font_montserrat_14, 40)):
    try:
        destroy()
        print('built-in font accepted')
    except TypeError:
        print('built-in font refused')
lv.tiny_ttf_destroy(lv.font_t())  # not a tiny_ttf font: left alone
print('built-in font untouched', lv.font_montserrat_14.line_height)
lv.freetype_font_delete(outline)
lv.freetype_font_delete(bold_italic)
