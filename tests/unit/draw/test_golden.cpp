// Golden pictures of features the reference scenes do not reach on their own (decorations,
// dashes, gradient triangles, arcs painted by images, alpha-only and indexed images, blend
// modes, transformed layers), in XRGB8888 and RGB565. The goldens were made by this renderer
// and checked by eye; a change beyond anti-aliasing noise fails.
// Set PYVGL_UPDATE_GOLDEN=1 to rewrite them after an intended change.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "draw_test_util.h"
#include "lv_png.h"
#include "png/png_io.h"

namespace {

std::string golden_dir()
{
    return source_dir_of(__FILE__) + "/golden/";
}

void draw_features(TestCanvas & c)
{
    lv_layer_t * L = &c.layer;
    /* text: underline, strikethrough, letter space, right alignment, selection */
    lv_draw_label_dsc_t t;
    lv_draw_label_dsc_init(&t);
    t.text = "Underlined\nand struck";
    t.decor = (lv_text_decor_t)(LV_TEXT_DECOR_UNDERLINE | LV_TEXT_DECOR_STRIKETHROUGH);
    t.letter_space = 2;
    t.line_space = 4;
    t.align = LV_TEXT_ALIGN_RIGHT;
    t.color = lv_color_hex(0x303080);
    lv_area_t ta = {4, 4, 150, 44};
    lv_draw_label(L, &t, &ta);
    lv_draw_label_dsc_init(&t);
    t.text = "Selected text";
    t.sel_start = 3;
    t.sel_end = 8;
    t.sel_color = lv_color_white();
    t.sel_bg_color = lv_color_hex(0x2196F3);
    t.font = &lv_font_montserrat_16;
    lv_area_t sa = {4, 50, 200, 70};
    lv_draw_label(L, &t, &sa);

    /* lines: dashed horizontal, vertical and skewed; round ends */
    lv_draw_line_dsc_t l;
    lv_draw_line_dsc_init(&l);
    l.color = lv_color_hex(0xC03030);
    l.width = 3;
    l.dash_width = 5;
    l.dash_gap = 3;
    l.p1 = {160, 10};
    l.p2 = {310, 10};
    lv_draw_line(L, &l);
    l.p1 = {310, 16};
    l.p2 = {310, 80};
    lv_draw_line(L, &l);
    l.p1 = {160, 20};
    l.p2 = {290, 70};
    lv_draw_line(L, &l);
    l.dash_width = l.dash_gap = 0;
    l.width = 9;
    l.round_start = l.round_end = 1;
    l.opa = LV_OPA_70;
    l.p1 = {170, 80};
    l.p2 = {230, 40};
    lv_draw_line(L, &l);

    /* a triangle with a vertical gradient */
    lv_draw_triangle_dsc_t tr;
    lv_draw_triangle_dsc_init(&tr);
    tr.p[0] = {10, 150};
    tr.p[1] = {70, 80};
    tr.p[2] = {110, 140};
    tr.grad.dir = LV_GRAD_DIR_VER;
    tr.grad.stops[0].color = lv_color_hex(0xFFC000);
    tr.grad.stops[1].color = lv_color_hex(0x8000C0);
    lv_draw_triangle(L, &tr);

    /* an arc painted by an RGB565 image */
    static uint16_t grad565[64 * 64];
    for(int y = 0; y < 64; y++)
        for(int x = 0; x < 64; x++) grad565[y * 64 + x] = (uint16_t)(((x / 2) << 11) | ((y) << 5) | (31 - x / 2));
    static lv_image_dsc_t img565 = {};
    img565.header.magic = LV_IMAGE_HEADER_MAGIC;
    img565.header.cf = LV_COLOR_FORMAT_RGB565;
    img565.header.w = 64;
    img565.header.h = 64;
    img565.header.stride = 128;
    img565.data = (const uint8_t *)grad565;
    img565.data_size = sizeof(grad565);
    lv_draw_arc_dsc_t a;
    lv_draw_arc_dsc_init(&a);
    a.center = {160, 130};
    a.radius = 32;
    a.width = 12;
    a.start_angle = 200;
    a.end_angle = 100;
    a.rounded = 1;
    a.img_src = &img565;
    lv_draw_arc(L, &a);

    /* an A8 image colored by recolor, and an I4 image with its palette */
    static uint8_t a8[24 * 24];
    for(int y = 0; y < 24; y++)
        for(int x = 0; x < 24; x++) a8[y * 24 + x] = (uint8_t)((x * 11 + y * 7) % 256);
    lv_image_dsc_t ia8 = {};
    ia8.header.magic = LV_IMAGE_HEADER_MAGIC;
    ia8.header.cf = LV_COLOR_FORMAT_A8;
    ia8.header.w = 24;
    ia8.header.h = 24;
    ia8.header.stride = 24;
    ia8.data = a8;
    ia8.data_size = sizeof(a8);
    lv_draw_image_dsc_t id;
    lv_draw_image_dsc_init(&id);
    id.src = &ia8;
    id.recolor = lv_color_hex(0x008040);
    lv_area_t ra = {210, 100, 233, 123};
    lv_draw_image(L, &id, &ra);
    static uint8_t i4[16 * 4 + 8 * 16];
    for(int k = 0; k < 16; k++) {
        lv_color32_t pc = {(uint8_t)(k * 16), (uint8_t)(255 - k * 16), (uint8_t)(k * 8), 255};
        memcpy(&i4[k * 4], &pc, 4);
    }
    for(int y = 0; y < 16; y++)
        for(int x = 0; x < 8; x++) i4[64 + y * 8 + x] = (uint8_t)((((x * 2 + y) & 15) << 4) | ((x * 2 + 1 + y) & 15));
    lv_image_dsc_t ii4 = {};
    ii4.header.magic = LV_IMAGE_HEADER_MAGIC;
    ii4.header.cf = LV_COLOR_FORMAT_I4;
    ii4.header.w = 16;
    ii4.header.h = 16;
    ii4.header.stride = 8;
    ii4.data = i4;
    ii4.data_size = sizeof(i4);
    lv_draw_image_dsc_init(&id);
    id.src = &ii4;
    id.scale_x = id.scale_y = 384;
    id.pivot = {0, 0};
    lv_area_t ri = {245, 100, 260, 115};
    lv_draw_image(L, &id, &ri);

    /* layers: rounded rects composited with each blend mode, and one rotated */
    lv_blend_mode_t modes[5] = {LV_BLEND_MODE_NORMAL, LV_BLEND_MODE_ADDITIVE, LV_BLEND_MODE_SUBTRACTIVE,
                                LV_BLEND_MODE_MULTIPLY, LV_BLEND_MODE_DIFFERENCE};
    lv_draw_rect_dsc_t base;
    lv_draw_rect_dsc_init(&base);
    base.bg_color = lv_color_hex(0x4080C0);
    lv_area_t strip = {10, 170, 310, 200};
    lv_draw_rect(L, &base, &strip);
    for(int i = 0; i < 5; i++) {
        lv_area_t la = {20 + i * 58, 160, 20 + i * 58 + 40, 210};
        lv_layer_t * child = lv_draw_layer_create(L, LV_COLOR_FORMAT_ARGB8888, &la);
        ASSERT_NE(child, nullptr);
        lv_draw_rect_dsc_t r;
        lv_draw_rect_dsc_init(&r);
        r.radius = 10;
        r.bg_color = lv_color_hex(0xE08020);
        r.border_width = 2;
        r.border_color = lv_color_hex(0x202020);
        lv_draw_rect(child, &r, &la);
        lv_draw_image_dsc_t ld;
        lv_draw_image_dsc_init(&ld);
        ld.src = child;
        ld.blend_mode = modes[i];
        if(i == 0) {
            ld.rotation = 150;
            ld.pivot = {20, 25};
            ld.opa = LV_OPA_80;
        }
        lv_draw_layer(L, &ld, &la);
    }
}

void check_golden(lv_color_format_t cf, const char * name)
{
    TestCanvas c(320, 220, cf, 0xF8F8F0);
    draw_features(c);
    expect_matches_golden(c.buf, name);
}

} // namespace

void expect_matches_golden(const lv_draw_buf_t * buf, const char * name)
{
    std::string golden = golden_dir() + name;
    const char * update = std::getenv("PYVGL_UPDATE_GOLDEN");
    if(update && update[0] == '1') {
        ASSERT_EQ(lv_draw_buf_save_to_png(buf, golden.c_str()), LV_RESULT_OK);
        return;
    }
    std::string ours = testing::TempDir() + name;
    ASSERT_EQ(lv_draw_buf_save_to_png(buf, ours.c_str()), LV_RESULT_OK);
    pngio::Image a, b, diff;
    std::string err;
    ASSERT_TRUE(pngio::read_png(ours, &a, &err)) << err;
    ASSERT_TRUE(pngio::read_png(golden, &b, &err)) << err << " (run with PYVGL_UPDATE_GOLDEN=1 to create it)";
    ASSERT_EQ(a.width, b.width);
    ASSERT_EQ(a.height, b.height);
    pngio::DiffResult r = pngio::compare(a, b, 24, &diff);
    pngio::write_png(testing::TempDir() + std::string("diff_") + name, diff, &err);
    EXPECT_LE(r.share() * 100, 0.2) << name << ": " << r.differing << " pixels off; ours in " << ours;
}

TEST(Golden, FeaturesXrgb8888) { check_golden(LV_COLOR_FORMAT_XRGB8888, "features_xrgb8888.png"); }

TEST(Golden, FeaturesRgb565) { check_golden(LV_COLOR_FORMAT_RGB565, "features_rgb565.png"); }
