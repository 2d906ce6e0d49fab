# Draw tasks through the binding: an object with SEND_DRAW_TASK_EVENTS announces each
# primitive (type, part, id1/id2, area), the descriptor a handler gets is the engine's own
# memory (writing a field changes what is drawn), and what the handler draws into the
# task's layer is drawn after the task.
scr = lv.screen_active()
scr.set_style_bg_color(lv.color_white(), 0)

btnm = lv.buttonmatrix(scr)
btnm.set_map(["A", "B", "C", ""])
btnm.set_size(240, 60)
btnm.set_pos(40, 20)
seen = []


def btnm_cb(e):
    task = e.get_draw_task()
    base = lv.draw_dsc_base_t.__cast__(task.get_draw_dsc())
    if base.part != lv.PART.ITEMS:
        return
    t = task.get_type()
    seen.append((t, base.id1))
    area = lv.area_t()
    task.get_area(area)
    fill = task.get_fill_dsc()
    if base.id1 == 1 and fill:
        fill.color = lv.color_hex(0x0000FF)  # the engine's descriptor: this recolors button B
        fill.radius = 0
    if base.id1 == 2 and t == lv.DRAW_TASK_TYPE.FILL:
        # a red square in the middle of button C, drawn after its background
        dot = lv.draw_rect_dsc_t()
        dot.init()
        dot.bg_color = lv.color_hex(0xFF0000)
        a = lv.area_t()
        a.x1 = area.x1 + area.get_width() // 2 - 5
        a.y1 = area.y1 + area.get_height() // 2 - 5
        a.x2 = a.x1 + 9
        a.y2 = a.y1 + 9
        lv.draw_rect(base.layer, dot, a)
    label = task.get_label_dsc()
    if label and base.id1 == 2:
        label.opa = 0  # hide the text so that the square shows


btnm.add_event_cb(btnm_cb, lv.EVENT.DRAW_TASK_ADDED, None)
btnm.add_flag(lv.obj.FLAG.SEND_DRAW_TASK_EVENTS)

table = lv.table(scr)
table.set_cell_value(0, 0, "x")
table.set_cell_value(1, 1, "y")
table.set_pos(40, 100)
cells = []


def table_cb(e):
    task = e.get_draw_task()
    base = lv.draw_dsc_base_t.__cast__(task.draw_dsc)  # the field, as scripts for LVGL read it
    if base.part == lv.PART.ITEMS and task.type == lv.DRAW_TASK_TYPE.LABEL:
        cells.append((base.id1, base.id2, task.area.x2 > task.area.x1))


table.add_event_cb(table_cb, lv.EVENT.DRAW_TASK_ADDED, None)
table.add_flag(lv.obj.FLAG.SEND_DRAW_TASK_EVENTS)

lv.refr_now(None)
F, L = lv.DRAW_TASK_TYPE.FILL, lv.DRAW_TASK_TYPE.LABEL
print('button fills:', [i for t, i in seen if t == F])
print('button labels:', [i for t, i in seen if t == L])
print('table labels (row, col, area):', cells)

snap = lv.snapshot_take(btnm, lv.COLOR_FORMAT.XRGB8888)
canvas = lv.canvas(scr)
canvas.set_draw_buf(snap)
w = btnm.get_width()
h = btnm.get_height()


def rgb(x, y):
    c = canvas.get_px(x, y)
    return '%02x%02x%02x' % (c.red, c.green, c.blue)


third = w // 3
print('button A beside its text:', rgb(third // 2 + 20, h // 2))
print('button B beside its text:', rgb(w // 2 + 20, h // 2))
c_mid = w - third // 2 - 6
print('button C center (the square):', rgb(c_mid, h // 2))
print('button C beside the square:', rgb(c_mid - 14, h // 2))
