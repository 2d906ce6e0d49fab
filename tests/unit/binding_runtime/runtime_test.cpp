// The binding runtime on the toy library: `import toy` in the interpreter, with every
// kind of table entry used from Python and checked by the script's own asserts.
#include <gtest/gtest.h>

#include <string.h>

#include "binding/runtime/runtime.h"
#include "py/runtime.h"

extern const pyvgl::binding::Module pyvgl_module_toy;

namespace {

void * g_stack_top;

/** Runs `src` in a fresh __main__ namespace; false (and the traceback printed) on an exception. */
bool run(const char * src)
{
    static bool ready = false;
    static char heap[8 << 20];
    if(!ready) {
        py::Config cfg;
        cfg.heap = heap;
        cfg.heap_size = sizeof heap;
        cfg.stack_top = g_stack_top;
        if(!py::init(&cfg)) return false;
        if(!pyvgl::binding::register_module(pyvgl_module_toy)) return false;
        ready = true;
    }
    py::Val globals = py::dict_new(8);
    py::dict_set(globals, Q(__name__), py::str_intern_cstr("__main__"));
    py::Val r = py::exec_source(src, strlen(src), "<test>", globals);
    if(!r) py::print_exception(py::exc_take());
    return r != nullptr;
}

} // namespace

TEST(BindingRuntime, ModuleClassesAndMethods)
{
    EXPECT_TRUE(run(R"(
import toy
assert toy.__name__ == 'toy'
toy.init()
s = toy.screen_active()
assert s is toy.screen_active()              # one Python object per engine object
o = toy.obj(s)
o.set_x(42)
assert o.get_x() == 42
assert o.get_parent() is s
g = toy.gauge(o)
assert type(g) is toy.gauge and isinstance(g, toy.obj)
g.set_x(5)                                   # obj methods work on every widget
assert g.get_x() == 5
g.set_value(-300)
assert g.get_value() == -300
g.set_title('Speed')
assert g.get_title() == 'Speed'
g.set_ticks([1, 2, 3], 3)
assert g.get_tick_sum() == 6
import gc
title = 'T' + str(42)                        # a string made at run time
g.set_title(title)
del title
gc.collect()
assert g.get_title() == 'T42'
assert o.has_flag(toy.obj.FLAG.HIDDEN) is False
o.add_flag(toy.obj.FLAG.HIDDEN)
assert o.has_flag(toy.obj.FLAG.HIDDEN) is True
scr = toy.obj()                              # no parent: a screen
assert scr.get_parent() is None
t = toy.tab(o, 'Home')                       # constructor with more than the parent
assert type(t) is toy.tab and t.get_parent() is o
)"));
}

TEST(BindingRuntime, ConstantsAndGroups)
{
    EXPECT_TRUE(run(R"(
import toy
assert toy.ALIGN.CENTER == 1
assert toy.ALIGN_CENTER == 1                 # flat spelling
assert toy.obj.FLAG.CLICKABLE == 2
assert toy.gauge.FLAG.HIDDEN == 1            # class-scoped groups are inherited
assert toy.gauge.MODE._2D == 2
assert toy.OPA._50 == 127 and toy.OPA_50 == 127
assert toy.COORD.MAX == (1 << 29) - 1
assert toy.SIZE_AUTO == ((1 << 29) - 1) | (1 << 29)
assert toy.REPEAT_FOREVER == 0xFFFFFFFF
assert toy.SYMBOL.OK == '\uf00c'
assert toy.VERSION_TEXT == 'toy 1.0'
assert toy.gauge.NEEDLE.WIDE == 4
try:
    toy.NOT_A_NAME
    assert False
except AttributeError:
    pass
)"));
}

TEST(BindingRuntime, Structs)
{
    EXPECT_TRUE(run(R"(
import toy
p = toy.point_t({'x': 3, 'y': -4})
assert p.length() == 7
assert toy.point_t.length(p) == 7            # struct methods at class level (lv.anim_t.path_linear)
p.x = 10
assert p.x == 10 and p.y == -4
q = toy.point_t(p)
q.set(1, 2)
assert (p.x, q.x, q.y) == (10, 1, 2)
r = toy.rect_t({'a': {'x': 1, 'y': 2}, 'b': {'x': 3, 'y': 4}})
assert (r.a.y, r.b.x) == (2, 3)
r2 = toy.rect_t(r)
r2.a.x = 100
assert r.a.x == 1                            # a copy, not a view
r = toy.rect_t()
r.a = {'x': 1, 'y': 2}
r.b.x = 10                                   # nested struct: a view into r
assert r.get_width() == 10
r.move(5, 0)
assert r.a.x == 6
c = toy.color_hex(0x123456)
assert (c.red, c.green, c.blue) == (0x12, 0x34, 0x56)
assert toy.color_to_u32(c) == 0x123456 and c.to_u32() == 0x123456
assert toy.color_to_u32({'red': 1, 'green': 2, 'blue': 3}) == 0x010203
pt = toy.point_make(1, 2)
assert (pt.x, pt.y) == (1, 2)
box = toy.rect_from_points({'x': 5, 'y': -1}, pt)
assert (box.a.x, box.a.y, box.b.x, box.b.y) == (1, -1, 5, 2)
path = toy.path_t({'count': 2, 'pts': [{'x': 1, 'y': 0}, {'x': 20, 'y': 0}]})
assert path.sum_x() == 21
path.closed = 1
path.width = 100
assert (path.closed, path.width, path.count) == (1, 100, 2)
path.pattern.gap = 7
assert path.pattern.gap == 7
assert toy.font_small.line_height == 12 and toy.font_small.name == 'small'
v = toy.point_t.__cast__(p)                  # reinterpret: a view of p's bytes
v.y = 99
assert p.y == 99
assert toy.point_t.__cast__(None) is None
o = toy.obj(None)
area = toy.rect_t()
o.get_area(area)
assert area.b.x - area.a.x == 99
try:
    toy.point_t({'z': 1})
    assert False
except AttributeError:
    pass
)"));
}

TEST(BindingRuntime, ArgumentErrors)
{
    EXPECT_TRUE(run(R"(
import toy
o = toy.obj(None)
def fails(f, exc):
    try:
        f()
    except exc as e:
        return str(e)
    assert False, 'no ' + exc.__name__
assert 'set_x() argument 2' in fails(lambda: o.set_x('a'), TypeError)
assert 'out of range' in fails(lambda: toy.inc_u8(256), OverflowError)
fails(lambda: toy.inc_u8(-1), OverflowError)
assert 'takes 2 positional arguments' in fails(lambda: o.set_x(1, 2), TypeError)
fails(lambda: o.set_parent_nope(), AttributeError)
fails(lambda: toy.screen_load(5), TypeError)
fails(lambda: toy.event_t(), TypeError)       # opaque: cannot be created
assert toy.inc_u8(255) == 0 and toy.dec_u16(0) == 65535 and toy.neg_i8(100) == -100
assert toy.add_u64(2**63 - 1, 1) == 2**63
assert toy.scale_f(1.5, 2) == 3.0 and toy.mix_d(10, 20, 0.25) == 12.5
assert toy.strlen(None) == 0 and toy.strlen('hello') == 5
assert toy.count_strings(['a', 'b', 'c']) == 3
assert toy.max(-5, -9) == -5
# None as a method's object: refused, unless the header's doc says NULL is accepted
assert 'argument 1 must be an object' in fails(lambda: toy.obj_get_parent(None), TypeError)
child = toy.obj(o)
assert child.get_screen() is o and toy.obj_get_screen(None) is toy.screen_active()
)"));
}

TEST(BindingRuntime, CallbacksOfAllConventions)
{
    EXPECT_TRUE(run(R"(
import toy, gc
s = toy.obj(None)
o = toy.obj(s)
hits = []
def on_event(e):
    hits.append((e.get_code(), e.get_target()))
o.add_event_cb(on_event, toy.EVENT.ALL, None)
o.add_event_cb(lambda e: hits.append('second'), toy.EVENT.ALL, None)
gc.collect()                                   # holders survive collections
assert o.send_event(7) == 2
assert hits == [(7, o), 'second']
assert hits[0][1] is o                          # the very object the script created
assert toy.visit(4, lambda i, ud: i * 10, None) == 60
t = toy.ticker_t()
t.init()
n = [0]
def tick(tk):
    n[0] += 1
t.set_cb(tick)
t.run(3)
assert n[0] == 3 and t.count == 3
t2 = toy.ticker_t()
t2.set_cb(toy.ticker_t.init)                    # a binding function: its C pointer is passed
t2.run(3)                                       # init() zeroes the ticker, cb included
assert t2.count == 2
try:
    t2.set_cb(toy.point_t.length)               # uint32_t(point *) is no ticker callback
    assert False
except TypeError as e:
    assert 'signature' in str(e)
a = toy.anim_t()
a.init()
vals = []
a.exec_cb = lambda an, v: vals.append(v)
a.start = 1
a.end = 9
a.run()
assert vals == [1, 9]
bad = toy.obj(s)
bad.add_event_cb(lambda e: 1 // 0, toy.EVENT.ALL, None)       # reported, not propagated
assert bad.send_event(1) == 1
collected = []
def collecting(e):
    gc.collect()                               # collections inside callbacks break nothing
    collected.append(e.get_code())
c = toy.obj(s)
c.add_event_cb(collecting, toy.EVENT.ALL, None)
for code in (5, 6, 7):
    c.send_event(code)
assert collected == [5, 6, 7]
)"));
}

TEST(BindingRuntime, RemoveEventCallbacks)
{
    EXPECT_TRUE(run(R"(
import toy
o = toy.obj(None)
log = []
def a(e):
    log.append('a')
def b(e):
    log.append('b')
class Handler:
    def on(self, e):
        log.append('m')
h = Handler()
o.add_event_cb(a, toy.EVENT.ALL, None)
o.add_event_cb(b, toy.EVENT.ALL, None)
o.add_event_cb(h.on, toy.EVENT.ALL, None)
o.send_event(1)
assert log == ['a', 'b', 'm']
assert o.remove_event_cb(a) is True
assert o.remove_event_cb(h.on) is True         # a new bound method, equal to the registered one
assert o.remove_event_cb(a) is False
del log[:]
o.send_event(1)
assert log == ['b']
)"));
}

TEST(BindingRuntime, Subclasses)
{
    EXPECT_TRUE(run(R"(
import toy
class Meter(toy.gauge):
    def __init__(self, parent):
        super().__init__(parent)
        self.extra = 5
    def double(self):
        return self.get_value() * 2
s = toy.obj(None)
m = Meter(s)
m.set_value(3)
assert m.double() == 6 and m.extra == 5
got = []
m.add_event_cb(lambda e: got.append(e.get_target()), toy.EVENT.ALL, None)
m.send_event(1)
assert got[0] is m and type(got[0]) is Meter   # subclasses keep their class
c = toy.obj(m)
assert c.get_parent() is m
)"));
}

TEST(BindingRuntime, DeletedObjectsRaise)
{
    EXPECT_TRUE(run(R"(
import toy
s = toy.obj(None)
o = toy.obj(s)
o.set_x(3)
o.delete()
try:
    o.set_x(4)
    assert False
except toy.LvReferenceError as e:
    assert 'deleted' in str(e)
try:
    toy.obj(o)
    assert False
except toy.LvReferenceError:
    pass
assert issubclass(toy.LvReferenceError, Exception)
# deleted by the engine: clean() of the parent, deletion of the screen
scr = toy.obj(None)
a = toy.obj(scr)
b = toy.gauge(a)
seen = []
b.add_event_cb(lambda e: seen.append(e.get_code()), toy.EVENT.DELETE, None)
a.clean()
assert seen == [toy.EVENT.DELETE]            # the script's own DELETE callback ran too
try:
    b.set_value(1)
    assert False
except toy.LvReferenceError:
    pass
a.set_x(1)                                   # the parent lives on
scr.delete()
try:
    a.get_x()
    assert False
except toy.LvReferenceError:
    pass
)"));
}

TEST(BindingRuntime, ImportInitialisesTheLibrary)
{
    // tl_init() ran at the first import: a screen exists without calling toy.init()
    EXPECT_TRUE(run("import toy\nassert toy.screen_active() is not None\ntoy.init()\n"));
}

int main(int argc, char ** argv)
{
    int marker;
    g_stack_top = &marker;
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
