// Random and extreme descriptors for every draw call, on small buffers of every target
// format: nothing may crash or write outside the buffer (run under ASan + UBSan in CI).
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "draw_test_util.h"

namespace {

struct Rng {
    uint32_t s = 0x12345678;
    uint32_t next()
    {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        return s;
    }
    int32_t range(int32_t lo, int32_t hi) { return lo + (int32_t)(next() % (uint32_t)(hi - lo + 1)); }
    /* mostly small values, sometimes extreme ones */
    int32_t coord()
    {
        switch(next() % 8) {
            case 0: return range(-100000, 100000);
            case 1: return (next() & 1) ? LV_COORD_MAX : LV_COORD_MIN;
            default: return range(-20, 60);
        }
    }
};

lv_area_t area(Rng & r)
{
    lv_area_t a = {r.coord(), r.coord(), r.coord(), r.coord()};
    return a;
}

} // namespace

class Robustness : public testing::TestWithParam<uint32_t> {};

TEST_P(Robustness, RandomDrawCallsStayInBounds)
{
    Rng r;
    r.s = GetParam();
    const lv_color_format_t cfs[] = {LV_COLOR_FORMAT_XRGB8888, LV_COLOR_FORMAT_ARGB8888, LV_COLOR_FORMAT_RGB888,
                                     LV_COLOR_FORMAT_RGB565, LV_COLOR_FORMAT_A8};
    static uint8_t img_data[16 * 16 * 4 + 1024];
    for(size_t i = 0; i < sizeof(img_data); i++) img_data[i] = (uint8_t)(i * 37);
    const lv_color_format_t img_cfs[] = {LV_COLOR_FORMAT_ARGB8888, LV_COLOR_FORMAT_RGB565, LV_COLOR_FORMAT_A8,
                                         LV_COLOR_FORMAT_I4, LV_COLOR_FORMAT_RGB565A8, LV_COLOR_FORMAT_L8,
                                         LV_COLOR_FORMAT_A1};
    for(lv_color_format_t cf : cfs) {
        TestCanvas c(37, 23, cf);
        for(int iter = 0; iter < 300; iter++) {
            c.layer._clip_area = area(r);
            if(r.next() % 3) c.layer._clip_area = c.layer.buf_area;
            switch(r.next() % 7) {
                case 0: {
                    lv_draw_rect_dsc_t d;
                    lv_draw_rect_dsc_init(&d);
                    d.radius = r.range(-5, 100);
                    d.bg_opa = (lv_opa_t)r.next();
                    d.border_width = r.range(-3, 40);
                    d.border_side = (lv_border_side_t)(r.next() & 0x1F);
                    d.outline_width = r.range(-3, 20);
                    d.outline_pad = r.range(-10, 10);
                    d.shadow_width = r.range(-3, 60);
                    d.shadow_spread = r.range(-20, 20);
                    d.shadow_offset_x = r.range(-30, 30);
                    d.bg_grad.dir = (lv_grad_dir_t)(r.next() % 6);
                    d.bg_grad.stops_count = (uint8_t)(r.next() % 4);
                    d.bg_grad.stops[0].frac = (uint8_t)r.next();
                    d.bg_grad.stops[1].frac = (uint8_t)r.next();
                    lv_area_t a = area(r);
                    lv_draw_rect(&c.layer, &d, &a);
                    break;
                }
                case 1: {
                    lv_draw_label_dsc_t d;
                    lv_draw_label_dsc_init(&d);
                    const char * texts[] = {"Hello\nworld", "", "#ff0000 red# #bad", "\xE4\xB8\xAD\xF0\x9F\x98\x80 \xE2\x82",
                                            "very long line of text that wraps and wraps again and again"};
                    d.text = texts[r.next() % 5];
                    d.letter_space = r.range(-10, 10);
                    d.line_space = r.range(-20, 20);
                    d.align = (lv_text_align_t)(r.next() % 4);
                    d.flag = (lv_text_flag_t)(r.next() & 0xF);
                    d.decor = (lv_text_decor_t)(r.next() & 3);
                    d.sel_start = (uint32_t)r.range(0, 20);
                    d.sel_end = (uint32_t)r.range(0, 20);
                    d.text_length = (uint32_t)r.range(0, 80);
                    d.ofs_y = r.range(-50, 50);
                    lv_area_t a = area(r);
                    lv_draw_label(&c.layer, &d, &a);
                    break;
                }
                case 2: {
                    lv_draw_line_dsc_t d;
                    lv_draw_line_dsc_init(&d);
                    d.p1 = {r.coord(), r.coord()};
                    d.p2 = {r.coord(), r.coord()};
                    d.width = r.range(-2, 30);
                    d.dash_width = r.range(-2, 6);
                    d.dash_gap = r.range(-2, 6);
                    d.round_start = r.next() & 1;
                    d.round_end = r.next() & 1;
                    lv_draw_line(&c.layer, &d);
                    break;
                }
                case 3: {
                    lv_draw_arc_dsc_t d;
                    lv_draw_arc_dsc_init(&d);
                    d.center = {r.coord(), r.coord()};
                    d.radius = (uint16_t)r.range(0, 200);
                    d.width = r.range(-5, 250);
                    d.start_angle = r.range(-720, 720);
                    d.end_angle = r.range(-720, 720);
                    d.rounded = r.next() & 1;
                    lv_draw_arc(&c.layer, &d);
                    break;
                }
                case 4: {
                    lv_draw_triangle_dsc_t d;
                    lv_draw_triangle_dsc_init(&d);
                    for(int k = 0; k < 3; k++) d.p[k] = {r.range(-50, 90), r.range(-50, 90)};
                    d.grad.dir = (lv_grad_dir_t)(r.next() % 3);
                    lv_draw_triangle(&c.layer, &d);
                    break;
                }
                case 5: {
                    lv_image_dsc_t img = {};
                    img.header.magic = LV_IMAGE_HEADER_MAGIC;
                    img.header.cf = img_cfs[r.next() % 7];
                    img.header.w = (uint32_t)r.range(0, 16);
                    img.header.h = (uint32_t)r.range(0, 16);
                    img.header.stride = (uint32_t)((r.next() % 4) ? 0 : r.range(0, 80));
                    img.data = img_data;
                    img.data_size = (uint32_t)r.range(0, (int32_t)sizeof(img_data));
                    lv_draw_image_dsc_t d;
                    lv_draw_image_dsc_init(&d);
                    d.src = &img;
                    d.rotation = r.range(-4000, 4000);
                    d.scale_x = r.range(-10, 1000);
                    d.scale_y = r.range(-10, 1000);
                    d.pivot = {r.range(-20, 40), r.range(-20, 40)};
                    d.tile = r.next() & 1;
                    d.clip_radius = r.range(0, 20);
                    d.antialias = r.next() & 1;
                    d.recolor_opa = (lv_opa_t)r.next();
                    lv_area_t a = area(r);
                    lv_draw_image(&c.layer, &d, &a);
                    break;
                }
                default: {
                    lv_area_t a = area(r);
                    lv_layer_t * child = lv_draw_layer_create(&c.layer, LV_COLOR_FORMAT_ARGB8888, &a);
                    if(child == nullptr) break;
                    lv_draw_rect_dsc_t rd;
                    lv_draw_rect_dsc_init(&rd);
                    lv_draw_rect(child, &rd, &a);
                    lv_draw_image_dsc_t d;
                    lv_draw_image_dsc_init(&d);
                    d.src = child;
                    d.rotation = r.range(0, 3600);
                    d.blend_mode = (lv_blend_mode_t)(r.next() % 5);
                    lv_draw_layer(&c.layer, &d, &a);
                    break;
                }
            }
        }
    }
    SUCCEED();
}

INSTANTIATE_TEST_SUITE_P(Seeds, Robustness, testing::Values(0x12345678u, 1u, 0xDEADBEEFu, 42u, 0x9E3779B9u, 7777u));

TEST(Robustness, TextMeasuringOnArbitraryBytes)
{
    /* random bytes (invalid UTF-8 included), any width and spacing: always terminates with
     * sane sizes, and lines always advance */
    uint32_t s = 99;
    auto next = [&]() {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        return s;
    };
    const lv_font_t * fonts[3] = {&lv_font_montserrat_14, &lv_font_montserrat_16, &lv_font_montserrat_24};
    for(int iter = 0; iter < 400; iter++) {
        char buf[64];
        int len = (int)(next() % 63);
        for(int i = 0; i < len; i++) {
            uint32_t k = next() % 10;
            buf[i] = k < 5 ? (char)('a' + next() % 26) : k < 7 ? ' ' : k < 8 ? '\n' : (char)(0x80 + next() % 0x7F);
            if(buf[i] == 0) buf[i] = 'x';
        }
        buf[len] = '\0';
        const lv_font_t * f = fonts[next() % 3];
        int32_t max_w = (int32_t)(next() % 300) - 20;
        int32_t ls = (int32_t)(next() % 21) - 10;
        lv_text_flag_t flag = (lv_text_flag_t)(next() & 0xF);
        lv_point_t size;
        lv_text_get_size(&size, buf, f, ls, 2, max_w, flag);
        EXPECT_GE(size.y, lv_font_get_line_height(f));
        uint32_t pos = 0;
        int lines = 0;
        while(buf[pos] != '\0') {
            uint32_t n = lv_text_get_next_line(&buf[pos], LV_TEXT_LEN_MAX, f, ls, max_w, nullptr, flag);
            ASSERT_GT(n, 0u);
            pos += n;
            ASSERT_LE(pos, (uint32_t)len);
            lines++;
        }
        EXPECT_LE(lines, len);
        uint32_t ci = 0;
        uint32_t chars = 0;
        while(buf[ci] != '\0') {
            lv_text_encoded_next(buf, &ci);
            chars++;
        }
        EXPECT_EQ(chars, lv_text_get_encoded_length(buf));
    }
}
