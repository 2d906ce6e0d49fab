// Objects: tree, flags, states, deletion, class model.
#include "lv_fixture.h"

using ObjTest = LvTest;

TEST_F(ObjTest, TreeOperations)
{
    lv_obj_t * p = lv_obj_create(scr);
    lv_obj_t * a = lv_obj_create(p);
    lv_obj_t * b = lv_button_create(p);
    lv_obj_t * c = lv_label_create(p);
    EXPECT_EQ(lv_obj_get_child_count(p), 3u);
    EXPECT_EQ(lv_obj_get_child(p, 0), a);
    EXPECT_EQ(lv_obj_get_child(p, -1), c);
    EXPECT_EQ(lv_obj_get_child(p, 3), nullptr);
    EXPECT_EQ(lv_obj_get_index(b), 1);
    EXPECT_EQ(lv_obj_get_child_by_type(p, 0, &lv_label_class), c);
    EXPECT_EQ(lv_obj_get_sibling(a, 1), b);
    EXPECT_EQ(lv_obj_get_screen(c), scr);
    EXPECT_EQ(lv_obj_get_display(c), disp);

    lv_obj_move_to_index(c, 0);
    EXPECT_EQ(lv_obj_get_child(p, 0), c);
    lv_obj_move_foreground(c);
    EXPECT_EQ(lv_obj_get_child(p, -1), c);

    lv_obj_t * q = lv_obj_create(scr);
    lv_obj_set_parent(b, q);
    EXPECT_EQ(lv_obj_get_parent(b), q);
    EXPECT_EQ(lv_obj_get_child_count(p), 2u);

    lv_obj_clean(p);
    EXPECT_EQ(lv_obj_get_child_count(p), 0u);
    EXPECT_TRUE(lv_obj_is_valid(b));
    lv_obj_delete(q);
    EXPECT_FALSE(lv_obj_is_valid(b));
}

TEST_F(ObjTest, ClassChainAndTypes)
{
    lv_obj_t * b = lv_button_create(scr);
    EXPECT_TRUE(lv_obj_check_type(b, &lv_button_class));
    EXPECT_FALSE(lv_obj_check_type(b, &lv_obj_class));
    EXPECT_TRUE(lv_obj_has_class(b, &lv_obj_class));
    EXPECT_TRUE(lv_obj_is_group_def(b));
    EXPECT_FALSE(lv_obj_has_flag(b, LV_OBJ_FLAG_SCROLLABLE));
    lv_obj_t * l = lv_label_create(scr);
    EXPECT_FALSE(lv_obj_has_flag(l, LV_OBJ_FLAG_CLICKABLE));
    EXPECT_STREQ(lv_label_get_text(l), "Text");
}

TEST_F(ObjTest, FlagsAndStates)
{
    lv_obj_t * o = lv_obj_create(scr);
    EXPECT_TRUE(lv_obj_has_flag(o, LV_OBJ_FLAG_CLICKABLE));
    lv_obj_add_flag(o, LV_OBJ_FLAG_HIDDEN);
    EXPECT_TRUE(lv_obj_has_flag(o, LV_OBJ_FLAG_HIDDEN));
    EXPECT_FALSE(lv_obj_is_visible(o));
    lv_obj_set_flag(o, LV_OBJ_FLAG_HIDDEN, false);
    EXPECT_FALSE(lv_obj_has_flag(o, LV_OBJ_FLAG_HIDDEN));
    lv_obj_add_state(o, LV_STATE_CHECKED | LV_STATE_DISABLED);
    EXPECT_TRUE(lv_obj_has_state(o, LV_STATE_CHECKED));
    lv_obj_remove_state(o, LV_STATE_CHECKED);
    EXPECT_EQ(lv_obj_get_state(o), LV_STATE_DISABLED);
}

TEST_F(ObjTest, DeleteSendsEventsChildrenFirst)
{
    static std::vector<std::string> order;
    order.clear();
    lv_obj_t * p = lv_obj_create(scr);
    lv_obj_t * c = lv_obj_create(p);
    lv_obj_add_event_cb(p, [](lv_event_t *) { order.push_back("parent"); }, LV_EVENT_DELETE, nullptr);
    lv_obj_add_event_cb(c, [](lv_event_t *) { order.push_back("child"); }, LV_EVENT_DELETE, nullptr);
    lv_obj_delete(p);
    ASSERT_EQ(order.size(), 2u);
    EXPECT_EQ(order[0], "parent");
    EXPECT_EQ(order[1], "child");
}

TEST_F(ObjTest, DeleteInsideOwnEventCallback)
{
    lv_obj_t * o = lv_button_create(scr);
    lv_obj_add_event_cb(o, [](lv_event_t * e) { lv_obj_delete(lv_event_get_target_obj(e)); }, LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(lv_obj_send_event(o, LV_EVENT_CLICKED, nullptr), LV_RESULT_INVALID);
    EXPECT_FALSE(lv_obj_is_valid(o));
}

TEST_F(ObjTest, DeleteAsyncHappensOnTheNextHandler)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_delete_async(o);
    EXPECT_TRUE(lv_obj_is_valid(o));
    lv_timer_handler();
    EXPECT_FALSE(lv_obj_is_valid(o));
}

TEST_F(ObjTest, ScreensAndLayers)
{
    lv_obj_t * s2 = lv_obj_create(nullptr);
    EXPECT_EQ(lv_obj_get_parent(s2), nullptr);
    EXPECT_EQ(lv_obj_get_width(s2), 320);
    lv_screen_load(s2);
    EXPECT_EQ(lv_screen_active(), s2);
    EXPECT_NE(lv_layer_top(), nullptr);
    EXPECT_NE(lv_layer_sys(), nullptr);
    EXPECT_FALSE(lv_obj_has_flag(lv_layer_top(), LV_OBJ_FLAG_CLICKABLE));
}

TEST_F(ObjTest, ScreenLoadAnimationFinishes)
{
    lv_obj_t * old = scr;
    lv_obj_t * s2 = lv_obj_create(nullptr);
    lv_screen_load_anim(s2, LV_SCR_LOAD_ANIM_MOVE_LEFT, 200, 0, true);
    run_ms(100);
    EXPECT_EQ(lv_screen_active(), s2);
    EXPECT_LT(lv_obj_get_x(s2), 320);
    EXPECT_GT(lv_obj_get_x(s2), 0);
    run_ms(300);
    EXPECT_EQ(lv_obj_get_x(s2), 0);
    EXPECT_FALSE(lv_obj_is_valid(old)); /* auto delete */
}

TEST_F(ObjTest, PlainObjectIsSmall)
{
    /* an LVGL 9 base object is on the order of 100 bytes */
    EXPECT_LE(lv_obj_class.instance_size, 100u);
}

namespace {
size_t g_live_bytes = 0;
void * counting_alloc(size_t s)
{
    size_t * p = static_cast<size_t *>(malloc(s + sizeof(size_t) * 2));
    if(!p) return nullptr;
    p[0] = s;
    g_live_bytes += s;
    return p + 2;
}
void counting_free(void * q)
{
    if(!q) return;
    size_t * p = static_cast<size_t *>(q) - 2;
    g_live_bytes -= p[0];
    free(p);
}
void * counting_realloc(void * q, size_t s)
{
    if(!q) return counting_alloc(s);
    size_t * p = static_cast<size_t *>(q) - 2;
    size_t old = p[0];
    size_t * n = static_cast<size_t *>(realloc(p, s + sizeof(size_t) * 2));
    if(!n) return nullptr;
    n[0] = s;
    g_live_bytes = g_live_bytes - old + s;
    return n + 2;
}
} // namespace

/* Heap bytes per object with the default theme (reported in the engine's notes; bounded here
 * so a regression shows). */
TEST(ObjMemory, HeapBytesPerObject)
{
    lv_mem_allocator_t a = {counting_alloc, counting_realloc, counting_free, nullptr};
    lv_mem_set_allocator(&a);
    lv_init();
    std::vector<uint8_t> fb(320 * 240 * 4);
    lv_display_t * d = lv_display_create(320, 240);
    lv_display_set_buffers(d, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_obj_t * parent = lv_obj_create(lv_screen_active());
    lv_obj_t * first = lv_obj_create(parent); /* the parent's child array exists from here on */

    size_t before = g_live_bytes;
    lv_obj_t * o = lv_obj_create(parent);
    size_t obj_bytes = g_live_bytes - before;

    before = g_live_bytes;
    lv_obj_t * btn = lv_button_create(parent);
    lv_obj_t * lbl = lv_label_create(btn);
    lv_label_set_text(lbl, "Button");
    size_t btn_bytes = g_live_bytes - before;

    std::printf("heap: obj %zu bytes, button with label %zu bytes\n", obj_bytes, btn_bytes);
    EXPECT_GT(obj_bytes, 0u);
    EXPECT_LE(obj_bytes, 200u);
    EXPECT_LE(btn_bytes, 600u);
    (void)o;
    (void)first;
    lv_deinit();
    EXPECT_EQ(g_live_bytes, 0u); /* everything is freed */
    lv_mem_set_allocator(nullptr);
}
