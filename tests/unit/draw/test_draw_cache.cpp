// The renderer's cache (corner coverage per radius, blurred shadow corners): cached results
// must give exactly the pixels computed afresh, whatever was cached or evicted in between.
#include <gtest/gtest.h>

#include "../../../lv/src/draw/lv_draw_sw.h" /* the renderer's internal toolkit */
#include "draw_test_util.h"

namespace {

void fill_rounded(TestCanvas & c, const lv_area_t & a, int32_t radius, const lv_area_t * clip = nullptr)
{
    lv_area_t saved = c.layer._clip_area;
    if(clip) c.layer._clip_area = *clip;
    lv_draw_fill_dsc_t f;
    lv_draw_fill_dsc_init(&f);
    f.color = lv_color_hex(0x2050A0);
    f.radius = radius;
    lv_draw_fill(&c.layer, &f, &a);
    c.layer._clip_area = saved;
}

void shadowed_box(TestCanvas & c, const lv_area_t & a, int32_t width, int32_t radius)
{
    lv_draw_rect_dsc_t d;
    lv_draw_rect_dsc_init(&d);
    d.radius = radius;
    d.bg_color = lv_color_hex(0xF0F0F0);
    d.shadow_width = width;
    d.shadow_spread = 1;
    d.shadow_offset_y = 3;
    d.shadow_color = lv_color_hex(0x102030);
    lv_draw_rect(&c.layer, &d, &a);
}

bool same_pixels(const TestCanvas & a, const TestCanvas & b, int32_t w, int32_t h)
{
    for(int32_t y = 0; y < h; y++) {
        for(int32_t x = 0; x < w; x++) {
            if(a.px(x, y) != b.px(x, y)) {
                ADD_FAILURE() << "pixels differ at " << x << "," << y;
                return false;
            }
        }
    }
    return true;
}

} // namespace

TEST(DrawCache, BlocksAreFoundByKindAndKeyAndTheOldestIsReplaced)
{
    lv_sw::clear_cache();
    int32_t key = 7;
    EXPECT_EQ(lv_sw::cache_get(lv_sw::kCacheShadow, &key, sizeof(key)), nullptr);
    uint8_t * first = (uint8_t *)lv_sw::cache_put(lv_sw::kCacheShadow, &key, sizeof(key), 10);
    ASSERT_NE(first, nullptr);
    memset(first, 0xAB, 10);
    EXPECT_EQ(lv_sw::cache_get(lv_sw::kCacheShadow, &key, sizeof(key)), first);
    EXPECT_EQ(lv_sw::cache_get(lv_sw::kCacheCornerProfile, &key, sizeof(key)), nullptr); /* other kind */
    uint32_t epoch = lv_sw::cache_epoch();
    /* fill every other slot, touching `first` each time so that it stays the most recent */
    for(int32_t k = 100; k < 130; k++) {
        ASSERT_NE(lv_sw::cache_put(lv_sw::kCacheShadow, &k, sizeof(k), 4), nullptr);
        ASSERT_EQ(lv_sw::cache_get(lv_sw::kCacheShadow, &key, sizeof(key)), first);
    }
    EXPECT_EQ(first[9], 0xAB);
    EXPECT_NE(lv_sw::cache_epoch(), epoch); /* blocks were replaced */
    int32_t k100 = 100;
    EXPECT_EQ(lv_sw::cache_get(lv_sw::kCacheShadow, &k100, sizeof(k100)), nullptr); /* the oldest went */
    /* keys longer than a slot holds are refused, not truncated */
    uint8_t long_key[64] = {};
    EXPECT_EQ(lv_sw::cache_put(lv_sw::kCacheShadow, long_key, sizeof(long_key), 4), nullptr);
    lv_sw::clear_cache();
    EXPECT_EQ(lv_sw::cache_get(lv_sw::kCacheShadow, &key, sizeof(key)), nullptr);
    EXPECT_EQ(lv_sw::cache_epoch(), 0u);
}

TEST(DrawCache, ClippedCornersMatchUnclippedOnes)
{
    /* the corner profile is cut at every clip edge the same way as the whole shape */
    const int32_t radii[] = {1, 2, 5, 13, 24, 40};
    for(int32_t r : radii) {
        lv_area_t a = {7, 5, 7 + 2 * r + 20, 5 + 2 * r + 9};
        TestCanvas whole(100, 100), pieces(100, 100);
        fill_rounded(whole, a, r);
        for(int32_t y = 0; y < 100; y += 7) {
            for(int32_t x = 0; x < 100; x += 5) {
                lv_area_t clip = {x, y, x + 4, y + 6};
                fill_rounded(pieces, a, r, &clip);
            }
        }
        EXPECT_TRUE(same_pixels(whole, pieces, 100, 100)) << "radius " << r;
    }
}

TEST(DrawCache, CornersAreTheSameAfterTheirProfileWasEvicted)
{
    lv_sw::clear_cache();
    lv_area_t a = {10, 10, 69, 49};
    TestCanvas before(80, 60), after(80, 60), scratch(80, 60);
    fill_rounded(before, a, 17);
    /* more radii than the cache has slots */
    for(int32_t r = 1; r <= 30; r++) fill_rounded(scratch, a, r);
    fill_rounded(after, a, 17);
    EXPECT_TRUE(same_pixels(before, after, 80, 60));
    /* and the same with no cache at all (the profile built again from scratch) */
    lv_sw::clear_cache();
    TestCanvas fresh(80, 60);
    fill_rounded(fresh, a, 17);
    EXPECT_TRUE(same_pixels(before, fresh, 80, 60));
}

TEST(DrawCache, ShadowsAreTheSameFromTheCache)
{
    lv_area_t a = {20, 20, 79, 59};
    const int32_t widths[] = {2, 12};
    for(int32_t width : widths) {
        lv_sw::clear_cache();
        TestCanvas fresh(110, 100), again(110, 100), moved(110, 100), scratch(110, 100);
        shadowed_box(fresh, a, width, 6);
        /* other widths, radii and sizes first (1 and 2 blur with the same boxes): none may
         * be taken for another */
        lv_sw::clear_cache();
        for(int32_t w = 1; w <= 14; w++) {
            shadowed_box(scratch, lv_area_t{20, 20, 79 - w, 59}, w, w % 5);
            shadowed_box(scratch, a, w, 6);
            if(w == width - 1) shadowed_box(again, a, width, 6); /* right after its neighbor */
        }
        EXPECT_TRUE(same_pixels(fresh, again, 110, 100)) << "width " << width;
        /* the same shadow elsewhere is the first one moved */
        lv_area_t b = a;
        lv_area_move(&b, 5, 9);
        shadowed_box(moved, b, width, 6);
        for(int32_t y = 0; y + 9 < 100; y++) {
            for(int32_t x = 0; x + 5 < 110; x++) ASSERT_EQ(fresh.px(x, y), moved.px(x + 5, y + 9)) << x << "," << y;
        }
    }
    lv_sw::clear_cache();
}
