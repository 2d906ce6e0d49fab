# A `void *` that is an object the script holds comes back as that object (LVGL 9's
# lv_event_get_target returns void *); <class>.__cast__ turns a Blob, an address or an object
# into the object, as scripts written for the original binding do, and refuses an address
# that is not a live object instead of reading it.
import gc

btn = lv.button(lv.screen_active())
seen = []


def on_click(e):
    target = e.get_target()
    seen.append(target is btn)
    seen.append(lv.obj.__cast__(target) is btn)
    seen.append(lv.button.__cast__(target) is btn)
    seen.append(e.get_current_target() is btn)


btn.add_event_cb(on_click, lv.EVENT.CLICKED, None)
btn.send_event(lv.EVENT.CLICKED, None)
print('target, casts, current target:', seen)

# user data pointing at an object gives the object back while it lives; once deleted, the
# dangling address is a Blob that casts to an error, not to freed memory
holder = lv.obj(lv.screen_active())
inner = lv.label(holder)
holder.set_user_data(inner)
print('user data is the object:', holder.get_user_data() is inner)
print('cast of an object:', lv.label.__cast__(inner) is inner)
print('None casts to None:', lv.obj.__cast__(None))
inner.delete()
gc.collect()
dangling = holder.get_user_data()
print('dangling address:', type(dangling).__name__)
try:
    lv.obj.__cast__(dangling)
    print('deleted object cast')
except lv.LvReferenceError:
    print('deleted address refused')

for bad in (12345, 'text', 2.5):
    try:
        lv.obj.__cast__(bad)
        print('no error for', repr(bad))
    except (lv.LvReferenceError, TypeError) as ex:
        print(type(ex).__name__)

# user data that is not an object stays a Blob
print('Blob for other pointers:', type(btn.get_user_data()).__name__ in ('Blob', 'NoneType'))
