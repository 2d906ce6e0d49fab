# void * as the original binding shows it: a Blob (dereference into a memoryview, cast back
# to the dict or instance passed, view as a struct), lv.C_Pointer for out-pointers, and the
# values a script may pass where a void * is expected.
import lvgl as lv
import gc

o = lv.obj()

# a dict and a class instance passed as void * come back as the very same object
d = {'value': 42}
o.set_user_data(d)
del d
gc.collect()                              # kept alive while the engine holds it
b = o.get_user_data()
print(type(b).__name__, b.cast()['value'], b.__cast__()['value'])


class Thing:
    pass


t = Thing()
t.name = 'thing'
o.set_user_data(t)
print(o.get_user_data().cast() is t, o.get_user_data() == o.get_user_data(), int(o.get_user_data()) != 0)

# buffers: the Blob is their address, __dereference__ a writable view of the memory
for make in (bytearray, lambda s: memoryview(bytearray(s))):
    buf = make(b'hello')
    o.set_user_data(buf)
    view = o.get_user_data().__dereference__(5)
    view[0] = ord('J')
    print(bytes(view), bytes(buf))
o.set_user_data(b'const bytes')           # read-only buffers are pointers too
print(bytes(o.get_user_data().__dereference__(5)))
o.set_user_data(None)
print(o.get_user_data())
o.set_user_data(1234)                     # ints stay addresses, as before
print(int(o.get_user_data()))

# structs: passed by address; a Blob viewed as a struct with cast / __cast__ / __cast_instance__
a = lv.area_t({'x1': 1, 'y1': 2, 'x2': 30, 'y2': 40})
o.set_user_data(a)
print(lv.area_t.__cast__(o.get_user_data()).x2, o.get_user_data().cast(lv.area_t).y2,
      lv.area_t.__cast_instance__(a).x1)
o.set_user_data(o.get_user_data())        # a Blob passes its address on
print(o.get_user_data().cast(lv.area_t).y1)

# misuse raises
for bad, exc in ((lambda: o.get_user_data().__dereference__(-1), ValueError),
                 (lambda: o.get_user_data().__dereference__('x'), TypeError),
                 (lambda: o.get_user_data().cast(), TypeError),          # a struct, not a Python object
                 (lambda: o.get_user_data().cast(int), TypeError),
                 (lambda: o.set_user_data(3.5), TypeError),
                 (lambda: o.set_user_data([1, 2]), TypeError)):
    try:
        bad()
        print('no error')
    except exc as e:
        print(type(e).__name__)
small = bytearray(8)
o.set_user_data(small)
try:
    o.get_user_data().__dereference__(1 << 20)   # larger than the heap block behind it
except ValueError:
    print('ValueError out of range')

# memory outside the heap and the stack may be constant (a compiled-in font): read-only view
const_view = lv.font_montserrat_14.dsc.__dereference__(4)
print(len(const_view))
try:
    const_view[0] = 1
except TypeError:
    print('TypeError read-only')

# C_Pointer: the out-pointer of C functions
p = lv.C_Pointer()
p.int_val = -5
print(p.int_val, p.uint_val == 0xFFFFFFFB, p.short_val)
p.str_val = 'text'
print(p.str_val)
p.ptr_val = a
print(p.ptr_val.cast(lv.area_t).x2)
try:
    p.no_such = 1
except AttributeError:
    print('AttributeError')

# a dict passed as a registration's user_data is what the callback's user_data casts to
# (the original binding keeps its callables in that very dict)
info = {'clicks': 0}


def on_click(e):
    data = e.get_user_data().cast()
    data['clicks'] += 1
    print('user_data is the dict', data is info, data['clicks'])


o.add_event_cb(on_click, lv.EVENT.CLICKED, info)
o.send_event(lv.EVENT.CLICKED, None)
o.send_event(lv.EVENT.CLICKED, None)


def later(user_data):
    print('async_call user_data', user_data.cast()['value'])


lv.async_call(later, {'value': 42})
lv.timer_handler()
o.delete()
