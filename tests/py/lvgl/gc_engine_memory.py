# The engine allocates from the GC heap and its globals are a GC root: widgets, styles,
# callbacks and texts the engine holds survive gc.collect() even when Python dropped them.
import gc
import lvgl as lv
import display_driver

lv.init()
lv.init()  # idempotent


def frame():
    lv.tick_inc(33)
    lv.timer_handler()


def build_screen(n, style):
    # nothing here is kept by Python once the function returns
    scr = lv.obj()
    for i in range(n):
        btn = lv.button(scr)
        btn.set_pos((i % 8) * 40, (i // 8) * 30)
        btn.add_style(style, 0)
        label = lv.label(btn)
        label.set_text('w' + str(i))
    return scr


def make_style():
    style = lv.style_t()
    style.init()
    style.set_bg_color(lv.color_hex(0x336699))
    style.set_radius(3)
    return style


clicks = []


def add_counter(obj, tag):
    # the lambda is referenced only by the engine (through its event user_data)
    obj.add_event_cb(lambda e: clicks.append(tag), lv.EVENT.CLICKED, None)


screens = []
for round in range(6):
    scr = build_screen(40, make_style())
    add_counter(scr.get_child(0), round)
    screens.append(scr)
    gc.collect()
    lv.screen_load(scr)
    frame()

garbage = [bytearray(1000) for i in range(200)]  # reuse freed memory if anything was freed
del garbage
gc.collect()

for scr in screens:
    lv.screen_load(scr)
    for _ in range(3):
        frame()
        gc.collect()
    lv.refr_now(None)
    print(scr.get_child_count(), scr.get_child(39).get_child(0).get_text(),
          hex(scr.get_child(1).get_style_bg_color(0).to_int() & 0xffffff))
    scr.get_child(0).send_event(lv.EVENT.CLICKED, None)
print(clicks)

# the Python object of an engine object is the same one every time
btn = screens[0].get_child(3)
print(btn is screens[0].get_child(3), type(btn).__name__)
print(btn.get_child(0) is btn.get_child(0))

# screens that are deleted free their memory; the others are untouched
before = gc.mem_free()
lv.screen_load(screens[-1])
for scr in screens[:-1]:
    scr.delete()
gc.collect()
frame()
print(gc.mem_free() > before)
print(screens[-1].get_child(39).get_child(0).get_text())

# timers and animations keep their Python callbacks alive by themselves
ticks = []


def start_timer():
    lv.timer_create(lambda t: ticks.append(1), 30, None)


start_timer()
values = []


def start_anim(obj):
    a = lv.anim_t()
    a.init()
    a.set_var(obj)
    a.set_values(0, 100)
    a.set_duration(300)
    a.set_custom_exec_cb(lambda anim, v: values.append(v))
    a.start()


start_anim(screens[-1].get_child(2))
for _ in range(20):
    gc.collect()
    frame()
print(len(ticks) >= 10, values[-1], len(values) > 5)
