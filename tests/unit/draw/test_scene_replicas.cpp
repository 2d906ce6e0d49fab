// Scenes 05, 06 and 07 use plain objects with local styles only, so their pictures can be
// rebuilt from draw calls alone (what lv_obj's draw event does) and compared with the
// pictures the original LVGL 9.3 rendered: the fidelity target of the renderer.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "draw_test_util.h"
#include "lv_png.h"
#include "png/png_io.h"

namespace {

std::string scenes_dir()
{
    return source_dir_of(__FILE__) + "/../../gui/scenes/";
}

struct Obj {
    lv_area_t a;
    lv_draw_rect_dsc_t d;
};

/* An object after remove_style_all(): transparent, no border, no radius. */
Obj obj(int32_t x, int32_t y, int32_t w, int32_t h)
{
    Obj o;
    o.a = {x, y, x + w - 1, y + h - 1};
    lv_draw_rect_dsc_init(&o.d);
    o.d.bg_opa = LV_OPA_TRANSP;
    o.d.bg_grad.stops[0].color = lv_color_black();
    o.d.bg_grad.stops[1].color = lv_color_black();
    o.d.bg_grad.dir = LV_GRAD_DIR_NONE;
    return o;
}

void draw(TestCanvas & c, Obj & o)
{
    o.d.bg_grad.stops[0].color = o.d.bg_color;
    lv_draw_rect(&c.layer, &o.d, &o.a);
}

/* Share (in %) of pixels off by more than 24 in some channel, saving ours and a diff. */
double compare_with_reference(TestCanvas & c, const std::string & name)
{
    std::string ours = testing::TempDir() + name + ".png";
    EXPECT_EQ(lv_draw_buf_save_to_png(c.buf, ours.c_str()), LV_RESULT_OK);
    pngio::Image a, b, diff;
    std::string err;
    EXPECT_TRUE(pngio::read_png(ours, &a, &err)) << err;
    EXPECT_TRUE(pngio::read_png(scenes_dir() + "ref/" + name + ".png", &b, &err)) << err;
    if(a.width != b.width || a.height != b.height) return 100.0;
    pngio::DiffResult r = pngio::compare(a, b, 24, &diff);
    pngio::write_png(testing::TempDir() + name + "_diff.png", diff, &err);
    std::printf("%s: %.3f%% of pixels differ (max delta %d); ours in %s\n", name.c_str(), r.share() * 100,
                r.max_delta, ours.c_str());
    return r.share() * 100;
}

} // namespace

TEST(SceneReplica, BgGradient05)
{
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xFFFFFF);
    Obj stripe = obj(10, 30, 300, 30);
    stripe.d.bg_color = lv_color_hex(0x202020);
    stripe.d.bg_opa = LV_OPA_COVER;
    draw(c, stripe);
    lv_opa_t opas[5] = {LV_OPA_COVER, LV_OPA_70, LV_OPA_50, LV_OPA_30, LV_OPA_10};
    for(int i = 0; i < 5; i++) {
        Obj b = obj(15 + i * 60, 10, 50, 70);
        b.d.bg_color = lv_color_hex(0xE04040);
        b.d.bg_opa = opas[i];
        draw(c, b);
    }
    struct G {
        int32_t x, y;
        uint32_t c1, c2;
        lv_grad_dir_t dir;
        uint8_t s1, s2;
    } grads[4] = {{15, 95, 0x0040FF, 0xFFFFFF, LV_GRAD_DIR_VER, 0, 255},
                  {165, 95, 0xFF8000, 0x8000FF, LV_GRAD_DIR_HOR, 0, 255},
                  {15, 165, 0x00A060, 0x000000, LV_GRAD_DIR_VER, 100, 160},
                  {165, 165, 0xFFFF00, 0xFF0040, LV_GRAD_DIR_HOR, 60, 200}};
    for(const G & g : grads) {
        Obj o = obj(g.x, g.y, 140, 60);
        o.d.bg_opa = LV_OPA_COVER;
        o.d.bg_color = lv_color_hex(g.c1);
        o.d.bg_grad.stops[1].color = lv_color_hex(g.c2);
        o.d.bg_grad.stops[0].frac = g.s1;
        o.d.bg_grad.stops[1].frac = g.s2;
        o.d.bg_grad.dir = g.dir;
        draw(c, o);
    }
    EXPECT_LE(compare_with_reference(c, "05_style_bg_gradient"), 1.0);
}

TEST(SceneReplica, RadiusBorder06)
{
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF0F0F0);
    struct B {
        int32_t x, y, w, h, radius, bw;
        lv_border_side_t side;
        uint32_t color, bg;
        lv_opa_t border_opa;
    } boxes[8] = {
        {10, 10, 90, 60, 0, 2, LV_BORDER_SIDE_FULL, 0x2060D0, 0xFFFFFF, LV_OPA_COVER},
        {115, 10, 90, 60, 12, 4, LV_BORDER_SIDE_FULL, 0xD03020, 0xFFFFFF, LV_OPA_COVER},
        {220, 5, 70, 70, LV_RADIUS_CIRCLE, 6, LV_BORDER_SIDE_FULL, 0x20A040, 0xFFF0C0, LV_OPA_COVER},
        {10, 90, 90, 60, 0, 5, LV_BORDER_SIDE_BOTTOM, 0x2060D0, 0xFFFFFF, LV_OPA_COVER},
        {115, 90, 90, 60, 0, 5, (lv_border_side_t)(LV_BORDER_SIDE_LEFT | LV_BORDER_SIDE_RIGHT), 0x8020C0, 0xFFFFFF, LV_OPA_COVER},
        {220, 90, 90, 60, 20, 5, LV_BORDER_SIDE_TOP, 0xE08000, 0xFFFFFF, LV_OPA_COVER},
        {10, 170, 190, 50, LV_RADIUS_CIRCLE, 3, LV_BORDER_SIDE_FULL, 0x000000, 0x60C0F0, LV_OPA_50},
        {220, 170, 90, 50, 8, 10, LV_BORDER_SIDE_FULL, 0x404040, 0xC0E0FF, LV_OPA_COVER},
    };
    for(const B & b : boxes) {
        Obj o = obj(b.x, b.y, b.w, b.h);
        o.d.bg_color = lv_color_hex(b.bg);
        o.d.bg_opa = LV_OPA_COVER;
        o.d.radius = b.radius;
        o.d.border_width = b.bw;
        o.d.border_color = lv_color_hex(b.color);
        o.d.border_side = b.side;
        o.d.border_opa = b.border_opa;
        draw(c, o);
    }
    EXPECT_LE(compare_with_reference(c, "06_style_radius_border"), 1.0);
}

TEST(SceneReplica, OutlineShadow07)
{
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xFFFFFF);
    auto box = [](int32_t x, int32_t y, int32_t radius) {
        Obj o = obj(x, y, 70, 50);
        o.d.radius = radius;
        o.d.bg_color = lv_color_hex(0x4080E0);
        o.d.bg_opa = LV_OPA_COVER;
        return o;
    };
    Obj a = box(20, 20, 6);
    a.d.outline_width = 3;
    a.d.outline_color = lv_color_hex(0xE02020);
    Obj b = box(125, 20, 6);
    b.d.outline_width = 2;
    b.d.outline_color = lv_color_hex(0x20A020);
    b.d.outline_pad = 6;
    Obj cc = box(230, 20, LV_RADIUS_CIRCLE);
    cc.d.outline_width = 4;
    cc.d.outline_color = lv_color_hex(0x000000);
    cc.d.outline_opa = LV_OPA_40;
    cc.d.outline_pad = 3;
    Obj d = box(20, 130, 6);
    d.d.shadow_width = 20;
    d.d.shadow_color = lv_color_hex(0x000000);
    Obj e = box(125, 130, 6);
    e.d.shadow_width = 10;
    e.d.shadow_spread = 4;
    e.d.shadow_offset_x = 8;
    e.d.shadow_offset_y = 8;
    e.d.shadow_color = lv_color_hex(0xE04000);
    Obj f = box(230, 130, 25);
    f.d.shadow_width = 30;
    f.d.shadow_color = lv_color_hex(0x8000C0);
    f.d.shadow_opa = LV_OPA_60;
    f.d.shadow_offset_y = -6;
    for(Obj * o : {&a, &b, &cc, &d, &e, &f}) draw(c, *o);
    EXPECT_LE(compare_with_reference(c, "07_style_outline_shadow"), 1.0);
}

namespace {

/* A label of the default theme (text 0x212121) sized to its content at (x, y). */
void label(TestCanvas & c, int32_t x, int32_t y, const char * text, const lv_font_t * font, uint32_t color,
           bool recolor = false)
{
    lv_draw_label_dsc_t d;
    lv_draw_label_dsc_init(&d);
    d.text = text;
    d.font = font;
    d.color = lv_color_hex(color);
    if(recolor) d.flag = LV_TEXT_FLAG_RECOLOR;
    lv_point_t size;
    lv_text_get_size(&size, text, font, 0, 0, LV_COORD_MAX, d.flag);
    lv_area_t a = {x, y, x + size.x - 1, y + size.y - 1};
    lv_draw_label(&c.layer, &d, &a);
}

} // namespace

TEST(SceneReplica, LabelFontsSymbols04)
{
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF5F5F5);
    label(c, 8, 8, "Recolor: #ff0000 red# #00a000 green# #0000ff blue# plain", &lv_font_montserrat_14, 0x212121, true);
    label(c, 8, 36, "Montserrat 14 Ag", &lv_font_montserrat_14, 0x212121);
    label(c, 8, 58, "Montserrat 16 Ag", &lv_font_montserrat_16, 0x212121);
    label(c, 8, 84, "Montserrat 24 Ag", &lv_font_montserrat_24, 0x212121);
    label(c, 8, 124,
          LV_SYMBOL_OK " " LV_SYMBOL_CLOSE " " LV_SYMBOL_HOME " " LV_SYMBOL_WIFI " " LV_SYMBOL_BATTERY_FULL
                       " " LV_SYMBOL_SETTINGS " " LV_SYMBOL_TRASH " " LV_SYMBOL_BELL,
          &lv_font_montserrat_24, 0x2196F3);
    label(c, 8, 160, LV_SYMBOL_PLAY " Play  " LV_SYMBOL_PAUSE " Pause  " LV_SYMBOL_WARNING " Warn", &lv_font_montserrat_14,
          0x212121);
    EXPECT_LE(compare_with_reference(c, "04_label_recolor_fonts_symbols"), 1.0);
}

namespace {

/* Share (in %) of differing pixels inside `region` only. */
double compare_region(TestCanvas & c, const std::string & name, lv_area_t region)
{
    // named after the test too: several tests compare regions of one scene, and ctest runs
    // them as parallel processes sharing the temporary folder
    std::string test = testing::UnitTest::GetInstance()->current_test_info()->name();
    std::string ours = testing::TempDir() + name + "_" + test + "_region.png";
    EXPECT_EQ(lv_draw_buf_save_to_png(c.buf, ours.c_str()), LV_RESULT_OK);
    pngio::Image a, b;
    std::string err;
    EXPECT_TRUE(pngio::read_png(ours, &a, &err)) << err;
    EXPECT_TRUE(pngio::read_png(scenes_dir() + "ref/" + name + ".png", &b, &err)) << err;
    if(a.width != b.width || a.height != b.height) return 100.0;
    long off = 0, total = 0;
    for(int32_t y = region.y1; y <= region.y2; y++) {
        for(int32_t x = region.x1; x <= region.x2; x++) {
            const uint8_t * p = &a.rgba[(size_t)(y * a.width + x) * 4];
            const uint8_t * q = &b.rgba[(size_t)(y * b.width + x) * 4];
            bool differs = false;
            for(int k = 0; k < 3; k++) differs |= std::abs(p[k] - q[k]) > 24;
            off += differs;
            total++;
        }
    }
    double share = 100.0 * (double)off / (double)total;
    std::printf("%s region: %.3f%% of pixels differ\n", name.c_str(), share);
    return share;
}

void polyline(TestCanvas & c, lv_point_t origin, const lv_point_t * pts, int n, int32_t width, uint32_t color, bool round)
{
    lv_draw_line_dsc_t d;
    lv_draw_line_dsc_init(&d);
    d.width = width;
    d.color = lv_color_hex(color);
    d.round_start = round;
    d.round_end = round;
    for(int i = 0; i + 1 < n; i++) {
        d.p1 = {origin.x + pts[i].x, origin.y + pts[i].y};
        d.p2 = {origin.x + pts[i + 1].x, origin.y + pts[i + 1].y};
        lv_draw_line(&c.layer, &d);
    }
}

} // namespace

TEST(SceneReplica, Lines19)
{
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF5F5F5);
    const lv_point_t pts[5] = {{10, 10}, {60, 60}, {110, 20}, {160, 80}, {280, 40}};
    polyline(c, {10, 120}, pts, 5, 8, 0x2196F3, true);
    const lv_point_t pts2[3] = {{0, 0}, {120, 0}, {120, 30}};
    polyline(c, {190, 20}, pts2, 3, 3, 0x20A040, false);
    /* the spinners in the upper left are widgets, not part of this check */
    EXPECT_LE(compare_region(c, "19_spinner_line", {0, 100, 319, 239}), 1.0);
    EXPECT_LE(compare_region(c, "19_spinner_line", {190, 0, 319, 99}), 1.0);
}

namespace {

/* Draws a whole buffer as an image at (x, y). */
void draw_buffer_at(TestCanvas & screen, const lv_draw_buf_t * buf, int32_t x, int32_t y)
{
    lv_image_dsc_t img;
    lv_draw_buf_to_image(buf, &img);
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.src = &img;
    lv_area_t a = {x, y, x + (int32_t)buf->header.w - 1, y + (int32_t)buf->header.h - 1};
    lv_draw_image(&screen.layer, &d, &a);
}

} // namespace

TEST(SceneReplica, Canvas35)
{
    /* an ARGB8888 canvas drawn into through a layer, then shown centered on the screen */
    TestCanvas cv(280, 200, LV_COLOR_FORMAT_ARGB8888);
    lv_draw_fill_dsc_t bg;
    lv_draw_fill_dsc_init(&bg);
    bg.color = lv_color_hex(0xF0F4FF);
    lv_area_t all = {0, 0, 279, 199};
    lv_draw_fill(&cv.layer, &bg, &all);
    for(int i = 0; i < 60; i += 3) {
        uint8_t * p = (uint8_t *)lv_draw_buf_goto_xy(cv.buf, 10 + i, 190);
        p[0] = 0x00;
        p[1] = 0x00;
        p[2] = 0xFF;
        p[3] = 0xFF;
    }
    lv_draw_rect_dsc_t rd;
    lv_draw_rect_dsc_init(&rd);
    rd.bg_color = lv_color_hex(0x3070E0);
    rd.radius = 10;
    rd.border_width = 3;
    rd.border_color = lv_color_hex(0x102040);
    lv_area_t ra = {10, 10, 120, 80};
    lv_draw_rect(&cv.layer, &rd, &ra);
    lv_draw_line_dsc_t ld;
    lv_draw_line_dsc_init(&ld);
    ld.color = lv_color_hex(0xE04020);
    ld.width = 5;
    ld.round_start = 1;
    ld.round_end = 1;
    ld.p1 = {140, 20};
    ld.p2 = {270, 90};
    lv_draw_line(&cv.layer, &ld);
    lv_draw_arc_dsc_t ad;
    lv_draw_arc_dsc_init(&ad);
    ad.color = lv_color_hex(0x20A040);
    ad.width = 8;
    ad.center = {70, 140};
    ad.radius = 40;
    ad.start_angle = 0;
    ad.end_angle = 270;
    lv_draw_arc(&cv.layer, &ad);
    lv_draw_label_dsc_t td;
    lv_draw_label_dsc_init(&td);
    td.color = lv_color_hex(0x202020);
    td.text = "Canvas text";
    td.font = &lv_font_montserrat_16;
    lv_area_t ta = {140, 130, 275, 160};
    lv_draw_label(&cv.layer, &td, &ta);

    TestCanvas screen(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF5F5F5);
    draw_buffer_at(screen, cv.buf, 20, 20);
    EXPECT_LE(compare_with_reference(screen, "35_canvas"), 1.0);
}

TEST(SceneReplica, ImageTransforms36)
{
    const int N = 40;
    static uint8_t data[N * N * 4];
    for(int y = 0; y < N; y++) {
        for(int x = 0; x < N; x++) {
            uint8_t * p = &data[(y * N + x) * 4];
            double dx = x - 19.5, dy = y - 19.5, d2 = dx * dx + dy * dy;
            p[0] = (uint8_t)(200 - x * 4);
            p[1] = (uint8_t)(y * 6);
            p[2] = (uint8_t)(x * 6);
            p[3] = d2 < 380 ? 255 : (d2 > 400 ? 0 : 128);
            if(x >= 6 && x < 34 && y >= 17 && y < 23) p[0] = p[1] = p[2] = p[3] = 255;
        }
    }
    lv_image_dsc_t img = {};
    img.header.magic = LV_IMAGE_HEADER_MAGIC;
    img.header.cf = LV_COLOR_FORMAT_ARGB8888;
    img.header.w = N;
    img.header.h = N;
    img.header.stride = N * 4;
    img.data = data;
    img.data_size = sizeof(data);

    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xFFFFFF);
    auto draw = [&](int32_t x, int32_t y, void (*tweak)(lv_draw_image_dsc_t &)) {
        lv_draw_image_dsc_t d;
        lv_draw_image_dsc_init(&d);
        d.src = &img;
        d.pivot = {N / 2, N / 2};
        tweak(d);
        lv_area_t a = {x, y, x + N - 1, y + N - 1};
        lv_draw_image(&c.layer, &d, &a);
    };
    draw(20, 20, [](lv_draw_image_dsc_t &) {});
    draw(90, 20, [](lv_draw_image_dsc_t & d) {
        d.recolor = lv_palette_main(LV_PALETTE_PURPLE);
        d.recolor_opa = LV_OPA_60;
    });
    draw(160, 20, [](lv_draw_image_dsc_t & d) { d.opa = LV_OPA_40; });
    draw(60, 140, [](lv_draw_image_dsc_t & d) { d.scale_x = d.scale_y = 512; });
    draw(180, 140, [](lv_draw_image_dsc_t & d) {
        d.rotation = 300;
        d.scale_x = d.scale_y = 384;
    });
    {
        lv_draw_image_dsc_t d;
        lv_draw_image_dsc_init(&d);
        d.src = &img;
        d.tile = 1;
        d.image_area = {240, 10, 240 + N - 1, 10 + N - 1};
        lv_area_t a = {240, 10, 309, 109};
        lv_draw_image(&c.layer, &d, &a);
    }
    /* plain, recolored, translucent and tiled copies match the original */
    EXPECT_LE(compare_region(c, "36_image_code", {0, 0, 235, 110}), 1.0);
    EXPECT_LE(compare_region(c, "36_image_code", {236, 0, 319, 119}), 1.0);
    /* scaled and rotated copies are computed like the original's: the picture matches */
    EXPECT_LE(compare_region(c, "36_image_code", {160, 120, 239, 199}), 0.1);
    EXPECT_LE(compare_region(c, "36_image_code", {30, 110, 130, 210}), 0.1);
    EXPECT_LE(compare_with_reference(c, "36_image_code"), 0.1);
}

TEST(SceneReplica, ArcRing18)
{
    /* the knob-less arc at the bottom: a full grey background ring (width 12, radius 45);
     * only its upper part is compared, the green indicator covers the rest */
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF5F5F5);
    lv_draw_arc_dsc_t d;
    lv_draw_arc_dsc_init(&d);
    d.center = {160, 187};
    d.radius = 45;
    d.width = 12;
    d.start_angle = 0;
    d.end_angle = 360;
    d.color = lv_color_hex(0xE0E0E0);
    lv_draw_arc(&c.layer, &d);
    EXPECT_LE(compare_region(c, "18_arc", {112, 139, 208, 172}), 0.5);
}

TEST(SceneReplica, ArcRoundEnd18)
{
    /* the first arc widget: grey background arc 135..45 and the blue indicator from 135,
     * both rounded; compared around their common round start (the knob sits on the other end) */
    TestCanvas c(320, 240, LV_COLOR_FORMAT_XRGB8888, 0xF5F5F5);
    lv_draw_arc_dsc_t d;
    lv_draw_arc_dsc_init(&d);
    d.center = {70, 70};
    d.radius = 60;
    d.width = 12;
    d.rounded = 1;
    d.start_angle = 135;
    d.end_angle = 45;
    d.color = lv_color_hex(0xE0E0E0);
    lv_draw_arc(&c.layer, &d);
    d.end_angle = 324;
    d.color = lv_color_hex(0x2196F3);
    lv_draw_arc(&c.layer, &d);
    EXPECT_LE(compare_region(c, "18_arc", {5, 60, 50, 125}), 0.5);
}
