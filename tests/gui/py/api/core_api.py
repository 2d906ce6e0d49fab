# LVGL 9.3 core functions scripts call: version, log callback (lv.log_register_print_cb, a
# global callback), object ids and the tree dump, display extras, vsync events, a few utils.
import lvgl as lv

print('version', lv.version_major(), lv.version_minor(), lv.version_patch(), repr(lv.version_info()))
print('sqr', lv.sqr(-9), 'swap', hex(lv.swap_bytes_32(0x01020304)), hex(lv.swap_bytes_16(0x0102)))

lines = []


def on_log(level, text):
    lines.append((level, text))


lv.log_register_print_cb(on_log)
scr = lv.screen_active()
disp = lv.display_get_default()
disp.set_tile_cnt(0)  # refused with a warning
print('log:', len(lines), lines[0][0] == lv.LOG_LEVEL_WARN, lines[0][1].startswith('[Warn]\t('),
      'lv_display_set_tile_cnt: the tile count must be at least 1' in lines[0][1])

cont = lv.obj(scr)
btn = lv.button(cont)
label = lv.label(btn)
lv.obj_assign_id(lv.button_class, btn)
btn2 = lv.button(scr)
lv.obj_assign_id(lv.button_class, btn2)
label.set_id(33)
print('ids:', btn.get_id() == btn2.get_id(), scr.find_by_id(btn2.get_id()) is btn2,
      scr.find_by_id(33) is label, cont.get_id())
print('id compare:', lv.obj_id_compare(btn.get_id(), btn.get_id()), lv.obj_id_compare(btn.get_id(), btn2.get_id()))
del lines[:]
cont.dump_tree()
print('dump:', [t.split('id:')[1].split(';')[0] for _, t in lines])
print('indent:', [t.split(': ')[1].split('obj:')[0] for _, t in lines])
label.free_id()
print('freed:', label.get_id(), scr.find_by_id(33))
lv.log_register_print_cb(None)
cont.dump_tree()
print('no callback, no lines:', len(lines))

print('dpx', disp.dpx(100), 'tiles', disp.get_tile_cnt(), 'original res', disp.get_original_horizontal_resolution(),
      disp.get_original_vertical_resolution())
disp.set_matrix_rotation(True)
print('matrix rotation', disp.get_matrix_rotation())
events = []
disp.add_event_cb(lambda e: events.append(('request', e.get_param() is not None)), lv.EVENT.VSYNC_REQUEST, None)


def on_vsync(e):
    events.append('vsync')


print('vsync without listener:', disp.send_vsync_event(None) == lv.RESULT.INVALID)
# the same dict as user_data lets the script name the registration again to remove it
ud = {}
print('register:', disp.register_vsync_event(on_vsync, ud))
print('send:', disp.send_vsync_event(None) == lv.RESULT.OK)
print('unregister:', disp.unregister_vsync_event(on_vsync, ud), disp.unregister_vsync_event(on_vsync, ud))
print('events:', events)

a = lv.area_t()
a.x1, a.y1, a.x2, a.y2 = 0, 0, 9, 4
disp.set_rotation(lv.DISPLAY_ROTATION._180)
disp.rotate_area(a)
print('rotated 180:', a.x1, a.y1, a.x2, a.y2)
disp.set_rotation(lv.DISPLAY_ROTATION._0)

# module-level setters of the library's one callback of a kind are bound as global callbacks
clock = [5000]


def tick():
    clock[0] += 10
    return clock[0]


lv.tick_set_cb(tick)
t1 = lv.tick_get()
t2 = lv.tick_get()
lv.tick_set_cb(None)
print('tick_set_cb:', t1, t2)
waited = []
lv.delay_set_cb(waited.append)
lv.delay_ms(12)
lv.delay_set_cb(None)
print('delay_set_cb:', waited)
