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
    std::string here = __FILE__;
    return here.substr(0, here.rfind("/unit/draw/")) + "/gui/scenes/";
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
