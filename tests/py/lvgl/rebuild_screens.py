# A screen rebuilt over and over does not eat the heap: everything made for deleted
# objects (engine memory, wrappers, texts and callbacks the binding kept) is collected.
import gc
import lvgl as lv
import display_driver

scr = lv.screen_active()


def build():
    for b in range(30):
        box = lv.obj(scr)
        box.add_event_cb(lambda e: None, lv.EVENT.CLICKED, None)
        for i in range(20):
            label = lv.label(box)
            label.set_text('label %d of box %d' % (i, b))
    lv.tick_inc(33)
    lv.timer_handler()


free = []
for round in range(6):
    build()
    scr.clean()
    gc.collect()
    free.append(gc.mem_free())
# the first rounds grow the binding's tables; after that the heap stays where it is
print(max(free[2:]) - min(free[2:]) < 1024, free[-1] > 0)
