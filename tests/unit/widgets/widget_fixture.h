// A fresh engine with one 320x240 XRGB8888 display per test, plus pixel access.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "lvgl.h"

class WidgetTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        lv_init();
        disp = lv_display_create(W, H);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        stride = lv_draw_buf_width_to_stride(W, LV_COLOR_FORMAT_XRGB8888);
        fb.assign(stride * H, 0);
        lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, [](lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); });
        scr = lv_screen_active();
    }
    void TearDown() override { lv_deinit(); }

    /** Advances the clock by ms in 1 ms steps, running the timers. */
    void run_ms(uint32_t ms)
    {
        for(uint32_t i = 0; i < ms; i++) {
            lv_tick_inc(1);
            lv_timer_handler();
        }
    }

    /** Renders the screen and returns the color at (x, y). */
    lv_color_t pixel(int32_t x, int32_t y)
    {
        lv_refr_now(disp);
        const uint8_t * p = &fb[static_cast<size_t>(y) * stride + static_cast<size_t>(x) * 4];
        return lv_color_make(p[2], p[1], p[0]);
    }

    static bool near(lv_color_t a, lv_color_t b, int tol = 8)
    {
        return std::abs(a.red - b.red) <= tol && std::abs(a.green - b.green) <= tol && std::abs(a.blue - b.blue) <= tol;
    }

    static constexpr int32_t W = 320;
    static constexpr int32_t H = 240;
    lv_display_t * disp = nullptr;
    lv_obj_t * scr = nullptr;
    uint32_t stride = 0;
    std::vector<uint8_t> fb;
};
