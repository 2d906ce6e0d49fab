// The image decoder list and the image cache: a decoder written here is asked first and its
// images are drawn; the cache keeps them until dropped or evicted by size (close_cb then);
// failures are remembered until a decoder is added; the bin decoder reads .bin files (plain
// and RLE compressed); the BMP decoder reads 24/32/16-bit files bottom-up and top-down;
// lv_image_decoder_post_process premultiplies.
#include "../widgets/widget_fixture.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

struct Counters {
    int info = 0, open = 0, close = 0;
};
Counters g_count;

/** "SQ" + size byte: a square of that size, all one color (RGB888: 0x30, 0x60, 0x90). */
const uint8_t * square_data(const lv_image_decoder_dsc_t * dsc)
{
    if(dsc->src_type != LV_IMAGE_SRC_VARIABLE) return nullptr;
    const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(dsc->src);
    if(img->header.magic != 0 || img->data_size < 3 || std::memcmp(img->data, "SQ", 2) != 0) return nullptr;
    return img->data;
}

lv_result_t sq_info(lv_image_decoder_t *, lv_image_decoder_dsc_t * dsc, lv_image_header_t * header)
{
    const uint8_t * d = square_data(dsc);
    if(d == nullptr) return LV_RESULT_INVALID;
    g_count.info++;
    header->magic = LV_IMAGE_HEADER_MAGIC;
    header->cf = LV_COLOR_FORMAT_RGB888;
    header->w = header->h = d[2];
    header->stride = d[2] * 3;
    return LV_RESULT_OK;
}

lv_result_t sq_open(lv_image_decoder_t *, lv_image_decoder_dsc_t * dsc)
{
    const uint8_t n = square_data(dsc)[2];
    lv_draw_buf_t * buf = lv_draw_buf_create(n, n, LV_COLOR_FORMAT_RGB888, 0);
    for(uint32_t y = 0; y < n; y++) {
        for(uint32_t x = 0; x < n; x++) {
            uint8_t * p = buf->data + y * buf->header.stride + x * 3;
            p[0] = 0x90;
            p[1] = 0x60;
            p[2] = 0x30;
        }
    }
    dsc->decoded = buf;
    g_count.open++;
    return LV_RESULT_OK;
}

void sq_close(lv_image_decoder_t *, lv_image_decoder_dsc_t * dsc)
{
    g_count.close++;
    lv_draw_buf_destroy(const_cast<lv_draw_buf_t *>(dsc->decoded));
}

class DecoderTest : public WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        g_count = {};
        lv_fs_drv_init(&drv);
        lv_fs_drv_init_stdio(&drv);
        drv.letter = 'T';
        lv_fs_drv_register(&drv);
    }
    void write(const std::string & name, const Bytes & b)
    {
        FILE * f = std::fopen(name.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fwrite(b.data(), 1, b.size(), f);
        std::fclose(f);
        files.push_back(name);
    }
    void TearDown() override
    {
        WidgetTest::TearDown();
        for(auto & f : files) std::remove(f.c_str());
    }
    lv_fs_drv_t drv;
    std::vector<std::string> files;
};

lv_image_dsc_t square_src(const uint8_t * data)
{
    lv_image_dsc_t d = {};
    d.data = data;
    d.data_size = 3;
    return d;
}

TEST_F(DecoderTest, CustomDecoderIsAskedFirstAndCached)
{
    lv_image_decoder_t * first = lv_image_decoder_get_next(nullptr);
    lv_image_decoder_t * dec = lv_image_decoder_create();
    lv_image_decoder_set_info_cb(dec, sq_info);
    lv_image_decoder_set_open_cb(dec, sq_open);
    lv_image_decoder_set_close_cb(dec, sq_close);
    EXPECT_EQ(lv_image_decoder_get_next(nullptr), dec);
    EXPECT_EQ(lv_image_decoder_get_next(dec), first);

    static const uint8_t sq[] = {'S', 'Q', 5};
    lv_image_dsc_t src = square_src(sq);
    lv_image_header_t h;
    ASSERT_EQ(lv_image_decoder_get_info(&src, &h), LV_RESULT_OK);
    EXPECT_EQ(h.w, 5u);

    lv_obj_t * img = lv_image_create(scr);
    lv_image_set_src(img, &src);
    lv_obj_update_layout(img);
    EXPECT_EQ(lv_obj_get_width(img), 5);
    lv_refr_now(nullptr);
    lv_obj_invalidate(img);
    lv_refr_now(nullptr);
    EXPECT_EQ(g_count.open, 1); /* drawn twice, decoded once */
    EXPECT_EQ(g_count.close, 0);

    /* a size limit of 0 keeps only the image in use: another square pushes this one out */
    static const uint8_t sq2[] = {'S', 'Q', 7};
    lv_image_dsc_t src2 = square_src(sq2);
    lv_image_cache_resize(0, true);
    lv_obj_t * img2 = lv_image_create(scr);
    lv_image_set_src(img2, &src2);
    EXPECT_EQ(g_count.close, 1);
    lv_image_cache_resize(1 << 20, false);

    lv_image_cache_drop(nullptr);
    EXPECT_EQ(g_count.close, 2);

    /* opened by hand: closed by lv_image_decoder_close */
    lv_image_decoder_dsc_t dsc;
    ASSERT_EQ(lv_image_decoder_open(&dsc, &src, nullptr), LV_RESULT_OK);
    EXPECT_EQ(dsc.decoder, dec);
    EXPECT_EQ(dsc.decoded->header.w, 5u);
    lv_area_t full = {0, 0, 4, 4}, part = {LV_COORD_MIN, LV_COORD_MIN, LV_COORD_MIN, LV_COORD_MIN};
    EXPECT_EQ(lv_image_decoder_get_area(&dsc, &full, &part), LV_RESULT_INVALID); /* no get_area_cb */
    lv_image_decoder_close(&dsc);
    EXPECT_EQ(g_count.close, 3);

    lv_image_decoder_delete(dec);
    EXPECT_EQ(lv_image_decoder_get_next(nullptr), first);
    EXPECT_EQ(lv_image_decoder_get_info(&src, &h), LV_RESULT_INVALID);
}

TEST_F(DecoderTest, FailureRememberedUntilADecoderIsAdded)
{
    static const uint8_t sq[] = {'S', 'Q', 3};
    lv_image_dsc_t src = square_src(sq);
    lv_obj_t * img = lv_image_create(scr);
    lv_image_set_src(img, &src);
    lv_obj_update_layout(img);
    EXPECT_EQ(lv_obj_get_width(img), 0);
    lv_image_decoder_t * dec = lv_image_decoder_create();
    lv_image_decoder_set_info_cb(dec, sq_info);
    lv_image_decoder_set_open_cb(dec, sq_open);
    lv_image_decoder_set_close_cb(dec, sq_close);
    lv_image_set_src(img, &src);
    lv_obj_update_layout(img);
    EXPECT_EQ(lv_obj_get_width(img), 3);
}

TEST_F(DecoderTest, BinFilesPlainAndRle)
{
    lv_draw_buf_t * buf = lv_draw_buf_create(4, 2, LV_COLOR_FORMAT_XRGB8888, 0);
    for(uint32_t i = 0; i < buf->data_size; i += 4) std::memcpy(buf->data + i, "\x11\x22\x33\xFF", 4);
    ASSERT_EQ(lv_draw_buf_save_to_file(buf, "T:/tmp/pyvgl_test_plain.bin"), LV_RESULT_OK);
    files.push_back("/tmp/pyvgl_test_plain.bin");
    lv_image_header_t h;
    ASSERT_EQ(lv_image_decoder_get_info("T:/tmp/pyvgl_test_plain.bin", &h), LV_RESULT_OK);
    EXPECT_EQ(h.w, 4u);
    EXPECT_EQ(h.cf, LV_COLOR_FORMAT_XRGB8888);
    lv_image_decoder_dsc_t dsc;
    ASSERT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_plain.bin", nullptr), LV_RESULT_OK);
    EXPECT_EQ(std::memcmp(dsc.decoded->data, buf->data, buf->data_size), 0);
    lv_image_decoder_close(&dsc);

    /* RLE: header flagged compressed, then method, sizes and the runs (block = 4 bytes) */
    Bytes file(sizeof(lv_image_header_t));
    lv_image_header_t ch = buf->header;
    ch.flags |= LV_IMAGE_FLAGS_COMPRESSED;
    std::memcpy(file.data(), &ch, sizeof(ch));
    const uint8_t runs[] = {6, 0x11, 0x22, 0x33, 0xFF, 0x82, 1, 2, 3, 4, 5, 6, 7, 8};
    const uint32_t words[] = {LV_IMAGE_COMPRESS_RLE, sizeof(runs), 32};
    file.insert(file.end(), reinterpret_cast<const uint8_t *>(words), reinterpret_cast<const uint8_t *>(words) + 12);
    file.insert(file.end(), runs, runs + sizeof(runs));
    write("/tmp/pyvgl_test_rle.bin", file);
    ASSERT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_rle.bin", nullptr), LV_RESULT_OK);
    EXPECT_EQ(dsc.decoded->data_size, 32u);
    EXPECT_EQ(std::memcmp(dsc.decoded->data, buf->data, 24), 0);
    EXPECT_EQ(dsc.decoded->data[24], 1);
    EXPECT_EQ(dsc.decoded->data[31], 8);
    EXPECT_FALSE(dsc.decoded->header.flags & LV_IMAGE_FLAGS_COMPRESSED);
    lv_image_decoder_close(&dsc);
    /* cut short: refused */
    file.resize(file.size() - 3);
    write("/tmp/pyvgl_test_rle_cut.bin", file);
    EXPECT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_rle_cut.bin", nullptr), LV_RESULT_INVALID);
    lv_draw_buf_destroy(buf);
}

void put32(Bytes & b, uint32_t v)
{
    for(int i = 0; i < 4; i++) b.push_back((v >> (8 * i)) & 0xFF);
}

/** A BMP with a 40-byte info header (and bitfield masks when given). */
Bytes bmp(int w, int h, int bpp, const std::vector<Bytes> & rows_top_first, bool top_down, std::vector<uint32_t> masks = {})
{
    const uint32_t row_bytes = (w * bpp + 31) / 32 * 4;
    Bytes data;
    for(int i = 0; i < h; i++) {
        const Bytes & r = rows_top_first[top_down ? i : h - 1 - i];
        data.insert(data.end(), r.begin(), r.end());
        data.resize(data.size() + row_bytes - r.size());
    }
    const uint32_t offset = 14 + 40 + 4 * static_cast<uint32_t>(masks.size());
    Bytes b = {'B', 'M'};
    put32(b, offset + static_cast<uint32_t>(data.size()));
    put32(b, 0);
    put32(b, offset);
    put32(b, 40);
    put32(b, w);
    put32(b, static_cast<uint32_t>(top_down ? -h : h));
    b.push_back(1);
    b.push_back(0);
    b.push_back(static_cast<uint8_t>(bpp));
    b.push_back(0);
    put32(b, masks.empty() ? 0 : masks.size() == 4 ? 6 : 3); /* BI_RGB, BI_BITFIELDS, BI_ALPHABITFIELDS */
    put32(b, static_cast<uint32_t>(data.size()));
    for(int i = 0; i < 4; i++) put32(b, 0);
    for(uint32_t m : masks) put32(b, m);
    b.insert(b.end(), data.begin(), data.end());
    return b;
}

TEST_F(DecoderTest, BmpFiles)
{
    write("/tmp/pyvgl_test_24.bmp", bmp(3, 2, 24, {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1}}, false));
    lv_image_decoder_dsc_t dsc;
    ASSERT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_24.bmp", nullptr), LV_RESULT_OK);
    EXPECT_EQ(dsc.decoded->header.cf, LV_COLOR_FORMAT_RGB888);
    EXPECT_EQ(dsc.decoded->header.w, 3u);
    EXPECT_EQ(dsc.decoded->data[0], 1);  /* top row first */
    EXPECT_EQ(dsc.decoded->data[9], 9);
    lv_image_decoder_close(&dsc);

    write("/tmp/pyvgl_test_32.bmp", bmp(1, 2, 32, {{1, 2, 3, 4}, {5, 6, 7, 8}}, true, {0xFF0000, 0xFF00, 0xFF, 0xFF000000u}));
    ASSERT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_32.bmp", nullptr), LV_RESULT_OK);
    EXPECT_EQ(dsc.decoded->header.cf, LV_COLOR_FORMAT_ARGB8888);
    EXPECT_EQ(dsc.decoded->data[0], 1);
    EXPECT_EQ(dsc.decoded->data[7], 8);
    lv_image_decoder_close(&dsc);

    /* 5-5-5: pure red 0x7C00 widens to RGB565 0xF800 */
    write("/tmp/pyvgl_test_555.bmp", bmp(1, 1, 16, {{0x00, 0x7C}}, false));
    ASSERT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_555.bmp", nullptr), LV_RESULT_OK);
    EXPECT_EQ(dsc.decoded->header.cf, LV_COLOR_FORMAT_RGB565);
    EXPECT_EQ(dsc.decoded->data[0] | (dsc.decoded->data[1] << 8), 0xF800);
    lv_image_decoder_close(&dsc);

    Bytes cut = bmp(8, 8, 24, std::vector<Bytes>(8, Bytes(24, 7)), false);
    for(size_t n : {size_t(10), size_t(54), cut.size() - 1}) {
        write("/tmp/pyvgl_test_cut.bmp", Bytes(cut.begin(), cut.begin() + n));
        EXPECT_EQ(lv_image_decoder_open(&dsc, "T:/tmp/pyvgl_test_cut.bmp", nullptr), LV_RESULT_INVALID) << n;
    }
}

TEST_F(DecoderTest, PostProcessPremultiplies)
{
    lv_draw_buf_t * buf = lv_draw_buf_create(1, 1, LV_COLOR_FORMAT_ARGB8888, 0);
    std::memcpy(buf->data, "\xC8\x64\x32\x80", 4); /* B G R A, alpha half */
    lv_image_decoder_dsc_t dsc = {};
    dsc.args.premultiply = true;
    lv_draw_buf_t * out = lv_image_decoder_post_process(&dsc, buf);
    ASSERT_NE(out, nullptr);
    EXPECT_TRUE(out->header.flags & LV_IMAGE_FLAGS_PREMULTIPLIED);
    EXPECT_NEAR(out->data[0], 0xC8 / 2, 1);
    if(out != buf) lv_draw_buf_destroy(out);
    lv_draw_buf_destroy(buf);
}

} // namespace
