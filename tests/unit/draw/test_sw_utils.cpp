// Display-driver pixel helpers (lv_draw_sw_utils.h) and lv_draw_buf_save_to_file.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

#include "lvgl.h"

namespace {

/** A w x h picture whose every pixel holds its own (x, y), in px_size bytes. */
std::vector<uint8_t> numbered(int32_t w, int32_t h, uint32_t px_size, int32_t stride)
{
    std::vector<uint8_t> b(static_cast<size_t>(stride) * h, 0xEE);
    for(int32_t y = 0; y < h; y++)
        for(int32_t x = 0; x < w; x++) {
            uint8_t * p = &b[static_cast<size_t>(y) * stride + x * px_size];
            for(uint32_t i = 0; i < px_size; i++) p[i] = static_cast<uint8_t>(i == 0 ? x : i == 1 ? y : 0x40 + i);
        }
    return b;
}

/** The (x, y) a pixel of a numbered picture came from. */
std::pair<int, int> origin(const std::vector<uint8_t> & b, int32_t stride, uint32_t px_size, int32_t col, int32_t row)
{
    const uint8_t * p = &b[static_cast<size_t>(row) * stride + col * px_size];
    return {p[0], px_size > 1 ? p[1] : -1};
}

} // namespace

TEST(SwUtils, Rgb565SwapSwapsTheBytesOfEachPixel)
{
    uint16_t px[3] = {0x1234, 0xABCD, 0x00FF};
    lv_draw_sw_rgb565_swap(px, 3);
    EXPECT_EQ(px[0], 0x3412);
    EXPECT_EQ(px[1], 0xCDAB);
    EXPECT_EQ(px[2], 0xFF00);
    lv_draw_sw_rgb565_swap(px, 2); /* only the first two */
    EXPECT_EQ(px[0], 0x1234);
    EXPECT_EQ(px[2], 0xFF00);
}

TEST(SwUtils, I1InvertFlipsEveryBit)
{
    uint8_t b[5] = {0x00, 0xFF, 0x0F, 0xA5, 0x12};
    lv_draw_sw_i1_invert(b, 4);
    EXPECT_EQ(b[0], 0xFF);
    EXPECT_EQ(b[1], 0x00);
    EXPECT_EQ(b[2], 0xF0);
    EXPECT_EQ(b[3], 0x5A);
    EXPECT_EQ(b[4], 0x12);
    lv_draw_sw_i1_invert(nullptr, 4); /* no crash */
}

TEST(SwUtils, I1ToArgb8888ExpandsMostSignificantBitFirst)
{
    const uint8_t rows[2][2] = {{0x80, 0x01}, {0x7F, 0xFF}};
    uint32_t out[2][16];
    lv_draw_sw_i1_to_argb8888(rows, out, 16, 2, 2, 16 * 4, 0xFF000000u, 0xFFFFFFFFu);
    EXPECT_EQ(out[0][0], 0xFFFFFFFFu);
    EXPECT_EQ(out[0][1], 0xFF000000u);
    EXPECT_EQ(out[0][14], 0xFF000000u);
    EXPECT_EQ(out[0][15], 0xFFFFFFFFu);
    EXPECT_EQ(out[1][0], 0xFF000000u);
    EXPECT_EQ(out[1][1], 0xFFFFFFFFu);
}

TEST(SwUtils, VtiledPutsEachColumnsPixelsInConsecutiveBits)
{
    /* 8x8: pixel (x, y) set when x == y (a diagonal), plus (3, 0) */
    uint8_t src[8];
    for(int y = 0; y < 8; y++) src[y] = static_cast<uint8_t>(0x80 >> y);
    src[0] |= 0x80 >> 3;
    uint8_t msb[8], lsb[8];
    lv_draw_sw_i1_convert_to_vtiled(src, 8, 8, 8, msb, 8, false);
    lv_draw_sw_i1_convert_to_vtiled(src, 8, 8, 8, lsb, 8, true);
    /* column x is byte x; row y is bit y counted from the top (msb) or the bottom (lsb) */
    for(int x = 0; x < 8; x++) {
        uint8_t want_msb = static_cast<uint8_t>(0x80 >> x), want_lsb = static_cast<uint8_t>(1 << x);
        if(x == 3) {
            want_msb |= 0x80;
            want_lsb |= 0x01;
        }
        EXPECT_EQ(msb[x], want_msb) << x;
        EXPECT_EQ(lsb[x], want_lsb) << x;
    }
    uint8_t untouched[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    lv_draw_sw_i1_convert_to_vtiled(src, 8, 12, 8, untouched, 8, false); /* width not a multiple of 8 */
    EXPECT_EQ(untouched[0], 1);
    lv_draw_sw_i1_convert_to_vtiled(src, 4, 8, 8, untouched, 8, false); /* input too small */
    EXPECT_EQ(untouched[0], 1);
}

TEST(SwUtils, RotateMovesEveryPixelWhereTheRotationPutsIt)
{
    const int32_t w = 5, h = 3;
    for(lv_color_format_t cf : {LV_COLOR_FORMAT_L8, LV_COLOR_FORMAT_RGB565, LV_COLOR_FORMAT_RGB888, LV_COLOR_FORMAT_XRGB8888}) {
        const uint32_t px = lv_color_format_get_size(cf);
        const int32_t src_stride = w * px + 3; /* strides wider than the rows */
        std::vector<uint8_t> src = numbered(w, h, px, src_stride);
        for(lv_display_rotation_t rot : {LV_DISPLAY_ROTATION_90, LV_DISPLAY_ROTATION_180, LV_DISPLAY_ROTATION_270}) {
            const bool turned = rot != LV_DISPLAY_ROTATION_180;
            const int32_t dw = turned ? h : w, dh = turned ? w : h;
            const int32_t dest_stride = dw * px + 5;
            std::vector<uint8_t> dest(static_cast<size_t>(dest_stride) * dh, 0);
            lv_draw_sw_rotate(src.data(), dest.data(), w, h, src_stride, dest_stride, rot, cf);
            for(int32_t y = 0; y < h; y++)
                for(int32_t x = 0; x < w; x++) {
                    int32_t col = rot == LV_DISPLAY_ROTATION_90 ? y : rot == LV_DISPLAY_ROTATION_180 ? w - 1 - x : h - 1 - y;
                    int32_t row = rot == LV_DISPLAY_ROTATION_90 ? w - 1 - x : rot == LV_DISPLAY_ROTATION_180 ? h - 1 - y : x;
                    auto o = origin(dest, dest_stride, px, col, row);
                    EXPECT_EQ(o.first, x) << "cf " << cf << " rotation " << rot;
                    if(px > 1) {
                        EXPECT_EQ(o.second, y) << "cf " << cf << " rotation " << rot;
                    }
                }
        }
    }
}

TEST(SwUtils, RotateIgnoresFormatsItCannotHandle)
{
    uint8_t src[16] = {1}, dest[16] = {};
    lv_draw_sw_rotate(src, dest, 4, 4, 4, 4, LV_DISPLAY_ROTATION_90, LV_COLOR_FORMAT_A8);
    lv_draw_sw_rotate(src, dest, 4, 4, 4, 4, LV_DISPLAY_ROTATION_0, LV_COLOR_FORMAT_L8);
    for(uint8_t b : dest) EXPECT_EQ(b, 0);
}

TEST(DrawBufSave, WritesTheHeaderThenThePixels)
{
    lv_init();
    lv_fs_drv_t sd;
    lv_fs_drv_init(&sd);
    lv_fs_drv_init_stdio(&sd);
    sd.letter = 'S';
    lv_fs_drv_register(&sd);
    char dir[] = "/tmp/pyvgl_savebuf_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string file = std::string(dir) + "/buf.bin";

    lv_draw_buf_t * buf = lv_draw_buf_create(3, 2, LV_COLOR_FORMAT_RGB565, 0);
    ASSERT_NE(buf, nullptr);
    for(uint32_t i = 0; i < buf->data_size; i++) buf->data[i] = static_cast<uint8_t>(i * 7);
    ASSERT_EQ(lv_draw_buf_save_to_file(buf, ("S:" + file).c_str()), LV_RESULT_OK);

    FILE * f = fopen(file.c_str(), "rb");
    ASSERT_NE(f, nullptr);
    std::vector<uint8_t> got(sizeof(lv_image_header_t) + buf->data_size + 1);
    size_t n = fread(got.data(), 1, got.size(), f);
    fclose(f);
    ASSERT_EQ(n, sizeof(lv_image_header_t) + buf->data_size);
    lv_image_header_t h;
    memcpy(&h, got.data(), sizeof(h));
    EXPECT_EQ(h.magic, LV_IMAGE_HEADER_MAGIC);
    EXPECT_EQ(h.cf, LV_COLOR_FORMAT_RGB565);
    EXPECT_EQ(h.w, 3u);
    EXPECT_EQ(h.h, 2u);
    EXPECT_EQ(memcmp(got.data() + sizeof(h), buf->data, buf->data_size), 0);

    EXPECT_EQ(lv_draw_buf_save_to_file(buf, "S:/nonexistent_dir_pyvgl/x.bin"), LV_RESULT_INVALID);
    EXPECT_EQ(lv_draw_buf_save_to_file(nullptr, ("S:" + file).c_str()), LV_RESULT_INVALID);
    lv_draw_buf_destroy(buf);
    unlink(file.c_str());
    rmdir(dir);
    lv_deinit();
}
