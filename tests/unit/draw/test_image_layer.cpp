// Images in every source format, transforms, tiling, clip radius; layers; draw buffers;
// the PNG encoder checked by decoding its output with zlib (tools/png).
#include <gtest/gtest.h>

#include <cstdio>
#include <vector>

#include "draw_test_util.h"
#include "lv_png.h"
#include "png/png_io.h"

namespace {

lv_image_dsc_t make_image(lv_color_format_t cf, uint32_t w, uint32_t h, const uint8_t * data, uint32_t size,
                          uint32_t stride = 0)
{
    lv_image_dsc_t img = {};
    img.header.magic = LV_IMAGE_HEADER_MAGIC;
    img.header.cf = cf;
    img.header.w = w;
    img.header.h = h;
    img.header.stride = stride ? stride : lv_draw_buf_width_to_stride(w, cf);
    img.data = data;
    img.data_size = size;
    return img;
}

void draw_at(TestCanvas & c, const lv_image_dsc_t * img, int32_t x, int32_t y, lv_draw_image_dsc_t * dsc = nullptr)
{
    lv_draw_image_dsc_t d;
    if(dsc == nullptr) {
        lv_draw_image_dsc_init(&d);
        dsc = &d;
    }
    dsc->src = img;
    lv_area_t a = {x, y, x + (int32_t)img->header.w - 1, y + (int32_t)img->header.h - 1};
    lv_draw_image(&c.layer, dsc, &a);
}

} // namespace

TEST(DrawImage, SourceFormats)
{
    /* 2x1 images: a red and a green pixel in each format */
    const uint8_t argb[] = {0, 0, 255, 255, 0, 255, 0, 255};
    const uint8_t xrgb[] = {0, 0, 255, 0, 0, 255, 0, 0};
    const uint8_t rgb[] = {0, 0, 255, 0, 255, 0};
    const uint8_t r565[] = {0x00, 0xF8, 0xE0, 0x07};
    const uint8_t r565a8[] = {0x00, 0xF8, 0xE0, 0x07, 255, 255};
    /* I1: palette (blue, white) then the bits 10 (first pixel index 1) */
    const uint8_t i1[] = {255, 0, 0, 255, 255, 255, 255, 255, 0x40};
    struct Case {
        lv_color_format_t cf;
        const uint8_t * data;
        uint32_t size;
        uint32_t expect0, expect1;
    } cases[] = {
        {LV_COLOR_FORMAT_ARGB8888, argb, sizeof(argb), 0xFF0000, 0x00FF00},
        {LV_COLOR_FORMAT_XRGB8888, xrgb, sizeof(xrgb), 0xFF0000, 0x00FF00},
        {LV_COLOR_FORMAT_RGB888, rgb, sizeof(rgb), 0xFF0000, 0x00FF00},
        {LV_COLOR_FORMAT_RGB565, r565, sizeof(r565), 0xFF0000, 0x00FF00},
        {LV_COLOR_FORMAT_RGB565A8, r565a8, sizeof(r565a8), 0xFF0000, 0x00FF00},
        {LV_COLOR_FORMAT_I1, i1, sizeof(i1), 0x0000FF, 0xFFFFFF},
    };
    for(const Case & k : cases) {
        TestCanvas c(4, 2, LV_COLOR_FORMAT_XRGB8888, 0x808080);
        lv_image_dsc_t img = make_image(k.cf, 2, 1, k.data, k.size);
        draw_at(c, &img, 1, 0);
        EXPECT_EQ(c.px(0, 0) & 0xFFFFFF, 0x808080u) << k.cf;
        EXPECT_EQ(c.px(1, 0) & 0xFFFFFF, k.expect0) << k.cf;
        EXPECT_EQ(c.px(2, 0) & 0xFFFFFF, k.expect1) << k.cf;
        EXPECT_EQ(c.px(3, 0) & 0xFFFFFF, 0x808080u) << k.cf;
    }
}

TEST(DrawImage, AlphaOnlyTakesTheRecolorAndTruncatedDataIsRefused)
{
    const uint8_t a8[] = {255, 0, 128, 255};
    TestCanvas c(4, 1, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    lv_image_dsc_t img = make_image(LV_COLOR_FORMAT_A8, 4, 1, a8, sizeof(a8));
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.recolor = lv_color_hex(0x00FF00);
    draw_at(c, &img, 0, 0, &d);
    EXPECT_EQ(c.px(0, 0) & 0xFFFFFF, 0x00FF00u);
    EXPECT_EQ(c.px(1, 0) & 0xFFFFFF, 0x000000u);
    EXPECT_NEAR(c.green(2, 0), 128, 2);
    /* claims 4x4 but holds 4 bytes: nothing is drawn, nothing is read past the end */
    TestCanvas t(4, 4, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    lv_image_dsc_t bad = make_image(LV_COLOR_FORMAT_A8, 4, 4, a8, sizeof(a8));
    draw_at(t, &bad, 0, 0, &d);
    EXPECT_EQ(t.px(0, 0) & 0xFFFFFF, 0u);
}

TEST(DrawImage, ScaleRotateTileClipRadius)
{
    static uint32_t px[8 * 8];
    for(uint32_t & p : px) p = 0xFF0000FF; /* opaque blue */
    lv_image_dsc_t img = make_image(LV_COLOR_FORMAT_ARGB8888, 8, 8, (const uint8_t *)px, sizeof(px));

    TestCanvas z(40, 40);
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.scale_x = d.scale_y = 512;
    d.pivot = {4, 4};
    draw_at(z, &img, 16, 16, &d);
    /* doubled around the pivot (20, 20): 12..27 */
    EXPECT_EQ(z.px(13, 13) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(z.px(20, 20) & 0xFFFFFF, 0x0000FFu);
    EXPECT_GT(z.blue(26, 26), 250); /* the border pixels fade very slightly, like LVGL's */
    EXPECT_LT(z.red(26, 26), 8);
    EXPECT_EQ(z.px(10, 20) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(z.px(29, 20) & 0xFFFFFF, 0xFFFFFFu);

    TestCanvas r(40, 40);
    lv_draw_image_dsc_init(&d);
    d.rotation = 450; /* 45 degrees: a diamond */
    d.pivot = {4, 4};
    draw_at(r, &img, 16, 16, &d);
    EXPECT_EQ(r.px(20, 20) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(r.px(16, 16) & 0xFFFFFF, 0xFFFFFFu); /* the old corner is outside the diamond */
    /* the diamond's top reaches above the old edge (nearly solid there) */
    EXPECT_LT(r.red(20, 15), 16);
    EXPECT_GT(r.blue(20, 15), 250);

    TestCanvas t(40, 40);
    lv_draw_image_dsc_init(&d);
    d.tile = 1;
    d.src = &img;
    d.image_area = {0, 0, 7, 7};
    lv_area_t a = {2, 2, 29, 29};
    lv_draw_image(&t.layer, &d, &a);
    EXPECT_EQ(t.px(2, 2) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(t.px(29, 29) & 0xFFFFFF, 0x0000FFu);
    EXPECT_EQ(t.px(30, 30) & 0xFFFFFF, 0xFFFFFFu);

    TestCanvas cr(20, 20);
    lv_draw_image_dsc_init(&d);
    d.clip_radius = LV_RADIUS_CIRCLE;
    draw_at(cr, &img, 0, 0, &d);
    EXPECT_EQ(cr.px(0, 0) & 0xFFFFFF, 0xFFFFFFu);
    EXPECT_EQ(cr.px(4, 4) & 0xFFFFFF, 0x0000FFu);
}

TEST(DrawLayer, CompositesWithOpacityAndFreesItself)
{
    TestCanvas c(20, 20, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    lv_area_t area = {5, 5, 14, 14};
    lv_layer_t * child = lv_draw_layer_create(&c.layer, LV_COLOR_FORMAT_ARGB8888, &area);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->draw_buf->header.w, 10u);
    lv_draw_rect_dsc_t r;
    lv_draw_rect_dsc_init(&r);
    r.bg_color = lv_color_hex(0xFFFFFF);
    lv_area_t inner = {5, 5, 9, 14}; /* left half of the layer, in screen coordinates */
    lv_draw_rect(child, &r, &inner);
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.src = child;
    d.opa = LV_OPA_50;
    lv_draw_layer(&c.layer, &d, &area);
    EXPECT_NEAR(c.red(6, 6), 127, 2);
    EXPECT_EQ(c.red(12, 6), 0); /* the transparent half leaves the screen alone */
    EXPECT_EQ(c.red(3, 6), 0);
    EXPECT_EQ(lv_draw_layer_create(&c.layer, LV_COLOR_FORMAT_ARGB8888, nullptr), nullptr);
    lv_area_t empty = {5, 5, 4, 4};
    EXPECT_EQ(lv_draw_layer_create(&c.layer, LV_COLOR_FORMAT_ARGB8888, &empty), nullptr);
}

TEST(DrawBuf, CreateStrideCopyAndBadArguments)
{
    EXPECT_EQ(lv_draw_buf_width_to_stride(10, LV_COLOR_FORMAT_RGB565), 20u);
    EXPECT_EQ(lv_draw_buf_width_to_stride(10, LV_COLOR_FORMAT_I1), 2u);
    EXPECT_EQ(lv_draw_buf_width_to_stride(10, LV_COLOR_FORMAT_RGB888), 30u);
    lv_draw_buf_t * b = lv_draw_buf_create(10, 5, LV_COLOR_FORMAT_XRGB8888, 0);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->header.stride, 40u);
    EXPECT_EQ(b->header.magic, LV_IMAGE_HEADER_MAGIC);
    EXPECT_TRUE(lv_draw_buf_has_flag(b, LV_IMAGE_FLAGS_MODIFIABLE));
    lv_draw_buf_clear(b, nullptr);
    ((uint8_t *)lv_draw_buf_goto_xy(b, 3, 2))[0] = 77;
    lv_draw_buf_t * d = lv_draw_buf_dup(b);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(((uint8_t *)lv_draw_buf_goto_xy(d, 3, 2))[0], 77);
    lv_area_t src = {3, 2, 3, 2}, dst = {0, 0, 0, 0};
    lv_draw_buf_copy(d, &dst, b, &src);
    EXPECT_EQ(d->data[0], 77);
    EXPECT_EQ(lv_draw_buf_goto_xy(b, 10, 0), nullptr);
    lv_draw_buf_destroy(d);
    lv_draw_buf_destroy(b);
    EXPECT_EQ(lv_draw_buf_create(10, 10, LV_COLOR_FORMAT_UNKNOWN, 0), nullptr);
    EXPECT_EQ(lv_draw_buf_create(100000, 10, LV_COLOR_FORMAT_XRGB8888, 0), nullptr);
    uint8_t small[16];
    lv_draw_buf_t s;
    EXPECT_EQ(lv_draw_buf_init(&s, 4, 4, LV_COLOR_FORMAT_XRGB8888, 0, small, sizeof(small)), LV_RESULT_INVALID);
    EXPECT_EQ(lv_draw_buf_init(&s, 2, 2, LV_COLOR_FORMAT_XRGB8888, 0, small, sizeof(small)), LV_RESULT_OK);
    lv_draw_buf_destroy(&s); /* not allocated: left alone */
}

TEST(Png, RoundTripThroughZlibDecoder)
{
    lv_color_format_t cfs[5] = {LV_COLOR_FORMAT_XRGB8888, LV_COLOR_FORMAT_RGB565, LV_COLOR_FORMAT_RGB888,
                                LV_COLOR_FORMAT_ARGB8888, LV_COLOR_FORMAT_A8};
    for(lv_color_format_t cf : cfs) {
        TestCanvas c(97, 61, cf, 0x336699);
        /* content with repeats (for LZ77) and noise (for literals) */
        for(int y = 0; y < 61; y++) {
            for(int x = 0; x < 97; x++) {
                uint8_t * p = (uint8_t *)lv_draw_buf_goto_xy(c.buf, x, y);
                uint32_t v = (x * 7 + y * 13) ^ ((x * y) % 17 == 0 ? 0xA5A5A5 : 0);
                for(uint32_t k = 0; k < (uint32_t)LV_COLOR_FORMAT_GET_SIZE(cf); k++) p[k] = (uint8_t)(v >> (k * 5));
            }
        }
        std::string path = testing::TempDir() + "roundtrip.png";
        ASSERT_EQ(lv_draw_buf_save_to_png(c.buf, path.c_str()), LV_RESULT_OK);
        pngio::Image img;
        std::string err;
        ASSERT_TRUE(pngio::read_png(path, &img, &err)) << err << " cf " << cf;
        ASSERT_EQ(img.width, 97);
        ASSERT_EQ(img.height, 61);
        for(int y = 0; y < 61; y += 3) {
            for(int x = 0; x < 97; x += 5) {
                uint32_t p = c.px(x, y);
                const uint8_t * q = &img.rgba[(size_t)(y * 97 + x) * 4];
                if(cf == LV_COLOR_FORMAT_A8) {
                    EXPECT_EQ(q[0], p & 0xFF);
                    continue;
                }
                EXPECT_EQ(q[0], (p >> 16) & 0xFF) << cf;
                EXPECT_EQ(q[1], (p >> 8) & 0xFF) << cf;
                EXPECT_EQ(q[2], p & 0xFF) << cf;
                if(cf == LV_COLOR_FORMAT_ARGB8888) {
                    EXPECT_EQ(q[3], p >> 24);
                }
            }
        }
    }
}

TEST(Png, RefusesWhatItCannotWrite)
{
    lv_draw_buf_t * i4 = lv_draw_buf_create(4, 4, LV_COLOR_FORMAT_I4, 0);
    EXPECT_EQ(lv_draw_buf_save_to_png(i4, (testing::TempDir() + "x.png").c_str()), LV_RESULT_INVALID);
    lv_draw_buf_destroy(i4);
    EXPECT_EQ(lv_draw_buf_save_to_png(nullptr, "/tmp/x.png"), LV_RESULT_INVALID);
    TestCanvas c(4, 4);
    EXPECT_EQ(lv_draw_buf_save_to_png(c.buf, "/nonexistent-dir/x.png"), LV_RESULT_INVALID);
    EXPECT_EQ(lv_png_crc32(0, (const uint8_t *)"IEND", 4), 0xAE426082u);
}

TEST(DrawLayer, BitmapMaskIsCenteredOnTheImageArea)
{
    TestCanvas c(30, 30, LV_COLOR_FORMAT_XRGB8888, 0x000000);
    lv_area_t area = {0, 0, 29, 29};
    lv_layer_t * child = lv_draw_layer_create(&c.layer, LV_COLOR_FORMAT_ARGB8888, &area);
    ASSERT_NE(child, nullptr);
    lv_draw_rect_dsc_t r;
    lv_draw_rect_dsc_init(&r);
    lv_draw_rect(child, &r, &area); /* all white */
    /* a 10x10 A8 mask: left half opaque, right half 50% */
    static uint8_t m[100];
    for(int i = 0; i < 100; i++) m[i] = (i % 10) < 5 ? 255 : 128;
    lv_image_dsc_t mask = {};
    mask.header.magic = LV_IMAGE_HEADER_MAGIC;
    mask.header.cf = LV_COLOR_FORMAT_A8;
    mask.header.w = 10;
    mask.header.h = 10;
    mask.header.stride = 10;
    mask.data = m;
    mask.data_size = sizeof(m);
    lv_draw_image_dsc_t d;
    lv_draw_image_dsc_init(&d);
    d.src = child;
    d.bitmap_mask_src = &mask;
    d.image_area = area;
    lv_draw_layer(&c.layer, &d, &area);
    /* the mask covers 10..19 (centered in 0..29) */
    EXPECT_EQ(c.red(5, 15), 0);    /* outside the mask: hidden */
    EXPECT_EQ(c.red(12, 15), 255); /* opaque half */
    EXPECT_NEAR(c.red(17, 15), 128, 2);
    EXPECT_EQ(c.red(15, 25), 0);
}
