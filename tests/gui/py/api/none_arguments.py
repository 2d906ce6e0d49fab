# None where the engine would read through a pointer: the call does nothing (or returns
# None/False) instead of reading address 0; None where LVGL documents NULL (the default
# display, no default group) is accepted.
scr = lv.screen_active()
b = lv.button(scr)
arc = lv.arc(scr)
img = lv.image(scr)
print('get_coords(None):', b.get_coords(None))
print('area_is_visible(None):', b.area_is_visible(None))
print('hit_test(None):', b.hit_test(None))
print('invalidate_area(None):', b.invalidate_area(None))
print('init_draw_rect_dsc(0, None):', b.init_draw_rect_dsc(0, None))
print('swap(None):', b.swap(None))
print('align_obj_to_angle(None, 0):', arc.align_obj_to_angle(None, 0))
print('get_pivot(None):', img.get_pivot(None))
print('calendar get_pressed_date(None):', lv.calendar(scr).get_pressed_date(None) == lv.RESULT.INVALID)

a = lv.area_t()
b.get_coords(a)
print('coords still read:', a.x2 - a.x1 + 1 == b.get_width())

print('resolution of the default display:', lv.display_get_horizontal_resolution(None) == scr.get_width())
g = lv.group_create()
lv.group_set_default(g)
print('default group set:', lv.group_get_default() == g)
lv.group_set_default(None)
print('no default group:', lv.group_get_default())
try:
    lv.obj.get_x(None)
except TypeError as ex:
    print('None as the object:', ex)

# struct methods given None as the second struct
area = lv.area_t({'x1': 0, 'y1': 0, 'x2': 9, 'y2': 9})
print('area copy/intersect/is_on/is_point_on with None:', area.copy(None), area.intersect(None, area),
      area.is_on(None), area.is_point_on(None, 0))
print('area unchanged:', (area.x1, area.y1, area.x2, area.y2))
