// lv_snapshot_take renders an object exactly as the display shows it.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "lvgl.h"

namespace {

class Snapshot : public ::testing::Test {
protected:
    static constexpr int W = 200;
    static constexpr int H = 150;
    std::vector<uint8_t> fb = std::vector<uint8_t>(W * H * 4);
    lv_display_t * disp = nullptr;

    static void flush_cb(lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); }

    void SetUp() override
    {
        lv_init();
        disp = lv_display_create(W, H);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, flush_cb);
    }
    void TearDown() override { lv_deinit(); }

    void build_scene()
    {
        lv_obj_t * btn = lv_button_create(lv_screen_active());
        lv_obj_set_pos(btn, 30, 40);
        lv_obj_t * label = lv_label_create(btn);
        lv_label_set_text(label, "Snap");
        lv_obj_t * bar = lv_bar_create(lv_screen_active());
        lv_obj_set_pos(bar, 20, 110);
        lv_bar_set_value(bar, 60, LV_ANIM_OFF);
        lv_refr_now(disp);
    }
};

uint32_t pixel(const uint8_t * data, uint32_t stride, int x, int y)
{
    uint32_t v;
    std::memcpy(&v, data + y * stride + x * 4, 4);
    return v & 0xFFFFFFu;
}

TEST_F(Snapshot, ScreenSnapshotEqualsTheDisplay)
{
    build_scene();
    lv_draw_buf_t * snap = lv_snapshot_take(lv_screen_active(), LV_COLOR_FORMAT_XRGB8888);
    ASSERT_NE(snap, nullptr);
    ASSERT_EQ(snap->header.w, static_cast<uint32_t>(W));
    ASSERT_EQ(snap->header.h, static_cast<uint32_t>(H));
    int differing = 0;
    for(int y = 0; y < H; y++) {
        for(int x = 0; x < W; x++) {
            if(pixel(snap->data, snap->header.stride, x, y) != pixel(fb.data(), W * 4, x, y)) differing++;
        }
    }
    EXPECT_EQ(differing, 0);
    lv_draw_buf_destroy(snap);
}

TEST_F(Snapshot, ObjectSnapshotCoversItsShadowAndMatchesTheScreen)
{
    build_scene();
    lv_obj_t * btn = lv_obj_get_child(lv_screen_active(), 0);
    lv_draw_buf_t * snap = lv_snapshot_take(btn, LV_COLOR_FORMAT_ARGB8888);
    ASSERT_NE(snap, nullptr);
    // the default theme gives buttons a shadow: the snapshot is larger than the button
    EXPECT_GT(snap->header.w, static_cast<uint32_t>(lv_obj_get_width(btn)));
    int32_t ext = (static_cast<int32_t>(snap->header.w) - lv_obj_get_width(btn)) / 2;
    // the button's centre is opaque and equals the screen pixel there
    int cx = lv_obj_get_width(btn) / 2 + ext;
    int cy = 4 + ext;
    uint32_t argb;
    std::memcpy(&argb, snap->data + cy * snap->header.stride + cx * 4, 4);
    EXPECT_EQ(argb >> 24, 0xFFu);
    EXPECT_EQ(argb & 0xFFFFFFu, pixel(fb.data(), W * 4, 30 + cx - ext, 40 + cy - ext));
    // a corner far outside the button body is transparent
    std::memcpy(&argb, snap->data, 4);
    EXPECT_EQ(argb >> 24, 0u);
    lv_draw_buf_destroy(snap);
}

TEST_F(Snapshot, BadRequestsAreRefused)
{
    build_scene();
    EXPECT_EQ(lv_snapshot_take(nullptr, LV_COLOR_FORMAT_XRGB8888), nullptr);
    EXPECT_EQ(lv_snapshot_take(lv_screen_active(), LV_COLOR_FORMAT_I1), nullptr);
    lv_draw_buf_t * small = lv_draw_buf_create(10, 10, LV_COLOR_FORMAT_XRGB8888, 0);
    EXPECT_EQ(lv_snapshot_take_to_draw_buf(lv_screen_active(), LV_COLOR_FORMAT_XRGB8888, small), LV_RESULT_INVALID);
    EXPECT_EQ(lv_snapshot_take_to_draw_buf(lv_screen_active(), LV_COLOR_FORMAT_RGB565, small), LV_RESULT_INVALID);
    lv_draw_buf_destroy(small);
    std::vector<uint8_t> mem(100);
    lv_image_dsc_t dsc;
    EXPECT_EQ(lv_snapshot_take_to_buf(lv_screen_active(), LV_COLOR_FORMAT_XRGB8888, &dsc, mem.data(), 100),
              LV_RESULT_INVALID);
}

TEST_F(Snapshot, RGB565SnapshotOfAButtonHasItsColour)
{
    build_scene();
    lv_obj_t * btn = lv_obj_get_child(lv_screen_active(), 0);
    std::vector<uint8_t> mem(64 * 1024);
    lv_image_dsc_t dsc;
    ASSERT_EQ(lv_snapshot_take_to_buf(btn, LV_COLOR_FORMAT_RGB565, &dsc, mem.data(), static_cast<uint32_t>(mem.size())),
              LV_RESULT_OK);
    EXPECT_EQ(dsc.header.cf, LV_COLOR_FORMAT_RGB565);
    int32_t ext = (static_cast<int32_t>(dsc.header.w) - lv_obj_get_width(btn)) / 2;
    uint16_t px;
    std::memcpy(&px, dsc.data + (ext + 3) * dsc.header.stride + (ext + 8) * 2, 2);
    // the theme's primary colour is blue: blue channel well above red
    EXPECT_GT(px & 0x1F, (px >> 11) & 0x1F);
}

} // namespace
