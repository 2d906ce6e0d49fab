# Wrong types, None, huge and negative ints, ints where the engine expects memory, widgets of
# another class: each call raises a Python exception naming the function and argument, or
# (where LVGL accepts it: NULL for "none", empty text) does nothing harmful.
import sys
sys.path.append('mods')
from attempt import attempt
scr = lv.screen_active()
label = lv.label(scr)
label.set_text('kept')


class Thing:
    pass



# wrong Python types
attempt('set_x(str)', lambda: label.set_x('10'))
attempt('set_x(float)', lambda: label.set_x(1.5))
attempt('set_x(huge)', lambda: label.set_x(1 << 40))
attempt('set_x(beyond 64 bits)', lambda: label.set_x(1 << 70))
attempt('set_text(int)', lambda: label.set_text(5))
attempt('set_text(list)', lambda: label.set_text(['a']))
attempt('label(parent=str)', lambda: lv.label('screen'))
attempt('align_to(dict)', lambda: label.align_to({}, lv.ALIGN.CENTER, 0, 0))
attempt('add_style(area_t)', lambda: label.add_style(lv.area_t(), 0))
attempt('add_event_cb(not callable)', lambda: label.add_event_cb(5, lv.EVENT.ALL, None))
attempt('set_opa(-1)', lambda: label.set_style_opa(-1, 0))
attempt('too many arguments', lambda: label.set_x(1, 2))

# a method of another widget class
attempt('chart.add_series(label)', lambda: lv.chart.add_series(label, lv.color_hex(0), lv.chart.AXIS.PRIMARY_Y))
attempt('slider.set_value(label)', lambda: lv.slider.set_value(label, 5, lv.ANIM.OFF))
attempt('arc.set_bg_angles(button)', lambda: lv.arc.set_bg_angles(lv.button(scr), 0, 90))
kb = lv.keyboard(scr)
print('buttonmatrix method on a keyboard (its engine base class):', lv.buttonmatrix.get_selected_button(kb))

# ints where the engine reads memory, structs too small, Python objects as C data
lst = lv.list(scr)
attempt('list.add_button(1, None)', lambda: lst.add_button(1, None))
attempt('image.set_src(4096)', lambda: lv.image(scr).set_src(4096))
attempt('memset(4096, 0, 8)', lambda: lv.memset(4096, 0, 8))
attempt('memcpy(label, None, 8)', lambda: lv.memcpy(label, None, 8))
attempt('global_get_root(dict, None)', lambda: lv.global_get_root({}, None))
attempt('image.set_src(Thing())', lambda: lv.image(scr).set_src(Thing()))
attempt('style.set_bg_color on an area_t', lambda: lv.style_t.set_bg_color(lv.area_t(), lv.color_hex(0)))
attempt('get_coords(bytearray(2))', lambda: label.get_coords(bytearray(2)))
for v in ({}, Thing(), lv.obj(scr), 42):  # user_data is only handed back: anything goes
    label.set_user_data(v)
    back = label.get_user_data()
    if isinstance(v, (dict, Thing)):
        back = back.cast()
    elif isinstance(v, int):
        back = int(back)
    print('user_data', type(v).__name__, 'comes back:', back is v or back == v)

# constant data (fonts, class descriptors) and the engine's own links stay untouched
attempt('font field set', lambda: setattr(lv.font_montserrat_14, 'line_height', 3))
attempt('font_t.set_kerning(built-in font)', lambda: lv.font_t.set_kerning(lv.font_montserrat_14, 0))
attempt('binfont_destroy(built-in font)', lambda: lv.binfont_destroy(lv.font_montserrat_14))
attempt('binfont_destroy(blank font)', lambda: lv.binfont_destroy(lv.font_t()))
attempt('style.set_text_font(built-in font)', lambda: lv.style_t().set_text_font(lv.font_montserrat_14))
chart = lv.chart(scr)
ser = chart.add_series(lv.color_hex(0xff0000), lv.chart.AXIS.PRIMARY_Y)
attempt('series.next = blank series', lambda: setattr(ser, 'next', lv.chart_series_t()))
attempt('series.y_points = [1, 2]', lambda: setattr(ser, 'y_points', [1, 2]))
attempt('series.hidden = 1', lambda: setattr(ser, 'hidden', 1))
print('line height kept:', lv.font_montserrat_14.line_height)

# None everywhere
attempt('label.set_x(None)', lambda: label.set_x(None))
attempt('lv.obj.set_x(None, 1)', lambda: lv.obj.set_x(None, 1))
attempt('set_text(None)', lambda: label.set_text(None))
attempt('get_coords(None)', lambda: label.get_coords(None))
attempt('strcmp(None, None)', lambda: lv.strcmp(None, None))
attempt('strlen(None)', lambda: lv.strlen(None))
attempt('memcpy(None, None, 100)', lambda: lv.memcpy(None, None, 100))
attempt('text_get_encoded_length(None)', lambda: lv.text_get_encoded_length(None))
attempt('font_get_glyph_dsc(font, None, 65, 0)', lambda: lv.font_montserrat_14.get_glyph_dsc(None, 65, 0))
attempt('event_remove_all(None)', lambda: lv.event_remove_all(None))
attempt('theme_apply(None)', lambda: lv.theme_apply(None))
attempt('style.copy(None)', lambda: lv.style_t().copy(None))
attempt('group_remove_obj(None)', lambda: lv.group_remove_obj(None))
attempt('screen_load(None)', lambda: lv.screen_load(None))

# engine state a script cannot break
attempt('screen_load(label)', lambda: lv.screen_load(label))
print('a widget is not loaded as the screen:', lv.screen_active() is scr)
attempt('set_parent(own child)', lambda: lv.obj.set_parent(scr, label))
attempt('set_parent(itself)', lambda: label.set_parent(label))
print('tree unchanged:', label.get_parent() is scr and scr.get_parent() is None)
attempt('mem_set_allocator(None)', lambda: lv.mem_set_allocator(None))
attempt('theme_default_deinit()', lambda: lv.theme_default_deinit())

for _ in range(3):
    lv.tick_inc(30)
    lv.timer_handler()
print('label text survived:', label.get_text())
