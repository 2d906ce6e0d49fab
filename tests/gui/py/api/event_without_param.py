# Events whose handlers read what the parameter points to (KEY, HIT_TEST, COVER_CHECK,
# GET_SELF_SIZE, the DRAW_* codes...) sent by a script without one are not delivered, for
# every widget class, instead of making the engine read address 0; a blank lv.event_t's
# getters return None. Other events are still sent with no parameter.
scr = lv.screen_active()
needs_param = [lv.EVENT.KEY, lv.EVENT.ROTARY, lv.EVENT.HIT_TEST, lv.EVENT.COVER_CHECK,
               lv.EVENT.REFR_EXT_DRAW_SIZE, lv.EVENT.DRAW_MAIN_BEGIN, lv.EVENT.DRAW_MAIN,
               lv.EVENT.DRAW_MAIN_END, lv.EVENT.DRAW_POST_BEGIN, lv.EVENT.DRAW_POST,
               lv.EVENT.DRAW_POST_END, lv.EVENT.DRAW_TASK_ADDED, lv.EVENT.SIZE_CHANGED,
               lv.EVENT.GET_SELF_SIZE, lv.EVENT.INVALIDATE_AREA]
made = 0
for name in sorted(dir(lv)):
    cls = getattr(lv, name)
    if not isinstance(cls, type) or not issubclass(cls, lv.obj):
        continue
    try:
        o = cls(scr)
    except TypeError:
        continue  # a constructor with more arguments (menu_page)
    made += 1
    for code in needs_param:
        o.send_event(code, None)
    o.delete()
print('widget classes probed:', made > 30)

seen = []
b = lv.button(scr)
b.add_event_cb(lambda e: seen.append(e.get_code()), lv.EVENT.ALL, None)
b.send_event(lv.EVENT.GET_SELF_SIZE, None)
b.send_event(lv.EVENT.CLICKED, None)
print('delivered:', seen == [lv.EVENT.CLICKED])

e = lv.event_t()
print('blank event:', e.get_cover_area(), e.get_layer(), e.get_self_size_info(), e.get_hit_test_info(),
      e.get_old_size(), e.get_key(), e.get_draw_task(), e.get_target_obj())
