# lv_obj_set_transform (LV_DRAW_TRANSFORM_USE_MATRIX): the matrix acts around the object's
# top-left corner and is drawn (translation, rotation, scale), invalidated and used by
# get_transformed_area; reset_transform / set_transform(None) draw the object as before.
import lvgl as lv

scr = lv.screen_active()
scr.remove_style_all()
scr.set_style_bg_color(lv.color_white(), 0)
scr.set_style_bg_opa(lv.OPA.COVER, 0)
box = lv.obj(scr)
box.remove_style_all()
box.set_style_bg_color(lv.color_hex(0xff0000), 0)
box.set_style_bg_opa(lv.OPA.COVER, 0)
box.set_pos(20, 20)
box.set_size(40, 40)
view = lv.canvas(lv.layer_top())
view.add_flag(lv.obj.FLAG.HIDDEN)


def red_at(*points):
    view.set_draw_buf(lv.snapshot_take(scr, lv.COLOR_FORMAT.XRGB8888))
    out = []
    for x, y in points:
        c = view.get_px(x, y)
        out.append(c.red > 200 and c.green < 60)
    return out


def area_of(obj):
    a = lv.area_t()
    a.x1, a.y1, a.x2, a.y2 = 20, 20, 59, 59
    obj.get_transformed_area(a, lv.OBJ_POINT_TRANSFORM_FLAG.NONE)
    return (a.x1, a.y1, a.x2, a.y2)


def matrix(*ops):
    m = lv.matrix_t()
    m.identity()
    for name, *args in ops:
        getattr(m, name)(*args)
    return m


print('no matrix:', box.get_transform(), red_at((30, 30), (110, 30)))
box.set_transform(matrix(('translate', 80, 0)))
print('translate 80:', box.get_transform() is not None, red_at((30, 30), (110, 30)), area_of(box))
box.set_transform(matrix(('rotate', 90)))
print('rotate 90:', red_at((10, 40), (30, 30)), area_of(box))
box.set_transform(matrix(('scale', 2, 1)))
print('scale 2x1:', red_at((90, 30), (30, 70)), area_of(box))
box.set_transform(matrix(('translate', 100, 100), ('scale', 0.5, 0.5)))
print('translate then scale:', red_at((125, 125), (135, 135), (30, 30)), area_of(box))
p = lv.point_precise_t()
p.x, p.y = 10, 20
q = box.get_transform().transform_precise_point(p)
print('kept a copy:', q.x, q.y)
box.reset_transform()
print('reset:', box.get_transform(), red_at((30, 30), (125, 125)), area_of(box))
box.set_transform(matrix(('translate', 80, 0)))
box.set_transform(None)
print('set None:', box.get_transform(), red_at((30, 30), (110, 30)))
m = matrix(('rotate', 30), ('scale', 2, 3))
inv = lv.matrix_t()
print('inverse:', inv.inverse(m), m.is_identity(), matrix().is_identity(), matrix(('translate', 1, 2)).is_identity_or_translation())
m.multiply(inv)
p.x, p.y = 37, -11
q = m.transform_precise_point(p)
print('m * m^-1 keeps a point:', q.x, q.y)
print('singular:', lv.matrix_t().inverse(matrix(('scale', 0, 1))))
box.delete()
print('deleted with a matrix: ok')
