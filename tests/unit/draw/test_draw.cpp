// Rendering behaviour checked on small buffers: exact pixels where the geometry is exact,
// symmetry and coverage properties where anti-aliasing is involved.
#include <gtest/gtest.h>

#include <vector>

#include "draw_test_util.h"

namespace {

lv_draw_rect_dsc_t rect_dsc(uint32_t bg)
{
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    d.bg_color = lv_color_hex(bg);
    return d;
}

} // namespace

TEST(DrawRect, DefaultsAreLvglDefaults)
{
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    EXPECT_EQ(d.bg_opa, LV_OPA_COVER);
    EXPECT_EQ(lv_color_to_int(d.bg_color), 0xFFFFFFu);
    EXPECT_EQ(d.border_opa, LV_OPA_COVER);
    EXPECT_EQ(d.border_side, LV_BORDER_SIDE_FULL);
    EXPECT_EQ(d.border_width, 0);
    EXPECT_EQ(d.shadow_opa, LV_OPA_COVER);
    EXPECT_EQ(d.bg_grad.stops_count, 2);
    EXPECT_EQ(d.bg_grad.stops[1].frac, 255);
    EXPECT_EQ(d.base.dsc_size, sizeof(d));
    lv_draw_label_dsc_t l;
    lv_draw_label_dsc_init(&l);
    EXPECT_EQ(l.font, LV_FONT_DEFAULT);
    EXPECT_EQ(l.sel_start, (uint32_t)LV_DRAW_LABEL_NO_TXT_SEL);
    lv_draw_image_dsc_t i;
    lv_draw_image_dsc_init(&i);
    EXPECT_EQ(i.scale_x, LV_SCALE_NONE);
    EXPECT_EQ(i.opa, LV_OPA_COVER);
}

TEST(DrawRect, SquareFillIsExactAndClipped)
{
    TestCanvas c(20, 20);
    lv_draw_rect_dsc_t d = rect_dsc(0xFF0000);
    lv_area_t a = {2, 3, 7, 9};
    c.layer._clip_area = {0, 0, 5, 19};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.px(2, 3), 0xFFFF0000u);
    EXPECT_EQ(c.px(5, 9), 0xFFFF0000u);
    EXPECT_EQ(c.px(6, 5), 0xFFFFFFFFu); /* clipped away */
    EXPECT_EQ(c.px(1, 3), 0xFFFFFFFFu);
    EXPECT_EQ(c.px(2, 10), 0xFFFFFFFFu);
}

TEST(DrawRect, TranslucentFillMixesLikeLvgl)
{
    TestCanvas c(4, 4, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    lv_draw_rect_dsc_t d = rect_dsc(0xFFFFFF);
    d.bg_opa = LV_OPA_50;
    lv_area_t a = {0, 0, 3, 3};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.red(1, 1), (255 * 127) >> 8);
}

TEST(DrawRect, RoundedCornersAreSymmetricAndAntiAliased)
{
    TestCanvas c(40, 40);
    lv_draw_rect_dsc_t d = rect_dsc(0x000000);
    d.radius = 10;
    lv_area_t a = {5, 5, 34, 34};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.red(5, 5), 255);   /* the corner pixel is outside the arc */
    EXPECT_EQ(c.red(20, 5), 0);    /* edges between the corners are solid */
    EXPECT_EQ(c.red(5, 20), 0);
    EXPECT_EQ(c.red(20, 20), 0);
    bool partial = false;
    for(int y = 5; y < 20; y++) {
        for(int x = 5; x < 20; x++) {
            int v = c.red(x, y);
            /* mirror images in the other three corners */
            EXPECT_EQ(v, c.red(39 - x, y)) << x << "," << y;
            EXPECT_EQ(v, c.red(x, 39 - y)) << x << "," << y;
            EXPECT_EQ(v, c.red(39 - x, 39 - y)) << x << "," << y;
            if(v > 20 && v < 235) partial = true;
        }
    }
    EXPECT_TRUE(partial) << "the arc has anti-aliased pixels";
    /* the corner's ink is close to a quarter disc's area: r^2 (1 - pi/4) uncovered */
    double uncovered = 0;
    for(int y = 5; y < 15; y++)
        for(int x = 5; x < 15; x++) uncovered += c.red(x, y) / 255.0;
    EXPECT_NEAR(uncovered, 100 * (1 - 3.14159265 / 4), 1.5);
}

TEST(DrawRect, RadiusIsLimitedToHalfTheShortSide)
{
    TestCanvas c(30, 30);
    lv_draw_rect_dsc_t d = rect_dsc(0x000000);
    d.radius = LV_RADIUS_CIRCLE;
    lv_area_t a = {0, 0, 29, 9};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.red(15, 0), 0);  /* the pill's straight top */
    EXPECT_EQ(c.red(15, 9), 0);
    EXPECT_GT(c.red(0, 0), 200);
    EXPECT_LT(c.red(0, 5), 128); /* the round end reaches the left edge at mid height */
}

TEST(DrawRect, BorderSidesOnly)
{
    TestCanvas c(20, 20);
    lv_draw_rect_dsc_t d = rect_dsc(0xFFFFFF);
    d.bg_opa = LV_OPA_TRANSP;
    d.border_width = 2;
    d.border_color = lv_color_hex(0x0000FF);
    d.border_side = (lv_border_side_t)(LV_BORDER_SIDE_LEFT | LV_BORDER_SIDE_BOTTOM);
    lv_area_t a = {2, 2, 17, 17};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.px(2, 8), 0xFF0000FFu);
    EXPECT_EQ(c.px(3, 8), 0xFF0000FFu);
    EXPECT_EQ(c.px(4, 8), 0xFFFFFFFFu);
    EXPECT_EQ(c.px(10, 17), 0xFF0000FFu);
    EXPECT_EQ(c.px(10, 16), 0xFF0000FFu);
    EXPECT_EQ(c.px(10, 15), 0xFFFFFFFFu);
    EXPECT_EQ(c.px(10, 2), 0xFFFFFFFFu);  /* no top */
    EXPECT_EQ(c.px(17, 10), 0xFFFFFFFFu); /* no right */
}

TEST(DrawRect, OutlineSurroundsWithPad)
{
    TestCanvas c(30, 30);
    lv_draw_rect_dsc_t d = rect_dsc(0x000000);
    d.outline_width = 2;
    d.outline_pad = 3;
    d.outline_color = lv_color_hex(0x00FF00);
    lv_area_t a = {10, 10, 19, 19};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.px(15, 9), 0xFFFFFFFFu);  /* the pad stays empty */
    EXPECT_EQ(c.px(15, 7), 0xFFFFFFFFu);
    EXPECT_EQ(c.px(15, 6), 0xFF00FF00u);  /* outline at 10 - 3 - 1 and 10 - 3 - 2 */
    EXPECT_EQ(c.px(15, 5), 0xFF00FF00u);
    EXPECT_EQ(c.px(15, 4), 0xFFFFFFFFu);
    EXPECT_EQ(c.px(24, 15), 0xFF00FF00u);
}

TEST(DrawRect, VerticalGradientRunsBetweenStops)
{
    TestCanvas c(4, 256);
    lv_draw_rect_dsc_t d = rect_dsc(0x000000);
    d.bg_grad.dir = LV_GRAD_DIR_VER;
    d.bg_grad.stops[0].color = lv_color_hex(0x000000);
    d.bg_grad.stops[1].color = lv_color_hex(0xFFFFFF);
    lv_area_t a = {0, 0, 3, 255};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.red(0, 0), 0);
    EXPECT_EQ(c.red(0, 255), 255);
    int prev = -1;
    for(int y = 0; y < 256; y++) {
        EXPECT_GE(c.red(1, y), prev);
        prev = c.red(1, y);
    }
    EXPECT_NEAR(c.red(2, 128), 128, 2);
}

TEST(DrawRect, ShadowIsSoftAndOffset)
{
    TestCanvas c(80, 80);
    lv_draw_rect_dsc_t d = rect_dsc(0xFFFFFF);
    d.bg_opa = LV_OPA_TRANSP;
    d.shadow_width = 10;
    d.shadow_offset_x = 5;
    d.shadow_color = lv_color_hex(0x000000);
    lv_area_t a = {20, 20, 59, 59};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_LT(c.red(45, 40), 10);                /* fully shaded inside */
    EXPECT_EQ(c.red(5, 40), 255);                /* untouched far away */
    EXPECT_GT(c.red(18, 40), c.red(70, 40) - 80); /* offset: lighter on the left */
    EXPECT_LT(c.red(66, 40), c.red(18, 40));
    for(int x = 60; x < 72; x++) EXPECT_LE(c.red(x, 40), c.red(x + 1, 40)); /* fades outwards */
}

TEST(DrawBlend, AllTargetFormats)
{
    lv_color_format_t cfs[4] = {LV_COLOR_FORMAT_RGB565, LV_COLOR_FORMAT_RGB888, LV_COLOR_FORMAT_XRGB8888,
                                LV_COLOR_FORMAT_ARGB8888};
    for(lv_color_format_t cf : cfs) {
        TestCanvas c(8, 8, cf, 0xFFFFFF);
        lv_draw_rect_dsc_t d = rect_dsc(0xFF0000);
        lv_area_t a = {1, 1, 4, 4};
        lv_draw_rect(&c.layer, &d, &a);
        EXPECT_EQ(c.red(2, 2), 255) << cf;
        EXPECT_EQ(c.green(2, 2), 0) << cf;
        EXPECT_EQ(c.blue(2, 2), 0) << cf;
        d.bg_color = lv_color_hex(0x0000FF);
        d.bg_opa = LV_OPA_50;
        lv_area_t b = {3, 3, 6, 6};
        lv_draw_rect(&c.layer, &d, &b);
        EXPECT_NEAR(c.red(3, 3), 128, 8) << cf;
        EXPECT_NEAR(c.blue(3, 3), 127, 8) << cf;
        if(cf == LV_COLOR_FORMAT_ARGB8888) {
            EXPECT_EQ(c.alpha(0, 0), 0);          /* untouched stays transparent */
            EXPECT_EQ(c.alpha(2, 2), 255);
            EXPECT_NEAR(c.alpha(6, 6), 127, 2);   /* translucent over transparent */
            EXPECT_EQ(c.blue(6, 6), 255);         /* keeps its own color */
        }
        else {
            EXPECT_NEAR(c.red(6, 6), 127, 8) << cf; /* blue at 50% over white */
            EXPECT_NEAR(c.green(6, 6), 127, 8) << cf;
            EXPECT_NEAR(c.blue(6, 6), 255, 1) << cf; /* LVGL mixes with >> 8 */
        }
    }
}

TEST(DrawBlend, LayerOpacityAndUnknownFormat)
{
    TestCanvas c(4, 4, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    c.layer.opa = LV_OPA_50;
    lv_draw_rect_dsc_t d = rect_dsc(0xFFFFFF);
    lv_area_t a = {0, 0, 3, 3};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_NEAR(c.red(0, 0), 127, 1);
    /* drawing into a format the renderer cannot write is a no-op, not a crash */
    lv_draw_buf_t * i4 = lv_draw_buf_create(4, 4, LV_COLOR_FORMAT_I4, 0);
    ASSERT_NE(i4, nullptr);
    lv_layer_t l;
    lv_layer_init(&l);
    l.draw_buf = i4;
    l.buf_area = {0, 0, 3, 3};
    l._clip_area = l.buf_area;
    lv_draw_rect(&l, &d, &a);
    lv_draw_buf_destroy(i4);
    lv_draw_rect(nullptr, &d, &a);
    lv_draw_rect(&c.layer, nullptr, &a);
}

TEST(DrawLabel, GlyphsSitOnTheBaseLine)
{
    TestCanvas c(60, 30);
    lv_draw_label_dsc_t d;
    lv_draw_label_dsc_init(&d);
    d.text = "H";
    lv_area_t a = {5, 5, 54, 24};
    lv_draw_label(&c.layer, &d, &a);
    /* Montserrat 14: line height 16, base line 3; 'H' is 10 px tall on the base line */
    int top = 99, bottom = -1, left = 99;
    for(int y = 0; y < 30; y++)
        for(int x = 0; x < 60; x++)
            if(c.red(x, y) < 128) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
                left = std::min(left, x);
            }
    EXPECT_EQ(bottom, 5 + 16 - 3 - 1);
    EXPECT_EQ(top, bottom - 9);
    EXPECT_EQ(left, 6);
}

TEST(DrawLabel, AlignmentAndClipping)
{
    auto ink_x = [](TestCanvas & c, bool first) {
        for(int i = 0; i < 100; i++) {
            int x = first ? i : 99 - i;
            for(int y = 0; y < 20; y++)
                if(c.red(x, y) < 128) return x;
        }
        return -1;
    };
    TestCanvas l(100, 20), r(100, 20), m(100, 20);
    lv_draw_label_dsc_t d;
    lv_draw_label_dsc_init(&d);
    d.text = "ab";
    lv_area_t a = {0, 0, 99, 19};
    lv_draw_label(&l.layer, &d, &a);
    d.align = LV_TEXT_ALIGN_RIGHT;
    lv_draw_label(&r.layer, &d, &a);
    d.align = LV_TEXT_ALIGN_CENTER;
    lv_draw_label(&m.layer, &d, &a);
    int w = lv_text_get_width("ab", 2, LV_FONT_DEFAULT, 0);
    EXPECT_EQ(ink_x(r, true) - ink_x(l, true), 100 - w);
    EXPECT_EQ(ink_x(m, true) - ink_x(l, true), (100 - w) / 2);
    /* a clip area cuts glyphs */
    TestCanvas cl(100, 20);
    cl.layer._clip_area = {0, 0, 3, 19};
    d.align = LV_TEXT_ALIGN_LEFT;
    lv_draw_label(&cl.layer, &d, &a);
    EXPECT_EQ(ink_x(cl, false) <= 3, true);
}

TEST(DrawLabel, RecolorSelectionAndMissingGlyphs)
{
    TestCanvas c(200, 20);
    lv_draw_label_dsc_t d;
    lv_draw_label_dsc_init(&d);
    d.text = "#ff0000 I# I";
    d.flag = LV_TEXT_FLAG_RECOLOR;
    lv_area_t a = {0, 0, 199, 19};
    lv_draw_label(&c.layer, &d, &a);
    bool red = false, black = false;
    for(int x = 0; x < 40; x++) {
        int r = c.red(x, 10), g = c.green(x, 10), b = c.blue(x, 10);
        if(r > 200 && g < 80 && b < 80) red = true;
        if(r < 80 && g < 80 && b < 80) black = true;
    }
    EXPECT_TRUE(red);
    EXPECT_TRUE(black);

    TestCanvas s(200, 20);
    lv_draw_label_dsc_init(&d);
    d.text = "AB";
    d.sel_start = 1;
    d.sel_end = 2;
    d.sel_bg_color = lv_color_hex(0x0000FF);
    lv_draw_label(&s.layer, &d, &a);
    int wa = lv_font_get_glyph_width(LV_FONT_DEFAULT, 'A', 'B');
    EXPECT_EQ(s.px(wa + 1, 1) & 0xFFFFFF, 0x0000FFu); /* 'B' has a selection background */
    EXPECT_EQ(s.px(1, 1) & 0xFFFFFF, 0xFFFFFFu);

    TestCanvas p(40, 20);
    lv_draw_label_dsc_init(&d);
    d.text = "\xE4\xB8\xAD"; /* not in the font: a placeholder frame */
    lv_draw_label(&p.layer, &d, &a);
    int ink = 0;
    for(int y = 0; y < 20; y++)
        for(int x = 0; x < 40; x++) ink += p.red(x, y) < 128;
    EXPECT_GT(ink, 10);
}

TEST(DrawLine, HorizontalAndVerticalAreExact)
{
    TestCanvas c(40, 40);
    lv_draw_line_dsc_t d;
    lv_draw_line_dsc_init(&d);
    d.width = 3;
    d.p1 = {5, 10};
    d.p2 = {25, 10};
    lv_draw_line(&c.layer, &d);
    EXPECT_EQ(c.red(5, 9), 0);
    EXPECT_EQ(c.red(24, 11), 0);
    EXPECT_EQ(c.red(25, 10), 255); /* the end point itself is not drawn */
    EXPECT_EQ(c.red(10, 8), 255);
    EXPECT_EQ(c.red(10, 12), 255);
    d.p1 = {30, 5};
    d.p2 = {30, 20};
    d.dash_width = 2;
    d.dash_gap = 2;
    lv_draw_line(&c.layer, &d);
    EXPECT_EQ(c.red(30, 5), 0);
    EXPECT_EQ(c.red(30, 6), 0);
    EXPECT_EQ(c.red(30, 7), 255);
    EXPECT_EQ(c.red(30, 9), 0);
}

TEST(DrawLine, SkewedLineCoversItsLength)
{
    TestCanvas c(60, 60);
    lv_draw_line_dsc_t d;
    lv_draw_line_dsc_init(&d);
    d.width = 4;
    d.round_start = d.round_end = 1;
    d.p1 = {10, 10};
    d.p2 = {50, 40};
    lv_draw_line(&c.layer, &d);
    double ink = 0;
    for(int y = 0; y < 60; y++)
        for(int x = 0; x < 60; x++) ink += (255 - c.red(x, y)) / 255.0;
    /* length 50 x width 4 plus a disc of diameter 4 */
    EXPECT_NEAR(ink, 50 * 4 + 3.14159 * 4, 16);
    EXPECT_LT(c.red(30, 25), 10);
    EXPECT_EQ(c.red(50, 10), 255);
}

TEST(DrawArc, QuarterRingStaysInItsQuadrant)
{
    TestCanvas c(100, 100);
    lv_draw_arc_dsc_t d;
    lv_draw_arc_dsc_init(&d);
    d.center = {50, 50};
    d.radius = 40;
    d.width = 10;
    d.start_angle = 0;
    d.end_angle = 90; /* from 3 o'clock clockwise to 6 o'clock */
    lv_draw_arc(&c.layer, &d);
    EXPECT_LT(c.red(85, 60), 10);   /* right-bottom quadrant, inside the ring */
    EXPECT_LT(c.red(60, 85), 10);
    EXPECT_EQ(c.red(15, 40), 255);  /* other quadrants untouched */
    EXPECT_EQ(c.red(40, 15), 255);
    EXPECT_EQ(c.red(60, 60), 255);  /* the hole */
    double ink = 0;
    for(int y = 0; y < 100; y++)
        for(int x = 0; x < 100; x++) ink += (255 - c.red(x, y)) / 255.0;
    EXPECT_NEAR(ink, 3.14159 * (40 * 40 - 30 * 30) / 4, 15);
}

TEST(DrawArc, BadInputIsIgnored)
{
    TestCanvas c(10, 10);
    lv_draw_arc_dsc_t d;
    lv_draw_arc_dsc_init(&d);
    d.radius = 0;
    lv_draw_arc(&c.layer, &d);
    d.radius = 5;
    d.width = 100; /* wider than the radius: a full disc sector */
    d.center = {5, 5};
    d.start_angle = 0;
    d.end_angle = 360;
    lv_draw_arc(&c.layer, &d);
    EXPECT_LT(c.red(5, 5), 10);
    lv_draw_arc(nullptr, &d);
}

TEST(DrawTriangle, CoversHalfTheSquare)
{
    TestCanvas c(40, 40);
    lv_draw_triangle_dsc_t d;
    lv_draw_triangle_dsc_init(&d);
    d.p[0] = {0, 0};
    d.p[1] = {40, 0};
    d.p[2] = {0, 40};
    lv_draw_triangle(&c.layer, &d);
    double ink = 0;
    for(int y = 0; y < 40; y++)
        for(int x = 0; x < 40; x++) ink += (255 - c.red(x, y)) / 255.0;
    EXPECT_NEAR(ink, 800, 20);
    EXPECT_EQ(c.red(2, 2), 0);
    EXPECT_EQ(c.red(37, 37), 255);
}

TEST(DrawRect, ShapesCrossingNegativeCoordinates)
{
    /* a layer whose buffer starts left of and above the screen origin */
    lv_draw_buf_t * buf = lv_draw_buf_create(40, 40, LV_COLOR_FORMAT_XRGB8888, 0);
    lv_layer_t l;
    lv_layer_init(&l);
    l.draw_buf = buf;
    l.buf_area = {-20, -20, 19, 19};
    l._clip_area = l.buf_area;
    lv_draw_buf_clear(buf, nullptr);
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    d.radius = 10;
    lv_area_t a = {-15, -15, 14, 14}; /* centered on the origin */
    lv_draw_rect(&l, &d, &a);
    auto red = [&](int32_t x, int32_t y) { return ((uint8_t *)lv_draw_buf_goto_xy(buf, x + 20, y + 20))[2]; };
    for(int32_t y = -15; y < 0; y++) {
        for(int32_t x = -15; x < 0; x++) {
            /* point symmetric around the center (-0.5 .. 14.5 mirrors -15 .. -0.5) */
            EXPECT_EQ(red(x, y), red(-1 - x, -1 - y)) << x << "," << y;
            EXPECT_EQ(red(x, y), red(-1 - x, y)) << x << "," << y;
        }
    }
    EXPECT_EQ(red(0, 0), 255);
    EXPECT_EQ(red(-15, -15), 0);
    lv_draw_buf_destroy(buf);
}

TEST(DrawRect, ShadowWidthsAreSymmetric)
{
    /* even widths blur with two boxes leaning opposite ways: point symmetric; odd widths
     * have one even box, half a pixel off center (as in the original): nearly symmetric */
    for(int32_t sw = 1; sw <= 9; sw++) {
        TestCanvas c(60, 60);
        lv_draw_rect_dsc_t d;
        lv_draw_rect_dsc_init(&d);
        d.bg_opa = LV_OPA_TRANSP;
        d.radius = 4;
        d.shadow_width = sw;
        d.shadow_spread = 2;
        d.shadow_color = lv_color_hex(0x000000);
        lv_area_t a = {20, 20, 39, 39};
        lv_draw_rect(&c.layer, &d, &a);
        long ink_left = 0, ink_right = 0, ink = 0;
        for(int y = 0; y < 60; y++) {
            for(int x = 0; x < 60; x++) {
                int v = 255 - c.red(x, y);
                ink += v;
                (x < 30 ? ink_left : ink_right) += v;
                if(sw % 2 == 0) {
                    EXPECT_NEAR(c.red(x, y), c.red(59 - x, 59 - y), 2) << "sw " << sw << " at " << x << "," << y;
                }
            }
        }
        EXPECT_GT(ink, 255L * 20 * 20) << sw;
        EXPECT_NEAR((double)ink_left / (double)ink_right, 1.0, 0.1) << sw;
    }
}

TEST(DrawRect, HugeCoordinatesAreSafe)
{
    /* objects far larger than the screen (long scrolled lists, LV_COORD_MAX sizes) */
    TestCanvas c(20, 20);
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    d.bg_color = lv_color_hex(0x000000);
    d.radius = LV_RADIUS_CIRCLE;
    d.border_width = 3;
    d.shadow_width = 4;
    lv_area_t a = {-LV_COORD_MAX, -LV_COORD_MAX, LV_COORD_MAX, LV_COORD_MAX};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.red(10, 10), 0);
    lv_area_t b = {5, -100000000, 14, 100000000};
    d.bg_color = lv_color_hex(0xFF0000);
    d.radius = 3;
    lv_draw_rect(&c.layer, &d, &b);
    EXPECT_EQ(c.red(10, 10), 255);
    lv_draw_arc_dsc_t arc;
    lv_draw_arc_dsc_init(&arc);
    arc.center = {10, 10};
    arc.radius = 65535;
    arc.width = 30000;
    arc.start_angle = 10;
    arc.end_angle = 300;
    arc.rounded = 1;
    lv_draw_arc(&c.layer, &arc);
    lv_draw_line_dsc_t l;
    lv_draw_line_dsc_init(&l);
    l.p1 = {-1000000000, -5};
    l.p2 = {1000000000, 30};
    l.width = 5;
    lv_draw_line(&c.layer, &l);
}

TEST(DrawRect, BorderPostSkipsTheBorderButKeepsTheBackgroundInside)
{
    /* with border_post the border comes later (after the children); the background still
     * stops 1 px short under a rounded opaque border, so its corners do not bleed through */
    TestCanvas c(30, 30);
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    d.bg_color = lv_color_hex(0x00FF00);
    d.radius = 6;
    d.border_width = 2;
    d.border_color = lv_color_hex(0x0000FF);
    d.border_post = 1;
    lv_area_t a = {5, 5, 24, 24};
    lv_draw_rect(&c.layer, &d, &a);
    EXPECT_EQ(c.px(15, 5) & 0xFFFFFF, 0xFFFFFFu); /* no border yet, no background on the edge row */
    EXPECT_EQ(c.px(15, 6) & 0xFFFFFF, 0x00FF00u);
    EXPECT_EQ(c.blue(15, 15), 0);
    d.border_post = 0;
    d.bg_opa = LV_OPA_TRANSP;
    lv_draw_rect(&c.layer, &d, &a); /* the post pass */
    EXPECT_EQ(c.px(15, 5) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(c.px(15, 6) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(c.px(15, 7) & 0xFFFFFF, 0x00FF00u);
}

TEST(DrawLabel, SingleLettersLandWhereTheLabelPutsThem)
{
    TestCanvas a(30, 30), b(30, 30), c(30, 30);
    lv_draw_label_dsc_t l;
    lv_draw_label_dsc_init(&l);
    l.text = "H";
    lv_area_t area = {5, 5, 29, 29};
    lv_draw_label(&a.layer, &l, &area);
    lv_point_t p = {5, 5};
    lv_draw_character(&b.layer, &l, &p, 'H');
    lv_draw_letter_dsc_t d;
    lv_draw_letter_dsc_init(&d);
    d.unicode = 'H';
    lv_draw_letter(&c.layer, &d, &p);
    for(int y = 0; y < 30; y++) {
        for(int x = 0; x < 30; x++) {
            EXPECT_EQ(a.px(x, y), b.px(x, y)) << x << "," << y;
            EXPECT_EQ(a.px(x, y), c.px(x, y)) << x << "," << y;
        }
    }
}
