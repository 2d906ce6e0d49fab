// A fresh engine with one 320x240 XRGB8888 display (DIRECT mode) per test.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "lvgl.h"

class LvTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        lv_init();
        disp = lv_display_create(320, 240);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        uint32_t stride = lv_draw_buf_width_to_stride(320, LV_COLOR_FORMAT_XRGB8888);
        fb.assign(stride * 240, 0);
        lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, [](lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); });
        scr = lv_screen_active();
    }
    void TearDown() override { lv_deinit(); }

    /** Advances the clock by ms in 1 ms ticks, running the timers each time. */
    void run_ms(uint32_t ms)
    {
        for(uint32_t i = 0; i < ms; i++) {
            lv_tick_inc(1);
            lv_timer_handler();
        }
    }

    lv_display_t * disp = nullptr;
    lv_obj_t * scr = nullptr;
    std::vector<uint8_t> fb;
};
