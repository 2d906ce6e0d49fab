# The simple and mono themes from Python: init/get/is_inited/deinit, the styles they give,
# and the mono theme's promise: widgets are drawn in its two colours (white on black with
# dark_bg); only anti-aliased edges (a snapshot always anti-aliases) give greys between them.
import lvgl as lv

disp = lv.display_get_default()
print('before:', lv.theme_simple_is_inited(), lv.theme_simple_get(), lv.theme_mono_get())
simple = lv.theme_simple_init(disp)
print('simple:', lv.theme_simple_is_inited(), lv.theme_simple_get() is not None)
disp.set_theme(simple)
scr = lv.obj()
btn = lv.button(scr)
bar = lv.bar(scr)
print('simple screen', hex(scr.get_style_bg_color(0).to_int()), 'button', hex(btn.get_style_bg_color(0).to_int()),
      'radius', btn.get_style_radius(0), 'bar indicator', hex(bar.get_style_bg_color(lv.PART.INDICATOR).to_int()))


def build(parent):
    lv.button(parent).set_size(60, 30)
    b = lv.button(parent)
    b.set_size(60, 30)
    b.add_state(lv.STATE.CHECKED)
    s = lv.slider(parent)
    s.set_width(120)
    s.set_value(40, False)
    sw = lv.switch(parent)
    sw.add_state(lv.STATE.CHECKED)
    lv.bar(parent).set_value(70, False)
    a = lv.arc(parent)
    a.set_size(70, 70)
    lv.led(parent).set_size(20, 20)
    c = lv.obj(parent)
    c.set_size(50, 40)


mono = lv.theme_mono_init(disp, True, None)
print('mono:', lv.theme_mono_is_inited(), lv.theme_mono_get() is not None)
disp.set_theme(mono)
scr = lv.obj()
scr.set_flex_flow(lv.FLEX_FLOW.ROW_WRAP)
build(scr)
lv.screen_load(scr)
card = scr.get_child(7)
print('mono card border', card.get_style_border_width(0), 'radius', card.get_style_radius(0),
      'screen', hex(scr.get_style_bg_color(0).to_int()), 'text', hex(scr.get_style_text_color(0).to_int()))

view = lv.canvas(lv.layer_top())
view.add_flag(lv.obj.FLAG.HIDDEN)
view.set_draw_buf(lv.snapshot_take(scr, lv.COLOR_FORMAT.XRGB8888))
grey = black = white = total = 0
for y in range(0, scr.get_height(), 2):
    for x in range(0, scr.get_width(), 2):
        c = view.get_px(x, y)
        total += 1
        grey += c.red == c.green == c.blue
        black += c.red == 0 and c.green == 0 and c.blue == 0
        white += c.red == 255 and c.green == 255 and c.blue == 255
print('mono: only greys', grey == total, 'black and white >= 97%', (black + white) * 100 >= 97 * total,
      'white drawn', white * 20 > total)
lv.theme_simple_deinit()
lv.theme_mono_deinit()
print('after deinit:', lv.theme_simple_is_inited(), lv.theme_mono_is_inited())
