// lv_binfont_create: a font in LVGL's binary format (generated in the build by lv_font_conv
// with the built-in Montserrat 14's settings) must behave exactly like the compiled font.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "lvgl.h"

namespace {

std::string binfont_path()
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if(n <= 0) return "";
    exe[n] = '\0';
    std::string dir(exe);
    dir = dir.substr(0, dir.rfind('/'));           /* build/tests */
    return dir.substr(0, dir.rfind('/')) + "/lv/fonts/montserrat_14.bin";
}

std::vector<uint8_t> read_all(const std::string & path)
{
    std::vector<uint8_t> data;
    FILE * f = std::fopen(path.c_str(), "rb");
    if(!f) return data;
    uint8_t buf[4096];
    size_t n;
    while((n = std::fread(buf, 1, sizeof(buf), f)) > 0) data.insert(data.end(), buf, buf + n);
    std::fclose(f);
    return data;
}

} // namespace

TEST(Binfont, MatchesTheCompiledFont)
{
    lv_font_t * f = lv_binfont_create(binfont_path().c_str());
    ASSERT_NE(f, nullptr) << binfont_path();
    const lv_font_t * ref = &lv_font_montserrat_14;
    EXPECT_EQ(f->line_height, ref->line_height);
    EXPECT_EQ(f->base_line, ref->base_line);
    static uint8_t a[4096], b[4096];
    for(uint32_t c = 0x20; c < 0x7F; c++) {
        for(uint32_t next : {0u, (uint32_t)'a', (uint32_t)'T', (uint32_t)'V'}) {
            lv_font_glyph_dsc_t g1, g2;
            ASSERT_TRUE(lv_font_get_glyph_dsc(f, &g1, c, next)) << c;
            ASSERT_TRUE(lv_font_get_glyph_dsc(ref, &g2, c, next)) << c;
            EXPECT_EQ(g1.adv_w, g2.adv_w) << "U+" << c << " before " << next;
            EXPECT_EQ(g1.box_w, g2.box_w) << c;
            EXPECT_EQ(g1.box_h, g2.box_h) << c;
            EXPECT_EQ(g1.ofs_x, g2.ofs_x) << c;
            EXPECT_EQ(g1.ofs_y, g2.ofs_y) << c;
            if(next != 0) continue;
            lv_draw_buf_t ba = {}, bb = {};
            ba.data = a;
            ba.data_size = sizeof(a);
            bb.data = b;
            bb.data_size = sizeof(b);
            const uint8_t * pa = (const uint8_t *)lv_font_get_glyph_bitmap(&g1, &ba);
            const uint8_t * pb = (const uint8_t *)lv_font_get_glyph_bitmap(&g2, &bb);
            if(g1.box_w * g1.box_h == 0) continue;
            ASSERT_NE(pa, nullptr);
            ASSERT_NE(pb, nullptr);
            EXPECT_EQ(0, memcmp(pa, pb, (size_t)g1.box_w * g1.box_h)) << c;
        }
    }
    /* symbols come through the sparse map */
    uint32_t i = 0;
    uint32_t ok = lv_text_encoded_next(LV_SYMBOL_OK, &i);
    EXPECT_EQ(lv_font_get_glyph_width(f, ok, 0), lv_font_get_glyph_width(ref, ok, 0));
    EXPECT_EQ(lv_text_get_width("AVATAR Wave", 11, f, 0), lv_text_get_width("AVATAR Wave", 11, ref, 0));
    lv_binfont_destroy(f);
}

TEST(Binfont, DamagedFilesAreRejected)
{
    std::vector<uint8_t> data = read_all(binfont_path());
    ASSERT_GT(data.size(), 100u);
    /* every truncation must fail cleanly (or load a consistent font when only kern is cut) */
    for(size_t len : {size_t(0), size_t(7), size_t(40), data.size() / 3, data.size() / 2, data.size() - 1}) {
        std::vector<uint8_t> cut(data.begin(), data.begin() + (long)len);
        lv_font_t * f = lv_binfont_create_from_buffer(cut.data(), (uint32_t)cut.size());
        if(f) lv_binfont_destroy(f);
    }
    /* flipped bytes: load or not, but never read out of bounds (checked under ASan) */
    for(size_t pos = 8; pos < data.size(); pos += data.size() / 97 + 1) {
        std::vector<uint8_t> bad = data;
        bad[pos] ^= 0xFF;
        lv_font_t * f = lv_binfont_create_from_buffer(bad.data(), (uint32_t)bad.size());
        if(f) {
            lv_font_glyph_dsc_t g;
            for(uint32_t c = 0x20; c < 0x7F; c++) lv_font_get_glyph_dsc(f, &g, c, 'a');
            lv_binfont_destroy(f);
        }
    }
    EXPECT_EQ(lv_binfont_create("/nonexistent/font.bin"), nullptr);
    EXPECT_EQ(lv_binfont_create(nullptr), nullptr);
    const char junk[] = "this is not a font at all, just some text";
    EXPECT_EQ(lv_binfont_create_from_buffer((void *)junk, sizeof(junk)), nullptr);
}
