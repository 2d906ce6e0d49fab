// Areas, colors, math, UTF-8 and text measuring.
#include <gtest/gtest.h>

#include <cmath>

#include "lvgl.h"

TEST(Math, SineTableMatchesKnownValues)
{
    EXPECT_EQ(lv_trigo_sin(0), 0);
    EXPECT_EQ(lv_trigo_sin(90), 32767);
    EXPECT_EQ(lv_trigo_sin(1), 572);
    EXPECT_EQ(lv_trigo_sin(30), 16384);  /* 0.5 * 32767 rounded */
    EXPECT_EQ(lv_trigo_sin(180), 0);
    EXPECT_EQ(lv_trigo_sin(270), -32767);
    EXPECT_EQ(lv_trigo_sin(-90), -32767);
    EXPECT_EQ(lv_trigo_cos(0), 32767);
    EXPECT_EQ(lv_trigo_sin(450), 32767);
}

TEST(Math, Atan2TakesDyThenDx)
{
    /* like C's atan2 and like LVGL's callers: lv_atan2(dy, dx) */
    EXPECT_EQ(lv_atan2(0, 10), 0);
    EXPECT_EQ(lv_atan2(10, 0), 90);
    EXPECT_EQ(lv_atan2(0, -10), 180);
    EXPECT_EQ(lv_atan2(-10, 0), 270);
    EXPECT_EQ(lv_atan2(10, 10), 45);
    EXPECT_EQ(lv_atan2(10, -10), 135);
    EXPECT_EQ(lv_atan2(173, 100), 60);
    /* the original's approximation: within a degree, and 360 just above the x axis */
    EXPECT_EQ(lv_atan2(-1, 1000), 360);
    for(int a = 0; a < 360; a += 7) {
        int dx = (int)(1000 * std::cos(a * 3.14159265 / 180)), dy = (int)(1000 * std::sin(a * 3.14159265 / 180));
        int got = lv_atan2(dy, dx) % 360;
        int diff = std::abs(got - a);
        EXPECT_LE(std::min(diff, 360 - diff), 1) << a;
    }
}

TEST(Math, SqrtIntegerAndFraction)
{
    lv_sqrt_res_t r;
    lv_sqrt(16, &r, 0x800);
    EXPECT_EQ(r.i, 4);
    EXPECT_EQ(r.f, 0);
    lv_sqrt(2, &r, 0x800);
    EXPECT_EQ(r.i, 1);
    EXPECT_EQ(r.f, 6 << 4); /* 0.414 in 1/16 steps (6/16), stored in 1/256 units like LVGL */
    lv_sqrt(1000000, &r, 0x8000);
    EXPECT_EQ(r.i, 1000);
    EXPECT_EQ(lv_sqrt32(99), 9);
    EXPECT_EQ(lv_sqrt32(100), 10);
}

TEST(Math, MapClampsAndInterpolates)
{
    EXPECT_EQ(lv_map(5, 0, 10, 0, 100), 50);
    EXPECT_EQ(lv_map(-5, 0, 10, 0, 100), 0);
    EXPECT_EQ(lv_map(15, 0, 10, 0, 100), 100);
    EXPECT_EQ(lv_map(5, 10, 0, 0, 100), 50);
}

TEST(Math, BezierEndpointsAndEaseShape)
{
    EXPECT_EQ(lv_cubic_bezier(0, 430, 0, 594, 1024), 0);
    EXPECT_EQ(lv_cubic_bezier(1024, 430, 0, 594, 1024), 1024);
    int32_t mid = lv_cubic_bezier(512, 430, 0, 594, 1024);
    EXPECT_NEAR(mid, 512, 4); /* symmetric ease-in-out passes through the middle */
    EXPECT_LT(lv_cubic_bezier(200, 430, 0, 594, 1024), 200);
    EXPECT_EQ(lv_bezier3(0, 0, 50, 952, 1024), 0);
    EXPECT_EQ(lv_bezier3(1024, 0, 50, 952, 1024), 1024);
    EXPECT_NEAR(lv_bezier3(512, 0, 50, 952, 1024), 503, 1); /* 0.375*50 + 0.375*952 + 0.125*1024 */
    /* monotonic for monotonic control points */
    int32_t prev = 0;
    for(int32_t t = 0; t <= 1024; t += 8) {
        int32_t v = lv_cubic_bezier(t, 430, 0, 594, 1024);
        EXPECT_GE(v, prev - 1) << t;
        prev = v;
    }
}

TEST(Area, IntersectJoinAlign)
{
    lv_area_t a = {0, 0, 9, 9}, b = {5, 5, 20, 20}, r;
    EXPECT_TRUE(lv_area_intersect(&r, &a, &b));
    EXPECT_EQ(r.x1, 5);
    EXPECT_EQ(r.x2, 9);
    lv_area_t c = {10, 10, 12, 12};
    EXPECT_FALSE(lv_area_intersect(&r, &a, &c));
    lv_area_join(&r, &a, &c);
    EXPECT_EQ(r.x2, 12);
    EXPECT_EQ(lv_area_get_size(&a), 100u);
    lv_area_t base = {0, 0, 99, 49}, obj = {0, 0, 9, 9};
    lv_area_align(&base, &obj, LV_ALIGN_CENTER, 0, 0);
    EXPECT_EQ(obj.x1, 45);
    EXPECT_EQ(obj.y1, 20);
    lv_area_align(&base, &obj, LV_ALIGN_OUT_RIGHT_BOTTOM, 2, 0);
    EXPECT_EQ(obj.x1, 102);
    EXPECT_EQ(obj.y2, 49);
}

TEST(Area, RoundedPointTest)
{
    lv_area_t a = {0, 0, 19, 19};
    lv_point_t corner = {0, 0}, mid = {10, 1}, center = {10, 10};
    EXPECT_FALSE(lv_area_is_point_on(&a, &corner, 10));
    EXPECT_TRUE(lv_area_is_point_on(&a, &corner, 0));
    EXPECT_TRUE(lv_area_is_point_on(&a, &mid, 10));
    EXPECT_TRUE(lv_area_is_point_on(&a, &center, LV_RADIUS_CIRCLE));
}

TEST(Area, PointTransformRotatesAroundPivot)
{
    lv_point_t p = {10, 0}, pivot = {0, 0};
    lv_point_transform(&p, 900, 256, 256, &pivot, false);
    EXPECT_NEAR(p.x, 0, 1);
    EXPECT_NEAR(p.y, 10, 1);
    lv_point_t q = {10, 10};
    lv_point_transform(&q, 0, 512, 256, &pivot, false);
    EXPECT_EQ(q.x, 20);
    EXPECT_EQ(q.y, 10);
}

TEST(Color, HexPaletteMix)
{
    lv_color_t c = lv_color_hex(0x123456);
    EXPECT_EQ(c.red, 0x12);
    EXPECT_EQ(c.green, 0x34);
    EXPECT_EQ(c.blue, 0x56);
    EXPECT_EQ(lv_color_to_int(lv_color_hex3(0xABC)), 0xAABBCCu);
    EXPECT_EQ(lv_color_to_int(lv_palette_main(LV_PALETTE_BLUE)), 0x2196F3u);
    EXPECT_EQ(lv_color_to_int(lv_palette_lighten(LV_PALETTE_GREY, 2)), 0xE0E0E0u);
    EXPECT_EQ(lv_color_to_int(lv_palette_darken(LV_PALETTE_RED, 4)), 0xB71C1Cu);
    EXPECT_EQ(lv_color_to_int(lv_palette_main(LV_PALETTE_LAST)), 0u);
    lv_color_t m = lv_color_mix(lv_color_white(), lv_color_black(), 128);
    EXPECT_NEAR(m.red, 128, 1);
    EXPECT_EQ(lv_color_to_u16(lv_color_hex(0xFF0000)), 0xF800);
    EXPECT_EQ(lv_color_16_16_mix(0xF800, 0x001F, 255), 0xF800);
    EXPECT_EQ(lv_color_16_16_mix(0xF800, 0x001F, 0), 0x001F);
    uint16_t m16 = lv_color_16_16_mix(0xF800, 0x001F, 128);
    EXPECT_NEAR((m16 >> 11) & 0x1F, 16, 1);
    EXPECT_NEAR(m16 & 0x1F, 15, 1);
    EXPECT_EQ((m16 >> 5) & 0x3F, 0);
    lv_color_t h = lv_color_hsv_to_rgb(120, 100, 100);
    EXPECT_LT(h.red, 10);
    EXPECT_GT(h.green, 245);
}

TEST(Utf8, DecodeEncodeAndMalformedInput)
{
    const char * s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    uint32_t i = 0;
    EXPECT_EQ(lv_text_encoded_next(s, &i), 'a');
    EXPECT_EQ(lv_text_encoded_next(s, &i), 0xE9u);
    EXPECT_EQ(lv_text_encoded_next(s, &i), 0x20ACu);
    EXPECT_EQ(lv_text_encoded_next(s, &i), 0x1F600u);
    EXPECT_EQ(i, 10u);
    EXPECT_EQ(lv_text_encoded_prev(s, &i), 0x1F600u);
    EXPECT_EQ(i, 6u);
    EXPECT_EQ(lv_text_get_encoded_length(s), 4u);
    EXPECT_EQ(lv_text_encoded_get_byte_id(s, 2), 3u);
    EXPECT_EQ(lv_text_encoded_get_char_id(s, 6), 3u);
    /* a truncated sequence before the NUL decodes byte by byte and stops at the NUL */
    const char * bad = "\xE2\x82";
    i = 0;
    EXPECT_EQ(lv_text_encoded_next(bad, &i), 0xE2u);
    EXPECT_EQ(i, 1u);
    char buf[32] = "hello";
    lv_text_ins(buf, 2, "\xC3\xA9");
    EXPECT_STREQ(buf, "he\xC3\xA9llo");
    lv_text_cut(buf, 2, 1);
    EXPECT_STREQ(buf, "hello");
}

TEST(Font, Montserrat14MetricsMatchTheOriginal)
{
    EXPECT_EQ(lv_font_montserrat_14.line_height, 16);
    EXPECT_EQ(lv_font_montserrat_14.base_line, 3);
    EXPECT_EQ(lv_font_montserrat_16.line_height, 18);
    EXPECT_EQ(lv_font_montserrat_24.line_height, 27);
    EXPECT_EQ(lv_font_montserrat_24.base_line, 5);
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(&lv_font_montserrat_14, &g, 'A', 0));
    EXPECT_EQ(g.adv_w, 10); /* 164/16 rounded */
    EXPECT_EQ(g.box_w, 12);
    EXPECT_EQ(g.box_h, 10);
    EXPECT_EQ(g.ofs_x, -1);
    EXPECT_EQ(lv_font_get_glyph_width(&lv_font_montserrat_14, ' ', 0), 4);
    EXPECT_EQ(lv_font_get_glyph_width(&lv_font_montserrat_14, '\t', 0), 8);
}

TEST(Font, SymbolsAndPlaceholder)
{
    lv_font_glyph_dsc_t g;
    uint32_t i = 0;
    uint32_t ok = lv_text_encoded_next(LV_SYMBOL_OK, &i);
    EXPECT_TRUE(lv_font_get_glyph_dsc(&lv_font_montserrat_14, &g, ok, 0));
    EXPECT_EQ(g.adv_w, 14);
    i = 0;
    uint32_t usb = lv_text_encoded_next(LV_SYMBOL_USB, &i);
    EXPECT_TRUE(lv_font_get_glyph_dsc(&lv_font_montserrat_14, &g, usb, 0));
    EXPECT_FALSE(lv_font_get_glyph_dsc(&lv_font_montserrat_14, &g, 0x4E2D, 0));
    EXPECT_TRUE(g.is_placeholder);
    EXPECT_EQ(g.box_w, 8);
    EXPECT_EQ(g.adv_w, 10);
}

TEST(Font, BitmapUnpacksTo8Bit)
{
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(&lv_font_montserrat_14, &g, '|', 0));
    static uint8_t mem[256];
    lv_draw_buf_t buf = {};
    buf.data = mem;
    buf.data_size = sizeof(mem);
    const uint8_t * bmp = (const uint8_t *)lv_font_get_glyph_bitmap(&g, &buf);
    ASSERT_NE(bmp, nullptr);
    /* the bar is a vertical stroke about 1.3 px wide: every row holds the same ink */
    int first_row = 0;
    for(int x = 0; x < g.box_w; x++) first_row += bmp[x];
    EXPECT_GE(first_row, 255);
    for(int y = 1; y < g.box_h; y++) {
        int sum = 0;
        for(int x = 0; x < g.box_w; x++) sum += bmp[y * g.box_w + x];
        EXPECT_EQ(sum, first_row) << "row " << y;
    }
}

TEST(Text, WidthAndLetterSpace)
{
    const lv_font_t * f = &lv_font_montserrat_14;
    int32_t w1 = lv_text_get_width("AB", 2, f, 0);
    EXPECT_EQ(w1, lv_font_get_glyph_width(f, 'A', 'B') + lv_font_get_glyph_width(f, 'B', 0));
    EXPECT_EQ(lv_text_get_width("AB", 2, f, 3), w1 + 3);
    EXPECT_EQ(lv_text_get_width("", 0, f, 3), 0);
}

TEST(Text, SizeWrapsAtWordBoundaries)
{
    const lv_font_t * f = &lv_font_montserrat_14;
    lv_point_t s;
    lv_text_get_size(&s, "Hello world", f, 0, 0, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    EXPECT_EQ(s.y, 16);
    int32_t hello = lv_text_get_width("Hello ", 6, f, 0);
    lv_text_get_size(&s, "Hello world", f, 0, 0, hello + 5, LV_TEXT_FLAG_NONE);
    EXPECT_EQ(s.y, 32);
    lv_text_get_size(&s, "a\nb\n", f, 0, 2, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    EXPECT_EQ(s.y, 16 * 3 + 2 * 2);
    lv_text_get_size(&s, "", f, 0, 0, 100, LV_TEXT_FLAG_NONE);
    EXPECT_EQ(s.y, 16);
    EXPECT_EQ(s.x, 0);
    /* a word longer than the line is cut when it starts the line */
    lv_text_get_size(&s, "WWWWWWWWWW", f, 0, 0, 40, LV_TEXT_FLAG_NONE);
    EXPECT_GT(s.y, 16);
    EXPECT_LE(s.x, 40);
}

TEST(Text, RecolorCommandsTakeNoRoom)
{
    const lv_font_t * f = &lv_font_montserrat_14;
    int32_t plain = lv_text_get_width("red", 3, f, 0);
    const char * cmd = "#ff0000 red#";
    EXPECT_EQ(lv_text_get_width_with_flags(cmd, 12, f, 0, LV_TEXT_FLAG_RECOLOR), plain);
}
