// Helpers for drawing tests: a screen-sized layer over an owned buffer, pixel access.
#pragma once
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>

#include "lvgl.h"

struct TestCanvas {
    lv_draw_buf_t * buf = nullptr;
    lv_layer_t layer{};

    TestCanvas(int32_t w, int32_t h, lv_color_format_t cf = LV_COLOR_FORMAT_XRGB8888, uint32_t bg = 0xFFFFFF)
    {
        buf = lv_draw_buf_create((uint32_t)w, (uint32_t)h, cf, 0);
        lv_layer_init(&layer);
        layer.draw_buf = buf;
        layer.color_format = cf;
        layer.buf_area = {0, 0, w - 1, h - 1};
        layer._clip_area = layer.buf_area;
        layer.phy_clip_area = layer.buf_area;
        lv_draw_buf_clear(buf, nullptr);
        if(cf != LV_COLOR_FORMAT_ARGB8888 && cf != LV_COLOR_FORMAT_A8) {
            lv_draw_fill_dsc_t f;
            lv_draw_fill_dsc_init(&f);
            f.color = lv_color_hex(bg);
            lv_area_t all = layer.buf_area;
            lv_draw_fill(&layer, &f, &all);
        }
    }
    ~TestCanvas() { lv_draw_buf_destroy(buf); }
    TestCanvas(const TestCanvas &) = delete;
    TestCanvas & operator=(const TestCanvas &) = delete;

    /* 0xAARRGGBB of a pixel (alpha 0xFF for formats without alpha) */
    uint32_t px(int32_t x, int32_t y) const
    {
        const uint8_t * p = (const uint8_t *)lv_draw_buf_goto_xy(buf, (uint32_t)x, (uint32_t)y);
        switch((lv_color_format_t)buf->header.cf) {
            case LV_COLOR_FORMAT_XRGB8888: return 0xFF000000u | (p[2] << 16) | (p[1] << 8) | p[0];
            case LV_COLOR_FORMAT_ARGB8888: return ((uint32_t)p[3] << 24) | (p[2] << 16) | (p[1] << 8) | p[0];
            case LV_COLOR_FORMAT_RGB888: return 0xFF000000u | (p[2] << 16) | (p[1] << 8) | p[0];
            case LV_COLOR_FORMAT_RGB565: {
                uint16_t v = (uint16_t)(p[0] | (p[1] << 8));
                uint32_t r = (v >> 11) & 0x1F, g = (v >> 5) & 0x3F, b = v & 0x1F;
                return 0xFF000000u | (((r << 3) | (r >> 2)) << 16) | (((g << 2) | (g >> 4)) << 8) | ((b << 3) | (b >> 2));
            }
            default: return p[0];
        }
    }
    int red(int32_t x, int32_t y) const { return (px(x, y) >> 16) & 0xFF; }
    int green(int32_t x, int32_t y) const { return (px(x, y) >> 8) & 0xFF; }
    int blue(int32_t x, int32_t y) const { return px(x, y) & 0xFF; }
    int alpha(int32_t x, int32_t y) const { return (px(x, y) >> 24) & 0xFF; }
};

/* The folder of a source file named by __FILE__. Compiled through ccache with a base_dir,
 * __FILE__ is relative to the build folder, while ctest runs the tests one folder below it. */
inline std::string source_dir_of(const char * file)
{
    std::string path = file;
    std::string dir = path.substr(0, path.rfind('/'));
    if(!dir.empty() && dir[0] != '/' && !std::filesystem::exists(dir) && std::filesystem::exists("../" + dir)) {
        return "../" + dir;
    }
    return dir;
}

/* Compares a buffer with golden/NAME (at most 0.2% of pixels off by more than 24 in a
 * channel); with PYVGL_UPDATE_GOLDEN=1 in the environment it rewrites the golden instead.
 * Defined in test_golden.cpp. */
void expect_matches_golden(const lv_draw_buf_t * buf, const char * name);
