// LV_SYMBOL_NEW_LINE (U+F8A2, the keyboard's Enter key) is a real glyph in the built-in fonts
// (DejaVu Sans Bold's U+21B5 moved there, see lv/CMakeLists.txt), not the placeholder box: a
// "return" arrow, wider than tall, whose lowest ink is a horizontal stroke with the arrow's head
// on the left and whose right end rises above it.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "draw_test_util.h"

namespace {

/* ink (coverage > 128) of the symbol drawn with the font on a white canvas */
std::vector<std::vector<bool>> ink_of(const lv_font_t * font, int32_t w, int32_t h)
{
    TestCanvas c(w, h);
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    dsc.font = font;
    dsc.color = lv_color_black();
    dsc.text = LV_SYMBOL_NEW_LINE;
    lv_area_t area = {0, 0, w - 1, h - 1};
    lv_draw_label(&c.layer, &dsc, &area);
    std::vector<std::vector<bool>> ink(h, std::vector<bool>(w));
    for(int32_t y = 0; y < h; y++)
        for(int32_t x = 0; x < w; x++) ink[y][x] = c.red(x, y) < 128;
    return ink;
}

void expect_return_arrow(const lv_font_t * font)
{
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(font, &g, 0xF8A2, 0));
    EXPECT_FALSE(g.is_placeholder);
    EXPECT_GT(g.box_w, g.box_h);

    int32_t w = 3 * font->line_height, h = font->line_height;
    auto ink = ink_of(font, w, h);
    int32_t left = w, right = -1, top = h, bottom = -1;
    for(int32_t y = 0; y < h; y++)
        for(int32_t x = 0; x < w; x++)
            if(ink[y][x]) {
                left = std::min(left, x), right = std::max(right, x);
                top = std::min(top, y), bottom = std::max(bottom, y);
            }
    ASSERT_GE(right, 0) << "nothing drawn";
    /* the right end reaches the top of the ink; the left end (the head) does not */
    bool right_top = ink[top][right] || ink[top][right - 1];
    EXPECT_TRUE(right_top);
    EXPECT_FALSE(ink[top][left]);
    /* a horizontal stroke across most of the width near the bottom */
    int32_t best = 0;
    for(int32_t y = top; y <= bottom; y++) {
        int32_t run = 0;
        for(int32_t x = left; x <= right; x++) run += ink[y][x];
        best = std::max(best, run);
    }
    EXPECT_GT(best, (right - left + 1) * 2 / 3);
}

} // namespace

TEST(EnterGlyph, IsAReturnArrowInTheBuiltInFonts)
{
#if LV_FONT_MONTSERRAT_14
    expect_return_arrow(&lv_font_montserrat_14);
#endif
#if LV_FONT_MONTSERRAT_24
    expect_return_arrow(&lv_font_montserrat_24);
#endif
#if LV_FONT_MONTSERRAT_48
    expect_return_arrow(&lv_font_montserrat_48);
#endif
}
