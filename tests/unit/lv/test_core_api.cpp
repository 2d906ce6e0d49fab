// LVGL 9.3 core functions beyond the widgets: object ids, the object tree dump, pointers
// nulled on delete, transform matrices, display extras and vsync, event getters, logging,
// the OS layer without an OS, memory core functions, small utilities.
#include "lv_fixture.h"

#include <cstring>
#include <string>

namespace {

std::vector<std::pair<lv_log_level_t, std::string>> g_log;

void capture_log(lv_log_level_t level, const char * buf) { g_log.emplace_back(level, buf); }

std::vector<lv_area_t> g_flushed;

void record_flush(lv_display_t * d, const lv_area_t * a, uint8_t *)
{
    g_flushed.push_back(*a);
    lv_display_flush_ready(d);
}

bool flushed_covers(int32_t x, int32_t y)
{
    for(const lv_area_t & a : g_flushed) {
        if(x >= a.x1 && x <= a.x2 && y >= a.y1 && y <= a.y2) return true;
    }
    return false;
}

void * id_of(uintptr_t v) { return reinterpret_cast<void *>(v); }

} // namespace

using CoreApi = LvTest;

TEST_F(CoreApi, BuiltinIdsCountPerClass)
{
    lv_obj_t * a = lv_obj_create(scr);
    lv_obj_t * b = lv_button_create(a);
    lv_obj_t * c = lv_button_create(scr);
    EXPECT_EQ(lv_obj_get_id(a), nullptr); /* not assigned automatically */
    lv_obj_assign_id(lv_obj_get_class(a), a);
    lv_obj_assign_id(lv_obj_get_class(b), b);
    lv_obj_assign_id(lv_obj_get_class(c), c);
    EXPECT_EQ(lv_obj_get_id(a), id_of(1));
    EXPECT_EQ(lv_obj_get_id(b), id_of(1));
    EXPECT_EQ(lv_obj_get_id(c), id_of(2));
    lv_obj_assign_id(lv_obj_get_class(c), c); /* keeps the id it has */
    EXPECT_EQ(lv_obj_get_id(c), id_of(2));
    EXPECT_EQ(lv_obj_find_by_id(scr, id_of(2)), c);
    EXPECT_EQ(lv_obj_find_by_id(nullptr, id_of(2)), c); /* NULL: the active screen */
    EXPECT_EQ(lv_obj_find_by_id(a, id_of(2)), nullptr);
    EXPECT_EQ(lv_obj_id_compare(id_of(3), id_of(3)), 0);
    EXPECT_NE(lv_obj_id_compare(id_of(3), id_of(4)), 0);

    lv_obj_set_id(b, id_of(77));
    EXPECT_EQ(lv_obj_find_by_id(scr, id_of(77)), b);
    lv_obj_free_id(b);
    EXPECT_EQ(lv_obj_get_id(b), nullptr);
    lv_obj_delete(c);
    EXPECT_EQ(lv_obj_find_by_id(scr, id_of(2)), nullptr);
    lv_objid_builtin_destroy();
    lv_obj_t * d = lv_button_create(scr);
    lv_obj_assign_id(lv_obj_get_class(d), d);
    EXPECT_EQ(lv_obj_get_id(d), id_of(1)); /* counters start again */
}

TEST_F(CoreApi, DumpTreeLogsEveryObject)
{
    g_log.clear();
    lv_log_register_print_cb(capture_log);
    lv_obj_t * a = lv_obj_create(scr);
    lv_obj_t * b = lv_label_create(a);
    lv_obj_set_id(b, id_of(5));
    lv_obj_dump_tree(a);
    ASSERT_EQ(g_log.size(), 2u);
    EXPECT_EQ(g_log[0].first, LV_LOG_LEVEL_USER);
    EXPECT_NE(g_log[0].second.find("id:obj0;"), std::string::npos) << g_log[0].second;
    EXPECT_NE(g_log[1].second.find(":   obj:"), std::string::npos) << g_log[1].second; /* indented */
    EXPECT_NE(g_log[1].second.find("id:label5;"), std::string::npos) << g_log[1].second;
    g_log.clear();
    lv_obj_dump_tree(nullptr); /* every screen: the active one and the three layers */
    EXPECT_EQ(g_log.size(), 2u + 4u);
    lv_log_register_print_cb(nullptr);
}

TEST_F(CoreApi, NullOnDelete)
{
    lv_obj_t * a = lv_obj_create(scr);
    lv_obj_t * watch = a;
    lv_obj_null_on_delete(&watch);
    lv_obj_delete(a);
    EXPECT_EQ(watch, nullptr);
    lv_obj_t * none = nullptr;
    lv_obj_null_on_delete(&none); /* nothing to watch */
    lv_obj_null_on_delete(nullptr);
}

TEST_F(CoreApi, TransformInvalidatesOldAndNewPlace)
{
    lv_display_set_flush_cb(disp, record_flush);
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_pos(o, 10, 10);
    lv_obj_set_size(o, 20, 20);
    lv_refr_now(disp);
    g_flushed.clear();
    lv_matrix_t m;
    lv_matrix_identity(&m);
    lv_matrix_translate(&m, 200, 150);
    lv_obj_set_transform(o, &m);
    lv_refr_now(disp);
    EXPECT_TRUE(flushed_covers(15, 15));   /* where it was */
    EXPECT_TRUE(flushed_covers(215, 165)); /* where it is now */
    EXPECT_FALSE(flushed_covers(100, 100));
    g_flushed.clear();
    lv_obj_reset_transform(o);
    lv_refr_now(disp);
    EXPECT_TRUE(flushed_covers(215, 165));
    EXPECT_EQ(lv_obj_get_transform(o), nullptr);

    /* the copy is the object's: changing the caller's matrix changes nothing */
    lv_obj_set_transform(o, &m);
    lv_matrix_identity(&m);
    lv_point_precise_t p = {0, 0};
    EXPECT_EQ(lv_matrix_transform_precise_point(lv_obj_get_transform(o), &p).x, 200);
    lv_obj_delete(o); /* frees the matrix (ASan) */
}

TEST_F(CoreApi, MatrixDecompositionDrawsRotationAndScale)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_matrix_t m;
    lv_matrix_identity(&m);
    lv_matrix_translate(&m, 5, -3);
    lv_matrix_rotate(&m, 30);
    lv_matrix_scale(&m, 2, 0.5f);
    lv_obj_set_transform(o, &m);
    lv_obj_set_pos(o, 0, 0);
    lv_obj_update_layout(o);
    /* the local point (10, 0) goes to (5, -3) + rotate30(20, 0) */
    lv_point_t p = {10, 0};
    lv_obj_transform_point(o, &p, LV_OBJ_POINT_TRANSFORM_FLAG_NONE);
    EXPECT_NEAR(p.x, 5 + 17, 1);
    EXPECT_NEAR(p.y, -3 + 10, 1);
    lv_obj_transform_point(o, &p, LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE);
    EXPECT_NEAR(p.x, 10, 1);
    EXPECT_NEAR(p.y, 0, 1);
}

TEST_F(CoreApi, DisplayExtras)
{
    EXPECT_EQ(lv_display_dpx(disp, 160), LV_DPI_DEF);
    EXPECT_EQ(lv_display_dpx(nullptr, 0), 0);
    EXPECT_EQ(lv_display_get_tile_cnt(disp), 1u);
    lv_display_set_tile_cnt(disp, 4);
    lv_display_set_tile_cnt(disp, 0); /* refused */
    EXPECT_EQ(lv_display_get_tile_cnt(disp), 4u);
    EXPECT_FALSE(lv_display_get_matrix_rotation(disp));
    lv_display_set_matrix_rotation(disp, true);
    EXPECT_TRUE(lv_display_get_matrix_rotation(nullptr));

    lv_display_set_rotation(disp, LV_DISPLAY_ROTATION_90);
    EXPECT_EQ(lv_display_get_horizontal_resolution(disp), 240);
    EXPECT_EQ(lv_display_get_original_horizontal_resolution(disp), 320);
    EXPECT_EQ(lv_display_get_original_vertical_resolution(disp), 240);
    lv_area_t a = {0, 0, 9, 4}; /* 10 x 5 at the rotated top-left */
    lv_display_rotate_area(disp, &a);
    EXPECT_EQ(a.x1, 0);
    EXPECT_EQ(a.x2, 4);
    EXPECT_EQ(a.y1, 230);
    EXPECT_EQ(a.y2, 239);
    lv_display_set_rotation(disp, LV_DISPLAY_ROTATION_180);
    lv_area_t b = {0, 0, 9, 4};
    lv_display_rotate_area(disp, &b);
    EXPECT_EQ(b.x1, 310);
    EXPECT_EQ(b.y2, 239);
    lv_display_set_rotation(disp, LV_DISPLAY_ROTATION_270);
    lv_area_t c = {0, 0, 9, 4};
    lv_display_rotate_area(disp, &c);
    EXPECT_EQ(c.x1, 315);
    EXPECT_EQ(c.x2, 319);
    EXPECT_EQ(c.y1, 0);
    EXPECT_EQ(c.y2, 9);
}

namespace {

struct vsync_log_t {
    int requests_on = 0;
    int requests_off = 0;
    int vsyncs = 0;
    void * last_param = nullptr;
};

void on_request(lv_event_t * e)
{
    auto * log = static_cast<vsync_log_t *>(lv_event_get_user_data(e));
    (lv_event_get_param(e) ? log->requests_on : log->requests_off)++;
}

void on_vsync(lv_event_t * e)
{
    auto * log = static_cast<vsync_log_t *>(lv_event_get_user_data(e));
    log->vsyncs++;
    log->last_param = lv_event_get_param(e);
}

} // namespace

TEST_F(CoreApi, VsyncEvents)
{
    vsync_log_t log;
    lv_display_add_event_cb(disp, on_request, LV_EVENT_VSYNC_REQUEST, &log);
    EXPECT_EQ(lv_display_send_vsync_event(disp, nullptr), LV_RESULT_INVALID); /* nobody listens */
    EXPECT_TRUE(lv_display_register_vsync_event(disp, on_vsync, &log));
    EXPECT_TRUE(lv_display_register_vsync_event(disp, on_vsync, &log));
    EXPECT_EQ(log.requests_on, 1); /* only the first registration asks */
    int param = 0;
    EXPECT_EQ(lv_display_send_vsync_event(disp, &param), LV_RESULT_OK);
    EXPECT_EQ(log.vsyncs, 2);
    EXPECT_EQ(log.last_param, &param);
    lv_event_dsc_t * dsc = lv_display_get_event_dsc(disp, 1);
    ASSERT_NE(dsc, nullptr);
    EXPECT_EQ(lv_event_dsc_get_cb(dsc), on_vsync);
    EXPECT_EQ(lv_display_get_event_dsc(disp, 10), nullptr);
    EXPECT_TRUE(lv_display_unregister_vsync_event(disp, on_vsync, &log));
    EXPECT_EQ(log.requests_off, 0);
    EXPECT_TRUE(lv_display_unregister_vsync_event(disp, on_vsync, &log));
    EXPECT_EQ(log.requests_off, 1);
    EXPECT_FALSE(lv_display_unregister_vsync_event(disp, on_vsync, &log));
}

TEST_F(CoreApi, EventGettersCheckTheCode)
{
    static int32_t diff_seen;
    static lv_anim_t * anim_seen;
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_add_event_cb(o, [](lv_event_t * e) { diff_seen = lv_event_get_rotary_diff(e); }, LV_EVENT_ROTARY, nullptr);
    lv_obj_add_event_cb(o, [](lv_event_t * e) { anim_seen = lv_event_get_scroll_anim(e); }, LV_EVENT_SCROLL_BEGIN,
                        nullptr);
    int32_t diff = -3;
    lv_obj_send_event(o, LV_EVENT_ROTARY, &diff);
    EXPECT_EQ(diff_seen, -3);
    lv_anim_t a;
    lv_anim_init(&a);
    lv_obj_send_event(o, LV_EVENT_SCROLL_BEGIN, &a);
    EXPECT_EQ(anim_seen, &a);
    lv_obj_add_event_cb(o, [](lv_event_t * e) {
        diff_seen = lv_event_get_rotary_diff(e);
        anim_seen = lv_event_get_scroll_anim(e);
    }, LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(o, LV_EVENT_CLICKED, &diff);
    EXPECT_EQ(diff_seen, 0);
    EXPECT_EQ(anim_seen, nullptr);
}

TEST_F(CoreApi, LogFormatLevelsAndRawLog)
{
    g_log.clear();
    lv_log_add(LV_LOG_LEVEL_WARN, "/a/b/file.c", 12, "fn", "x=%d", 5); /* no callback yet */
    EXPECT_TRUE(g_log.empty());
    lv_log_register_print_cb(capture_log);
    lv_tick_inc(1250);
    lv_log_add(LV_LOG_LEVEL_ERROR, "/a/b/file.c", 12, "fn", "x=%d", 5);
    ASSERT_EQ(g_log.size(), 1u);
    EXPECT_EQ(g_log[0].first, LV_LOG_LEVEL_ERROR);
    const std::string & line = g_log[0].second;
    EXPECT_EQ(line.rfind("[Error]\t(", 0), 0u) << line;
    EXPECT_NE(line.find("\t fn: x=5 \t(in file.c line #12)\n"), std::string::npos) << line;
    lv_log_add(LV_LOG_LEVEL_INFO, "f.c", 1, "fn", "below LV_LOG_LEVEL");
    lv_log_add(LV_LOG_LEVEL_NONE, "f.c", 1, "fn", "not a level");
    EXPECT_EQ(g_log.size(), 1u);
    LV_LOG_USER("from %s", "the macro");
    ASSERT_EQ(g_log.size(), 2u);
    EXPECT_EQ(g_log[1].first, LV_LOG_LEVEL_USER);
    EXPECT_NE(g_log[1].second.find("from the macro"), std::string::npos);
    lv_log("raw %d\n", 7);
    ASSERT_EQ(g_log.size(), 3u);
    EXPECT_EQ(g_log[2].second, "raw 7\n");
    lv_log_register_print_cb(nullptr);
}

TEST_F(CoreApi, OsLayerWithoutOs)
{
    lv_mutex_t m;
    EXPECT_EQ(lv_mutex_init(&m), LV_RESULT_OK);
    EXPECT_EQ(lv_mutex_lock(&m), LV_RESULT_OK);
    EXPECT_EQ(lv_mutex_lock_isr(&m), LV_RESULT_OK);
    EXPECT_EQ(lv_mutex_unlock(&m), LV_RESULT_OK);
    EXPECT_EQ(lv_mutex_delete(&m), LV_RESULT_OK);
    lv_lock();
    EXPECT_EQ(lv_lock_isr(), LV_RESULT_OK);
    lv_unlock();
    lv_thread_t t;
    EXPECT_EQ(lv_thread_init(&t, "worker", LV_THREAD_PRIO_MID, [](void *) {}, 1024, nullptr), LV_RESULT_INVALID);
    EXPECT_EQ(lv_thread_delete(&t), LV_RESULT_INVALID);
    lv_thread_sync_t s;
    EXPECT_EQ(lv_thread_sync_init(&s), LV_RESULT_INVALID);
    EXPECT_EQ(lv_thread_sync_signal(&s), LV_RESULT_INVALID);
    EXPECT_LE(lv_os_get_idle_percent(), 100u);
}

TEST_F(CoreApi, MemoryCoreAndUtilities)
{
    void * p = lv_malloc_core(16);
    ASSERT_NE(p, nullptr);
    std::memset(p, 1, 16);
    p = lv_realloc_core(p, 64);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(static_cast<uint8_t *>(p)[15], 1);
    lv_free_core(p);
    lv_mem_monitor_t mon;
    lv_mem_monitor_core(&mon);
    EXPECT_EQ(lv_mem_test_core(), LV_RESULT_OK);
    static uint8_t pool[64];
    EXPECT_EQ(lv_mem_add_pool(pool, sizeof(pool)), nullptr); /* no pools with this allocator */
    lv_mem_remove_pool(nullptr);

    EXPECT_EQ(lv_version_major(), 9);
    EXPECT_EQ(lv_version_minor(), 3);
    EXPECT_EQ(lv_version_patch(), 0);
    EXPECT_STREQ(lv_version_info(), "");
    EXPECT_TRUE(LV_VERSION_CHECK(9, 2, 0));
    EXPECT_EQ(lv_sqr(-12), 144);
    EXPECT_EQ(lv_swap_bytes_32(0x11223344u), 0x44332211u);
    EXPECT_EQ(lv_swap_bytes_16(0xABCD), 0xCDAB);

    const int sorted[] = {1, 3, 5, 7, 9, 11};
    auto cmp = [](const void * k, const void * e) {
        return *static_cast<const int *>(k) - *static_cast<const int *>(e);
    };
    for(int k : {1, 7, 11}) {
        const int * found = static_cast<const int *>(lv_utils_bsearch(&k, sorted, 6, sizeof(int), cmp));
        ASSERT_NE(found, nullptr);
        EXPECT_EQ(*found, k);
    }
    int missing = 4;
    EXPECT_EQ(lv_utils_bsearch(&missing, sorted, 6, sizeof(int), cmp), nullptr);
    EXPECT_EQ(lv_utils_bsearch(&missing, sorted, 0, sizeof(int), cmp), nullptr);

    lv_text_align_t align = LV_TEXT_ALIGN_AUTO;
    lv_base_dir_t dir = LV_BASE_DIR_AUTO;
    lv_bidi_calculate_align(&align, &dir, "abc");
    EXPECT_EQ(align, LV_TEXT_ALIGN_LEFT);
    align = LV_TEXT_ALIGN_CENTER;
    lv_bidi_calculate_align(&align, &dir, "abc");
    EXPECT_EQ(align, LV_TEXT_ALIGN_CENTER);

    lv_font_info_t f1 = {"Roboto", nullptr, 16, 0, 0, LV_FONT_KERNING_NORMAL};
    lv_font_info_t f2 = f1;
    std::string name2 = "Roboto";
    f2.name = name2.c_str(); /* equal names in other memory */
    EXPECT_TRUE(lv_font_info_is_equal(&f1, &f2));
    f2.size = 18;
    EXPECT_FALSE(lv_font_info_is_equal(&f1, &f2));

    lv_color_filter_dsc_t filter;
    filter.user_data = &filter;
    lv_color_filter_dsc_init(&filter, [](const lv_color_filter_dsc_t *, lv_color_t c, lv_opa_t) { return c; });
    EXPECT_NE(filter.filter_cb, nullptr);
    EXPECT_EQ(filter.user_data, nullptr);
}

TEST_F(CoreApi, FilteredStyleGetters)
{
    static lv_color_filter_dsc_t invert;
    lv_color_filter_dsc_init(&invert, [](const lv_color_filter_dsc_t *, lv_color_t c, lv_opa_t) {
        return lv_color_make(255 - c.red, 255 - c.green, 255 - c.blue);
    });
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_style_bg_image_recolor(o, lv_color_hex(0x102030), 0);
    lv_obj_set_style_text_outline_stroke_color(o, lv_color_hex(0x405060), 0);
    EXPECT_EQ(lv_obj_get_style_bg_image_recolor_filtered(o, 0).red, 0x10);
    lv_obj_set_style_color_filter_dsc(o, &invert, 0);
    lv_obj_set_style_color_filter_opa(o, LV_OPA_COVER, 0);
    EXPECT_EQ(lv_obj_get_style_bg_image_recolor_filtered(o, 0).red, 0xff - 0x10);
    EXPECT_EQ(lv_obj_get_style_text_outline_stroke_color_filtered(o, 0).blue, 0xff - 0x60);
}

TEST_F(CoreApi, SimpleAndMonoThemes)
{
    EXPECT_FALSE(lv_theme_simple_is_inited());
    EXPECT_EQ(lv_theme_simple_get(), nullptr);
    lv_theme_t * simple = lv_theme_simple_init(disp);
    ASSERT_NE(simple, nullptr);
    EXPECT_EQ(lv_theme_simple_get(), simple);
    lv_display_set_theme(disp, simple);
    lv_obj_t * s = lv_obj_create(nullptr);
    lv_obj_t * btn = lv_button_create(s);
    lv_obj_t * slider = lv_slider_create(s);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(s, 0)) & 0xFFFFFF,
              lv_color_to_u32(lv_palette_lighten(LV_PALETTE_GREY, 4)) & 0xFFFFFF);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(btn, 0)) & 0xFFFFFF,
              lv_color_to_u32(lv_palette_main(LV_PALETTE_GREY)) & 0xFFFFFF);
    EXPECT_EQ(lv_obj_get_style_radius(btn, 0), 0); /* the simple theme rounds nothing */
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(slider, LV_PART_KNOB)) & 0xFFFFFF,
              lv_color_to_u32(lv_palette_darken(LV_PALETTE_GREY, 2)) & 0xFFFFFF);

    lv_theme_t * mono = lv_theme_mono_init(disp, true, nullptr);
    ASSERT_NE(mono, nullptr);
    EXPECT_TRUE(lv_theme_mono_is_inited());
    lv_display_set_theme(disp, mono);
    lv_obj_t * m = lv_obj_create(nullptr);
    lv_obj_t * card = lv_obj_create(m);
    lv_obj_t * mbtn = lv_button_create(m);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(m, 0)) & 0xFFFFFF, 0u); /* dark background */
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_text_color(m, 0)) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(lv_obj_get_style_border_width(card, 0), 1);
    EXPECT_EQ(lv_obj_get_style_radius(card, 0), 2);
    lv_obj_add_state(mbtn, LV_STATE_PRESSED);
    EXPECT_EQ(lv_obj_get_style_border_width(mbtn, 0), 3);
    lv_obj_add_state(mbtn, LV_STATE_CHECKED);
    EXPECT_EQ(lv_color_to_u32(lv_obj_get_style_bg_color(mbtn, 0)) & 0xFFFFFF, 0xFFFFFFu); /* inverted */

    lv_theme_simple_deinit();
    EXPECT_FALSE(lv_theme_simple_is_inited());
    lv_display_set_theme(disp, nullptr);
    lv_obj_delete(m);
    lv_obj_delete(s);
    lv_theme_mono_deinit();
    EXPECT_EQ(lv_theme_mono_get(), nullptr);
}
