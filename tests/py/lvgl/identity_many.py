# One Python object per engine object through many creations and deletions (the identity
# table grows and removes entries from the middle of its probe runs): the engine hands back
# the very objects the script made, deleted ones raise LvReferenceError, and a subclass
# keeps its class.
import gc
import lvgl as lv


class Tagged(lv.obj):
    pass


scr = lv.obj()
made = []
for i in range(600):
    o = Tagged(scr) if i % 7 == 0 else lv.obj(scr)
    o.set_x(i)
    made.append(o)
for i in range(0, 600, 3):
    made[i].delete()
gc.collect()
alive = [o for i, o in enumerate(made) if i % 3]
same = all(scr.get_child(k) is o for k, o in enumerate(alive))
print(scr.get_child_count(), len(alive), same)
scr.update_layout()
print(all(o.get_x() == i for i, o in enumerate(made) if i % 3))
print(sum(1 for k in range(len(alive)) if type(scr.get_child(k)) is Tagged))
errors = 0
for i in range(0, 600, 3):
    try:
        made[i].get_x()
    except lv.LvReferenceError:
        errors += 1
print(errors)
# objects the script never touched get one wrapper each, made on first sight
for i in range(300):
    lv.label(scr)
gc.collect()
n = scr.get_child_count()
print(n, all(scr.get_child(k) is scr.get_child(k) for k in range(n)))
scr.clean()
print(scr.get_child_count(), alive[0].__class__.__name__)
try:
    alive[0].get_x()
except lv.LvReferenceError:
    print('cleaned')
