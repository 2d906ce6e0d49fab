# Running out of heap while the engine allocates is a MemoryError; after freeing, the engine
# works again (its allocations come from the same GC heap as Python's).
import gc
import lvgl as lv
import display_driver

scr = lv.screen_active()
made = 0
try:
    while True:
        box = lv.obj(scr)
        for i in range(50):
            label = lv.label(box)
            label.set_text('label number %d' % made)
            made += 1
except MemoryError:
    print('MemoryError', made > 1000)
box = label = None
scr.clean()
gc.collect()
print(scr.get_child_count())
lv.tick_inc(33)
lv.timer_handler()
for b in range(made // 100):
    box = lv.obj(scr)
    for i in range(50):
        lv.label(box).set_text('again')
lv.refr_now(None)
print(scr.get_child_count() == made // 100, box.get_child(49).get_text())
