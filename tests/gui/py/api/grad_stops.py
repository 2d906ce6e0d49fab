# Gradient stops from Python: lv.grad_init_stops fills colors, opacities (None: cover) and
# positions (None: even); a stop built from a dict without 'opa' keeps opacity 0, which LVGL
# 9.3 blends as transparent (the Python canvas_1 example's stops), so it is printed as such.
g = lv.grad_dsc_t()
lv.grad_init_stops(g, [lv.color_hex(0xff0000), lv.color_hex(0x0000ff)], None, None, 2)
lv.grad_horizontal_init(g)
print(g.stops_count, [(s.opa, s.frac) for s in g.stops], g.dir == lv.GRAD_DIR.HOR)
lv.grad_init_stops(g, [lv.color_hex(0x00ff00), lv.color_hex(0xffffff)], [lv.OPA._50, lv.OPA.COVER], [64, 192], 2)
lv.grad_vertical_init(g)
print(g.stops_count, [(s.opa, s.frac) for s in g.stops], g.dir == lv.GRAD_DIR.VER)
print(g.stops[0].color.green, g.stops[1].color.red)
stop = lv.grad_stop_t({'color': lv.color_hex(0xff0000)})
print(stop.opa, stop.frac)
