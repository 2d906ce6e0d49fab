// Calls every bound toy function through the tables (binding::call with raw argument
// words) and the callbacks of all three user_data conventions through their trampolines.
#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "binding/call.h"
#include "toy.h"

using namespace pyvgl::binding;

extern const Module pyvgl_module_toy;

namespace {

const Module & M = pyvgl_module_toy;

std::string nm(uint32_t name)
{
    char buf[64];
    size_t n = name_copy(M, name, buf, sizeof buf);
    EXPECT_LT(n, sizeof buf);
    return buf;
}

Word wi(int64_t v)
{
    Word w;
    w.i64 = v;
    return w;
}
Word wp(const void * p)
{
    Word w;
    w.u64 = 0;
    w.cp = p;
    return w;
}
Word wf(float f)
{
    Word w;
    w.u64 = 0;
    w.f32 = f;
    return w;
}
Word wd(double d)
{
    Word w;
    w.f64 = d;
    return w;
}

/** Finds functions as the runtime would ("obj.set_x", "point_t.set", "color_hex", "new gauge")
 *  and records which ones a test called. */
struct Toy {
    std::set<uint16_t> called;

    uint16_t find(const std::string & spelling)
    {
        if(spelling.compare(0, 4, "new ") == 0) return M.classes[find_class(M, spelling.c_str() + 4)].create_fn;
        size_t dot = spelling.find('.');
        if(dot == std::string::npos) return find_module_function(M, spelling.c_str());
        std::string owner = spelling.substr(0, dot), verb = spelling.substr(dot + 1);
        uint16_t c = find_class(M, owner.c_str());
        if(c != NONE) return find_function(M, M.classes[c].first_method, M.classes[c].method_count, verb.c_str());
        uint16_t s = find_struct(M, owner.c_str());
        if(s != NONE) return find_function(M, M.structs[s].first_method, M.structs[s].method_count, verb.c_str());
        return NONE;
    }

    Word operator()(const std::string & spelling, std::vector<Word> args = {}, void * struct_result = nullptr)
    {
        uint16_t fn = find(spelling);
        EXPECT_NE(fn, NONE) << spelling;
        Word r;
        r.u64 = 0xDEADBEEFDEADBEEFull;
        if(fn == NONE) return r;
        EXPECT_EQ(arg_count(M, M.functions[fn].sig), args.size()) << spelling;
        if(struct_result) r.p = struct_result;
        called.insert(fn);
        call(M, fn, args.data(), &r);
        return r;
    }
};

} // namespace

TEST(ToyCall, EveryFunctionThroughTheTables)
{
    Toy toy;
    toy("init");
    tl_obj_t * scr = static_cast<tl_obj_t *>(toy("screen_active").p);
    ASSERT_NE(scr, nullptr);
    EXPECT_EQ(scr, tl_screen_active());

    // obj methods
    tl_obj_t * o = static_cast<tl_obj_t *>(toy("new obj", {wp(scr)}).p);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(toy("obj.get_parent", {wp(o)}).p, scr);
    EXPECT_EQ(toy("obj.get_screen", {wp(o)}).p, scr);
    toy("obj.set_left", {wp(o), wi(17)});  // alias macro of set_x
    EXPECT_EQ(toy("obj.get_x", {wp(o)}).i32, 17);
    toy("obj.set_x", {wp(o), wi(-42)});
    EXPECT_EQ(toy("obj.get_x", {wp(o)}).i32, -42);
    toy("obj.add_flag", {wp(o), wi(TL_OBJ_FLAG_HIDDEN)});
    EXPECT_EQ(toy("obj.has_flag", {wp(o), wi(TL_OBJ_FLAG_HIDDEN)}).i32, 1);
    EXPECT_EQ(toy("obj.has_flag", {wp(o), wi(TL_OBJ_FLAG_CLICKABLE)}).i32, 0);
    toy("obj.align", {wp(o), wi(TL_ALIGN_BOTTOM_RIGHT), wi(7), wi(9)});
    EXPECT_EQ(toy("obj.get_align", {wp(o)}).i32, TL_ALIGN_BOTTOM_RIGHT);
    EXPECT_EQ(toy("obj.get_x", {wp(o)}).i32, 7);
    toy("obj.set_opa", {wp(o), wi(200)});
    EXPECT_EQ(toy("obj.get_opa", {wp(o)}).u32, 200u);
    tl_rect_t area;
    toy("obj.get_area", {wp(o), wp(&area)});
    EXPECT_EQ(area.a.x, 7);
    EXPECT_EQ(area.b.x, 106);
    EXPECT_EQ(toy("obj.get_class", {wp(o)}).cp, &tl_obj_class);
    EXPECT_EQ(toy("obj.send_event", {wp(o), wi(1)}).i32, 0);
    EXPECT_EQ(toy("obj.remove_event_cb_with_user_data", {wp(o), wp(nullptr), wp(nullptr)}).u32, 0u);

    // gauge: small ints, enums, strings, int arrays, int64
    tl_obj_t * g = static_cast<tl_obj_t *>(toy("new gauge", {wp(o)}).p);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(tl_obj_get_class(g), &tl_gauge_class);
    toy("gauge.set_value", {wp(g), wi(-300)});
    EXPECT_EQ(toy("gauge.get_value", {wp(g)}).i32, -300);
    toy("gauge.set_value", {wp(g), wi(5000)});
    EXPECT_EQ(toy("gauge.get_value", {wp(g)}).i32, 1000);
    toy("gauge.set_mode", {wp(g), wi(TL_GAUGE_MODE_2D)});
    EXPECT_EQ(toy("gauge.get_mode", {wp(g)}).i32, TL_GAUGE_MODE_2D);
    toy("gauge.set_title", {wp(g), wp("Speed")});
    EXPECT_STREQ(toy("gauge.get_title", {wp(g)}).s, "Speed");
    int32_t ticks[] = {1000000000, 1000000000, 1000000000, -5};
    toy("gauge.set_ticks", {wp(g), wp(ticks), wi(4)});
    EXPECT_EQ(toy("gauge.get_tick_sum", {wp(g)}).i64, 2999999995ll);

    // a constructor with more than the parent
    tl_obj_t * tab = static_cast<tl_obj_t *>(toy("new tab", {wp(o), wp("Home")}).p);
    ASSERT_NE(tab, nullptr);
    EXPECT_STREQ(tl_gauge_get_title(tab), "Home");
    EXPECT_EQ(tl_obj_get_parent(tab), o);
    tl_obj_delete(tab);

    // struct methods
    tl_point_t p = {0, 0};
    toy("point_t.set", {wp(&p), wi(-3), wi(4)});
    EXPECT_EQ(p.x, -3);
    EXPECT_EQ(p.y, 4);
    EXPECT_EQ(toy("point_t.length", {wp(&p)}).u32, 7u);
    tl_rect_t r = {{1, 2}, {10, 20}};
    EXPECT_EQ(toy("rect_t.get_width", {wp(&r)}).i32, 10);
    toy("rect_t.move", {wp(&r), wi(5), wi(-2)});
    EXPECT_EQ(r.a.x, 6);
    EXPECT_EQ(r.b.y, 18);
    tl_path_t path;
    memset(&path, 0, sizeof path);
    path.count = 3;
    path.pts[0].x = 1;
    path.pts[1].x = 20;
    path.pts[2].x = 300;
    path.pts[3].x = 4000;
    EXPECT_EQ(toy("path_t.sum_x", {wp(&path)}).i32, 321);

    // structs by value, in and out
    tl_point_t made;
    toy("point_make", {wi(11), wi(-12)}, &made);
    EXPECT_EQ(made.x, 11);
    EXPECT_EQ(made.y, -12);
    tl_color_t c;
    toy("color_hex", {wi(0x123456)}, &c);
    EXPECT_EQ(c.red, 0x12);
    EXPECT_EQ(c.green, 0x34);
    EXPECT_EQ(c.blue, 0x56);
    EXPECT_EQ(toy("color_to_u32", {wp(&c)}).u32, 0x123456u);
    EXPECT_EQ(toy("color_t.to_u32", {wp(&c)}).u32, 0x123456u);  // by-value self: a method too
    tl_color_t white = tl_color_hex(0xFFFFFF), mixed;
    tl_color_t black = tl_color_hex(0);
    toy("color_mix", {wp(&white), wp(&black)}, &mixed);
    EXPECT_EQ(tl_color_to_u32(mixed), 0x7F7F7Fu);
    toy("color_t.mix", {wp(&black), wp(&white)}, &mixed);
    EXPECT_EQ(tl_color_to_u32(mixed), 0x7F7F7Fu);
    tl_point_t a = {5, -1}, b = {-2, 8};
    tl_rect_t box;
    toy("rect_from_points", {wp(&a), wp(&b)}, &box);
    EXPECT_EQ(box.a.x, -2);
    EXPECT_EQ(box.a.y, -1);
    EXPECT_EQ(box.b.x, 5);
    EXPECT_EQ(box.b.y, 8);

    // floating point and mixed integer widths
    EXPECT_FLOAT_EQ(toy("scale_f", {wf(1.5f), wf(-4.0f)}).f32, -6.0f);
    EXPECT_DOUBLE_EQ(toy("mix_d", {wd(10.0), wd(20.0), wd(0.25)}).f64, 12.5);
    EXPECT_DOUBLE_EQ(toy("mixed", {wi(-8), wf(0.5f), wi(10000000000ll), wd(0.25), wi(65535)}).f64,
                     -8 + 0.5 + 10000000000.0 + 0.25 + 65535);
    EXPECT_EQ(toy("add_u64", {wi(0x7FFFFFFFFFFFFFFFll), wi(1)}).u64, 0x8000000000000000ull);
    EXPECT_EQ(toy("neg_i8", {wi(100)}).i32, -100);
    EXPECT_EQ(toy("inc_u8", {wi(255)}).i32, 0);
    EXPECT_EQ(toy("inc_u8", {wi(7)}).i32, 8);
    EXPECT_EQ(toy("dec_u16", {wi(0)}).i32, 65535);
    EXPECT_EQ(toy("is_odd", {wi(7)}).i32, 1);
    EXPECT_EQ(toy("is_odd", {wi(8)}).i32, 0);
    EXPECT_EQ(toy("strlen", {wp("hello")}).u64 & 0xFFFFFFFF, 5u);
    EXPECT_EQ(toy("strlen", {wp(nullptr)}).u64 & 0xFFFFFFFF, 0u);
    char buf[8];
    EXPECT_EQ(toy("get_name", {wp(buf), wi(sizeof buf)}).u32, 3u);
    EXPECT_STREQ(buf, "toy");
    EXPECT_EQ(toy("max", {wi(-5), wi(-9)}).i32, -5);
    int32_t values[] = {1, 2, 3, 4};
    EXPECT_EQ(toy("sum", {wp(values), wi(4)}).i32, 10);
    const char * strs[] = {"a", "b", "c", nullptr};
    EXPECT_EQ(toy("count_strings", {wp(strs)}).u32, 3u);

    // screens and deletion
    tl_obj_t * scr2 = static_cast<tl_obj_t *>(toy("new obj", {wp(nullptr)}).p);
    toy("screen_load", {wp(scr2)});
    EXPECT_EQ(toy("screen_active").p, scr2);
    EXPECT_EQ(toy("obj.get_child_count", {wp(o)}).u32, 1u);  // the gauge
    toy("obj.clean", {wp(o)});
    EXPECT_EQ(toy("obj.get_child_count", {wp(o)}).u32, 0u);
    toy("obj.delete", {wp(o)});
    toy("obj.delete", {wp(scr2)});
    toy("obj.delete", {wp(scr)});

    // the callback registrations and struct initialisers are called by ToyCallback below;
    // every other function must have been called here
    std::set<std::string> elsewhere = {"add_event_cb", "get_code", "get_target", "get_user_data", "init", "run",
                                       "set_cb", "visit", "register_print_cb", "print", "clock_set_cb",
                                       "clock_get"};
    for(uint16_t fn = 0; fn < M.function_count; fn++) {
        std::string name = nm(M.functions[fn].name);
        if(!toy.called.count(fn) && !elsewhere.count(name)) ADD_FAILURE() << "not called: " << name;
    }
}

// ---- callbacks -----------------------------------------------------------------------

namespace {

struct Seen {
    std::vector<uint16_t> cbs;
    std::vector<std::vector<Word>> args;
    int32_t reply = 0;
} seen;

void record(const Module & m, uint16_t cb, const Word * args, Word * result)
{
    EXPECT_EQ(&m, &M);
    uint8_t n = arg_count(m, m.callbacks[cb].sig);
    seen.cbs.push_back(cb);
    seen.args.emplace_back(args, args + n);
    result->i32 = seen.reply + (n ? args[0].i32 : 0);
}

uint16_t callback(const char * name)
{
    for(uint16_t i = 0; i < M.callback_count; i++)
        if(nm(M.callbacks[i].name) == name) return i;
    return NONE;
}

/** A handler that asks the event for its user_data, code and target, as the runtime will. */
struct Probe {
    static void handler(const Module & m, uint16_t, const Word * args, Word *)
    {
        const Struct & s = m.structs[find_struct(m, "event_t")];
        Word r;
        call(m, s.user_data_get, args, &r);
        ud.push_back(r.p);
        Word code;
        call(m, find_function(m, s.first_method, s.method_count, "get_code"), args, &code);
        codes.push_back(code.i32);
        Word target;
        call(m, find_function(m, s.first_method, s.method_count, "get_target"), args, &target);
        targets.push_back(target.p);
    }
    static std::vector<void *> ud;
    static std::vector<int32_t> codes;
    static std::vector<void *> targets;
};
std::vector<void *> Probe::ud;
std::vector<int32_t> Probe::codes;
std::vector<void *> Probe::targets;

class ToyCallback : public ::testing::Test {
protected:
    void SetUp() override
    {
        seen = Seen();
        set_callback_handler(record);
    }
    void TearDown() override { set_callback_handler(nullptr); }
    Toy toy;
};

} // namespace

TEST_F(ToyCallback, Convention1StructPassedFirst)
{
    uint16_t cb = callback("ticker_cb_t");
    ASSERT_NE(cb, NONE);
    EXPECT_EQ(M.callbacks[cb].user_data_arg, 0xFF);  // user_data is in the ticker
    tl_ticker_t ticker;
    toy("ticker_t.init", {wp(&ticker)});
    toy("ticker_t.set_cb", {wp(&ticker), wp(reinterpret_cast<const void *>(M.trampolines[cb]))});
    // the runtime keeps its callable holder in the ticker's user_data field
    const Struct & st = M.structs[find_struct(M, "ticker_t")];
    ASSERT_NE(st.user_data_field, NONE);
    int holder = 0;
    void * ud = &holder;
    memcpy(reinterpret_cast<uint8_t *>(&ticker) + M.fields[st.user_data_field].offset, &ud, sizeof ud);
    toy("ticker_t.run", {wp(&ticker), wi(3)});
    ASSERT_EQ(seen.cbs.size(), 3u);
    EXPECT_EQ(seen.cbs[0], cb);
    EXPECT_EQ(seen.args[2][0].p, &ticker);
    EXPECT_EQ(ticker.user_data, &holder);
    EXPECT_EQ(ticker.count, 3u);
}

TEST_F(ToyCallback, GlobalCallbacksReachTheHandler)
{
    uint16_t print = callback("print_g_cb_t");
    uint16_t clock = callback("clock_cb_t");
    ASSERT_NE(print, NONE);
    ASSERT_NE(clock, NONE);
    toy("register_print_cb", {wp(reinterpret_cast<const void *>(M.trampolines[print]))});
    toy("print", {wi(3), wp("hi")});
    ASSERT_EQ(seen.cbs.size(), 1u);
    EXPECT_EQ(seen.cbs[0], print);
    EXPECT_EQ(seen.args[0][0].i32, 3);
    EXPECT_STREQ(static_cast<const char *>(seen.args[0][1].p), "hi");
    toy("register_print_cb", {wp(nullptr)});
    toy("print", {wi(4), wp("not seen")});
    EXPECT_EQ(seen.cbs.size(), 1u);

    seen.reply = 1234;
    toy("clock_set_cb", {wp(reinterpret_cast<const void *>(M.trampolines[clock]))});
    EXPECT_EQ(toy("clock_get").u32, 1234u);
    EXPECT_EQ(seen.cbs.back(), clock);
    toy("clock_set_cb", {wp(nullptr)});
    EXPECT_EQ(toy("clock_get").u32, 0u);
}

TEST_F(ToyCallback, Convention2UserDataLast)
{
    uint16_t cb = callback("visit_cb_t");
    ASSERT_NE(cb, NONE);
    EXPECT_EQ(M.callbacks[cb].user_data_arg, 1);
    int holder = 0;
    seen.reply = 100;
    Word r = toy("visit", {wi(4), wp(reinterpret_cast<const void *>(M.trampolines[cb])), wp(&holder)});
    EXPECT_EQ(r.i32, 100 * 4 + 0 + 1 + 2 + 3);  // the handler's results reach the C caller
    ASSERT_EQ(seen.args.size(), 4u);
    EXPECT_EQ(seen.args[3][0].i32, 3);
    EXPECT_EQ(seen.args[3][1].p, &holder);
}

TEST_F(ToyCallback, Convention3CallbackFieldAndUserDataField)
{
    uint16_t cb = callback("anim_exec_cb_t");
    ASSERT_NE(cb, NONE);
    const Struct & st = M.structs[find_struct(M, "anim_t")];
    const Field * exec = nullptr;
    for(uint16_t i = 0; i < st.field_count; i++)
        if(nm(M.fields[st.first_field + i].name) == "exec_cb") exec = &M.fields[st.first_field + i];
    ASSERT_TRUE(exec);
    SigReader ft{M.sigs + exec->type};
    ASSERT_EQ(ft.code(), T_CALLBACK);
    EXPECT_EQ(ft.index(), cb);
    tl_anim_t anim;
    toy("anim_t.init", {wp(&anim)});
    anim.start = -7;
    anim.end = 70;
    AnyFn t = M.trampolines[cb];
    memcpy(reinterpret_cast<uint8_t *>(&anim) + exec->offset, &t, sizeof t);
    toy("anim_t.run", {wp(&anim)});
    ASSERT_EQ(seen.args.size(), 2u);
    EXPECT_EQ(seen.args[0][0].p, &anim);
    EXPECT_EQ(seen.args[0][1].i32, -7);
    EXPECT_EQ(seen.args[1][1].i32, 70);
}

TEST_F(ToyCallback, EventsWithUserDataFromAGetter)
{
    uint16_t cb = callback("event_cb_t");
    ASSERT_NE(cb, NONE);
    EXPECT_EQ(M.callbacks[cb].user_data_arg, 0xFF);
    toy("init");
    tl_obj_t * o = tl_obj_create(nullptr);
    int h1 = 0, h2 = 0;
    const void * tramp = reinterpret_cast<const void *>(M.trampolines[cb]);
    toy("obj.add_event_cb", {wp(o), wp(tramp), wi(TL_EVENT_ALL), wp(&h1)});
    toy("obj.add_event_cb", {wp(o), wp(tramp), wi(TL_EVENT_ALL), wp(&h2)});
    EXPECT_EQ(toy("obj.send_event", {wp(o), wi(5)}).i32, 2);
    ASSERT_EQ(seen.args.size(), 2u);
    // the runtime finds each registration's holder through event_t's user_data getter
    const Struct & ev = M.structs[find_struct(M, "event_t")];
    ASSERT_NE(ev.user_data_get, NONE);
    // inside a callback the runtime reaches the registration's holder through the getter
    set_callback_handler(Probe::handler);
    toy("obj.send_event", {wp(o), wi(9)});
    ASSERT_EQ(Probe::ud.size(), 2u);
    EXPECT_EQ(Probe::ud[0], &h1);
    EXPECT_EQ(Probe::ud[1], &h2);
    EXPECT_EQ(Probe::codes[1], 9);
    EXPECT_EQ(Probe::targets[0], o);
    tl_obj_delete(o);
}
