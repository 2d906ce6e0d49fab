// Refresh culling (lv_refr.cpp): drawing starts at the topmost object that covers the area
// opaquely. What is under it must not show, and nothing that should show may be skipped.
#include <gtest/gtest.h>

#include <vector>

#include "lvgl.h"

namespace {

void flush_ready(lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); }

struct Screen {
    std::vector<uint8_t> fb;
    lv_display_t * disp = nullptr;
    Screen()
    {
        lv_init();
        fb.assign(lv_draw_buf_width_to_stride(40, LV_COLOR_FORMAT_XRGB8888) * 40, 0);
        disp = lv_display_create(40, 40);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        lv_display_set_buffers(disp, fb.data(), nullptr, (uint32_t)fb.size(), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, flush_ready);
    }
    ~Screen() { lv_deinit(); }
    /* 0xRRGGBB at (x, y) after a full refresh */
    uint32_t px(int32_t x, int32_t y)
    {
        lv_obj_invalidate(lv_screen_active());
        lv_refr_now(disp);
        const uint8_t * p = fb.data() + (size_t)y * lv_draw_buf_width_to_stride(40, LV_COLOR_FORMAT_XRGB8888) + 4 * x;
        return ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
    }
};

lv_obj_t * plain_box(lv_obj_t * parent, uint32_t color)
{
    lv_obj_t * o = lv_obj_create(parent);
    lv_obj_remove_style_all(o);
    lv_obj_set_size(o, 40, 40);
    lv_obj_set_style_bg_color(o, lv_color_hex(color), 0);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    return o;
}

} // namespace

TEST(RefrCover, AnOpaqueChildHidesWhatIsUnderIt)
{
    Screen s;
    lv_obj_t * back = plain_box(lv_screen_active(), 0x0000FF);
    lv_obj_t * front = plain_box(back, 0xFF0000);
    lv_obj_t * dot = plain_box(front, 0x00FF00); /* drawn after the covering object */
    lv_obj_set_size(dot, 4, 4);
    EXPECT_EQ(s.px(20, 20), 0xFF0000u);
    EXPECT_EQ(s.px(1, 1), 0x00FF00u);
    (void)front;
}

TEST(RefrCover, ATranslucentParentLetsTheBackgroundThrough)
{
    Screen s;
    lv_obj_set_style_bg_color(lv_screen_active(), lv_color_hex(0xFFFFFF), 0);
    lv_obj_t * parent = plain_box(lv_screen_active(), 0x000000);
    lv_obj_set_style_opa(parent, LV_OPA_50, 0);
    plain_box(parent, 0xFF0000); /* opaque itself, but drawn at the parent's 50% */
    uint32_t c = s.px(20, 20);
    /* red at 50% over (black at 50% over white): green and blue stay well above 0 */
    EXPECT_GT((c >> 8) & 0xFF, 30u) << std::hex << c;
    EXPECT_GT((c >> 16) & 0xFF, 150u) << std::hex << c;
}

TEST(RefrCover, ARoundedOrHiddenObjectDoesNotCover)
{
    Screen s;
    lv_obj_set_style_bg_color(lv_screen_active(), lv_color_hex(0x0000FF), 0);
    lv_obj_t * round = plain_box(lv_screen_active(), 0xFF0000);
    lv_obj_set_style_radius(round, 10, 0);
    EXPECT_EQ(s.px(0, 0), 0x0000FFu); /* the corner shows the screen */
    lv_obj_set_style_radius(round, 0, 0);
    lv_obj_add_flag(round, LV_OBJ_FLAG_HIDDEN);
    EXPECT_EQ(s.px(0, 0), 0x0000FFu);
}
