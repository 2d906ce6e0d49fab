// Display: render modes, invalidation, flushing, rendering the default screen.
#include "lv_fixture.h"

namespace {

std::vector<lv_area_t> g_flushed;

void record_flush(lv_display_t * d, const lv_area_t * a, uint8_t *)
{
    g_flushed.push_back(*a);
    lv_display_flush_ready(d);
}

uint32_t pixel(const std::vector<uint8_t> & fb, int x, int y)
{
    const uint8_t * p = &fb[(static_cast<size_t>(y) * 320 + x) * 4];
    return (p[2] << 16) | (p[1] << 8) | p[0];
}

} // namespace

using DisplayTest = LvTest;

TEST_F(DisplayTest, DefaultScreenRendersThemeBackground)
{
    lv_refr_now(disp);
    EXPECT_EQ(pixel(fb, 0, 0), 0xF5F5F5u);
    EXPECT_EQ(pixel(fb, 319, 239), 0xF5F5F5u);
}

TEST_F(DisplayTest, ObjectsAreDrawnWhereTheyAre)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(0x0000FF), 0);
    lv_obj_set_size(o, 10, 10);
    lv_obj_set_pos(o, 100, 50);
    lv_refr_now(disp);
    EXPECT_EQ(pixel(fb, 100, 50), 0x0000FFu);
    EXPECT_EQ(pixel(fb, 109, 59), 0x0000FFu);
    EXPECT_EQ(pixel(fb, 110, 59), 0xF5F5F5u);
    lv_obj_add_flag(o, LV_OBJ_FLAG_HIDDEN);
    lv_refr_now(disp);
    EXPECT_EQ(pixel(fb, 100, 50), 0xF5F5F5u);
}

TEST_F(DisplayTest, OnlyInvalidatedAreasAreFlushed)
{
    lv_display_set_flush_cb(disp, record_flush);
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_size(o, 10, 10);
    lv_obj_set_pos(o, 30, 40);
    lv_refr_now(disp);
    g_flushed.clear();
    lv_obj_set_style_bg_color(o, lv_color_hex(0x00FF00), 0);
    lv_refr_now(disp);
    ASSERT_EQ(g_flushed.size(), 1u);
    EXPECT_EQ(g_flushed[0].x1, 30);
    EXPECT_EQ(g_flushed[0].y1, 40);
    EXPECT_EQ(g_flushed[0].x2, 39);
    EXPECT_EQ(g_flushed[0].y2, 49);
    g_flushed.clear();
    lv_refr_now(disp);
    EXPECT_TRUE(g_flushed.empty());
}

TEST_F(DisplayTest, OverlappingAreasAreMerged)
{
    lv_display_set_flush_cb(disp, record_flush);
    lv_refr_now(disp);
    g_flushed.clear();
    lv_area_t a = {10, 10, 50, 50};
    lv_area_t b = {20, 20, 60, 60}; /* joining saves pixels */
    lv_area_t d = {55, 0, 58, 3};    /* touching but joining would cost more */
    lv_area_t c = {200, 200, 210, 210};
    lv_inv_area(disp, &a);
    lv_inv_area(disp, &b);
    lv_inv_area(disp, &c);
    lv_inv_area(disp, &d);
    lv_refr_now(disp);
    ASSERT_EQ(g_flushed.size(), 3u);
    EXPECT_EQ(g_flushed[0].x1, 10);
    EXPECT_EQ(g_flushed[0].x2, 60);
    EXPECT_EQ(g_flushed[1].x1, 200);
}

TEST_F(DisplayTest, PartialModeFlushesBands)
{
    std::vector<uint8_t> small(320 * 4 * 10);
    lv_display_set_buffers(disp, small.data(), nullptr, static_cast<uint32_t>(small.size()), LV_DISPLAY_RENDER_MODE_PARTIAL);
    lv_display_set_flush_cb(disp, record_flush);
    g_flushed.clear();
    lv_obj_invalidate(scr);
    lv_refr_now(disp);
    ASSERT_EQ(g_flushed.size(), 24u); /* 240 rows in bands of 10 */
    EXPECT_EQ(g_flushed[0].y2, 9);
    EXPECT_EQ(g_flushed[23].y1, 230);
    EXPECT_TRUE(lv_display_flush_is_last(disp));
}

TEST_F(DisplayTest, FullModeRedrawsEverything)
{
    lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_FULL);
    lv_display_set_flush_cb(disp, record_flush);
    lv_refr_now(disp);
    g_flushed.clear();
    lv_area_t a = {1, 1, 2, 2};
    lv_inv_area(disp, &a);
    lv_refr_now(disp);
    ASSERT_EQ(g_flushed.size(), 1u);
    EXPECT_EQ(g_flushed[0].x2, 319);
    EXPECT_EQ(g_flushed[0].y2, 239);
}

TEST_F(DisplayTest, RotationSwapsResolution)
{
    lv_display_set_rotation(disp, LV_DISPLAY_ROTATION_90);
    EXPECT_EQ(lv_display_get_horizontal_resolution(disp), 240);
    EXPECT_EQ(lv_display_get_vertical_resolution(disp), 320);
    EXPECT_EQ(lv_obj_get_width(lv_screen_active()), 240);
    EXPECT_EQ(lv_display_get_dpi(disp), 130);
}

TEST_F(DisplayTest, TimerHandlerRefreshesPeriodically)
{
    lv_display_set_flush_cb(disp, record_flush);
    g_flushed.clear();
    lv_tick_inc(33);
    lv_timer_handler();
    EXPECT_EQ(g_flushed.size(), 1u);
}

TEST_F(DisplayTest, RecolorTintsTheObjectAndItsChildren)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(0xFFFFFF), 0);
    lv_obj_set_size(o, 20, 20);
    lv_obj_t * c = lv_obj_create(o);
    lv_obj_remove_style_all(c);
    lv_obj_set_style_bg_opa(c, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(c, lv_color_hex(0xFFFFFF), 0);
    lv_obj_set_size(c, 5, 5);
    lv_obj_set_style_recolor(o, lv_color_hex(0x000000), 0);
    lv_obj_set_style_recolor_opa(o, LV_OPA_50, 0);
    lv_refr_now(disp);
    uint32_t p = pixel(fb, 10, 10);
    uint32_t pc = pixel(fb, 2, 2);
    EXPECT_GT(p & 0xFF, 0x60u);
    EXPECT_LT(p & 0xFF, 0xA0u);
    EXPECT_EQ(p, pc);
}

TEST_F(DisplayTest, DoubleBufferedDirectModeKeepsBothBuffersInSync)
{
    std::vector<uint8_t> fb2(fb.size(), 0);
    lv_display_set_buffers(disp, fb.data(), fb2.data(), static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    static std::vector<uint8_t *> maps;
    maps.clear();
    lv_display_set_flush_cb(disp, [](lv_display_t * d, const lv_area_t *, uint8_t * px) {
        maps.push_back(px);
        lv_display_flush_ready(d);
    });
    lv_refr_now(disp);
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(o, lv_color_hex(0xFF0000), 0);
    lv_obj_set_size(o, 10, 10);
    lv_refr_now(disp);
    ASSERT_EQ(maps.size(), 2u);
    EXPECT_NE(maps[0], maps[1]); /* the buffers alternate */
    EXPECT_EQ(pixel(fb, 5, 5), 0xFF0000u);
    EXPECT_EQ(pixel(fb2, 5, 5), 0xFF0000u);
    EXPECT_EQ(pixel(fb, 100, 100), 0xF5F5F5u);
    EXPECT_EQ(pixel(fb2, 100, 100), 0xF5F5F5u);
}

TEST_F(DisplayTest, DrawBuffersAndAThirdOneTakeTurnsAndStayInSync)
{
    std::vector<uint8_t> fb2(fb.size(), 0), fb3(fb.size(), 0);
    const uint32_t stride = lv_draw_buf_width_to_stride(320, LV_COLOR_FORMAT_XRGB8888);
    lv_draw_buf_t b1, b2, b3;
    ASSERT_EQ(lv_draw_buf_init(&b1, 320, 240, LV_COLOR_FORMAT_XRGB8888, stride, fb.data(), static_cast<uint32_t>(fb.size())), LV_RESULT_OK);
    ASSERT_EQ(lv_draw_buf_init(&b2, 320, 240, LV_COLOR_FORMAT_XRGB8888, stride, fb2.data(), static_cast<uint32_t>(fb2.size())), LV_RESULT_OK);
    ASSERT_EQ(lv_draw_buf_init(&b3, 320, 240, LV_COLOR_FORMAT_XRGB8888, stride, fb3.data(), static_cast<uint32_t>(fb3.size())), LV_RESULT_OK);
    lv_display_set_draw_buffers(disp, &b1, &b2);
    lv_display_set_3rd_draw_buffer(disp, &b3);
    lv_display_set_render_mode(disp, LV_DISPLAY_RENDER_MODE_DIRECT);
    EXPECT_EQ(lv_display_get_draw_buf_size(disp), fb.size());
    EXPECT_EQ(lv_display_get_invalidated_draw_buf_size(disp, 10, 5), lv_draw_buf_width_to_stride(10, LV_COLOR_FORMAT_XRGB8888) * 5);
    static std::vector<uint8_t *> maps;
    maps.clear();
    lv_display_set_flush_cb(disp, [](lv_display_t * d, const lv_area_t *, uint8_t * px) {
        maps.push_back(px);
        lv_display_flush_ready(d);
    });
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_remove_style_all(o);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    lv_obj_set_size(o, 10, 10);
    for(uint32_t c : {0xFF0000u, 0x00FF00u, 0x0000FFu}) {
        lv_obj_set_style_bg_color(o, lv_color_hex(c), 0);
        lv_refr_now(disp);
        for(auto * b : {&fb, &fb2, &fb3}) EXPECT_EQ(pixel(*b, 5, 5), c);
    }
    ASSERT_GE(maps.size(), 3u);
    const size_t n = maps.size();
    EXPECT_NE(maps[n - 1], maps[n - 2]);
    EXPECT_NE(maps[n - 2], maps[n - 3]);
    EXPECT_NE(maps[n - 1], maps[n - 3]); /* three buffers in turn */
    lv_display_set_render_mode(disp, LV_DISPLAY_RENDER_MODE_FULL);
    EXPECT_EQ(lv_display_get_invalidated_draw_buf_size(disp, 10, 5), stride * 240);
}
