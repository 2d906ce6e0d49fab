// The TrueType reader (tables, character maps, kerning, outlines) and the coverage
// rasterizer of lv/src/libs/tiny_ttf, on the fonts the build already has.
#include <gtest/gtest.h>

#include <math.h>
#include <stdio.h>

#include <string>
#include <vector>

#include "ttf_files.h"

namespace {

struct Font {
    std::vector<uint8_t> bytes;
    lv_ttf_t ttf;
    explicit Font(const std::string & path) : bytes(read_file(path))
    {
        EXPECT_FALSE(bytes.empty()) << path;
        EXPECT_TRUE(lv_ttf_init(&ttf, bytes.data(), (uint32_t)bytes.size())) << path;
    }
};

/** Offset of the cmap subtable of (platform, encoding), read by hand for the tests. */
uint32_t cmap_subtable(const lv_ttf_t & t, uint16_t platform, uint16_t encoding)
{
    uint16_t n = lv_ttf_u16(&t, 4);
    uint32_t cmap = 0;
    for(uint32_t i = 0; i < n; i++) {
        uint32_t rec = 12 + 16 * i;
        if(memcmp(t.data + rec, "cmap", 4) == 0)
            cmap = ((uint32_t)lv_ttf_u16(&t, rec + 8) << 16) | lv_ttf_u16(&t, rec + 10);
    }
    for(uint32_t i = 0; i < lv_ttf_u16(&t, cmap + 2); i++) {
        uint32_t rec = cmap + 4 + 8 * i;
        if(lv_ttf_u16(&t, rec) == platform && lv_ttf_u16(&t, rec + 2) == encoding)
            return cmap + (((uint32_t)lv_ttf_u16(&t, rec + 4) << 16) | lv_ttf_u16(&t, rec + 6));
    }
    return 0;
}

lv_ttf_edges_t square(float x0, float y0, float x1, float y1, bool clockwise)
{
    lv_ttf_edges_t e{};
    e.capacity = e.count = 4;
    e.items = (lv_ttf_edge_t *)lv_malloc(sizeof(lv_ttf_edge_t) * 8);
    lv_ttf_edge_t cw[4] = {{x0, y0, x1, y0}, {x1, y0, x1, y1}, {x1, y1, x0, y1}, {x0, y1, x0, y0}};
    for(int i = 0; i < 4; i++) {
        e.items[i] = cw[i];
        if(!clockwise) e.items[i] = {cw[3 - i].x1, cw[3 - i].y1, cw[3 - i].x0, cw[3 - i].y0};
    }
    return e;
}

void append(lv_ttf_edges_t * to, const lv_ttf_edges_t & from)
{
    for(uint32_t i = 0; i < from.count; i++) to->items[to->count++] = from.items[i];
}

} // namespace

TEST(TtfReader, ReadsTheTablesOfMontserrat)
{
    Font f(montserrat_path());
    EXPECT_EQ(f.ttf.units_per_em, 1000);
    EXPECT_EQ(f.ttf.cmap_format, 4); /* Montserrat has no format 12 subtable */
    EXPECT_GT(f.ttf.ascent, 0);
    EXPECT_LT(f.ttf.descent, 0);
    uint32_t a = lv_ttf_glyph_index(&f.ttf, 'A');
    EXPECT_NE(a, 0u);
    EXPECT_NE(lv_ttf_glyph_index(&f.ttf, 'B'), a);
    EXPECT_EQ(lv_ttf_glyph_index(&f.ttf, 0x10FFFF), 0u);  /* not in the font */
    EXPECT_EQ(lv_ttf_glyph_index(&f.ttf, 0x4E2D), 0u);    /* CJK: not in the font */
    int32_t adv, lsb;
    lv_ttf_hmetrics(&f.ttf, a, &adv, &lsb);
    EXPECT_GT(adv, 500);
    EXPECT_LT(adv, 900);
    lv_ttf_box_t box;
    EXPECT_TRUE(lv_ttf_glyph_box(&f.ttf, a, &box));
    EXPECT_EQ(box.y_min, 0); /* sits on the base line */
    EXPECT_FALSE(lv_ttf_glyph_box(&f.ttf, lv_ttf_glyph_index(&f.ttf, ' '), &box)); /* no outline */
}

TEST(TtfReader, Format4And12AgreeOnTheBmp)
{
    Font f(dejavu_path());
    ASSERT_EQ(f.ttf.cmap_format, 12); /* DejaVu Sans has both; the full one is preferred */
    lv_ttf_t bmp = f.ttf;
    bmp.cmap_format = 4;
    bmp.cmap_sub = cmap_subtable(f.ttf, 3, 1);
    ASSERT_NE(bmp.cmap_sub, 0u);
    int found = 0;
    for(uint32_t cp = 0x20; cp < 0x3000; cp++) {
        uint32_t g = lv_ttf_glyph_index(&f.ttf, cp);
        ASSERT_EQ(g, lv_ttf_glyph_index(&bmp, cp)) << std::hex << cp;
        found += g != 0;
    }
    EXPECT_GT(found, 2000);
}

TEST(TtfReader, Format12ReachesBeyondTheBmp)
{
    Font f(dejavu_math_path());
    ASSERT_EQ(f.ttf.cmap_format, 12);
    uint32_t bold_a = lv_ttf_glyph_index(&f.ttf, 0x1D400); /* MATHEMATICAL BOLD CAPITAL A */
    EXPECT_NE(bold_a, 0u);
    EXPECT_NE(bold_a, lv_ttf_glyph_index(&f.ttf, 'A'));
}

TEST(TtfReader, KerningFromGposAndKern)
{
    Font m(montserrat_path()); /* GPOS only */
    uint32_t a = lv_ttf_glyph_index(&m.ttf, 'A'), v = lv_ttf_glyph_index(&m.ttf, 'V');
    uint32_t o = lv_ttf_glyph_index(&m.ttf, 'o');
    EXPECT_TRUE(lv_ttf_has_kerning(&m.ttf));
    EXPECT_LT(lv_ttf_kerning(&m.ttf, a, v), 0);
    EXPECT_LT(lv_ttf_kerning(&m.ttf, v, a), 0);
    EXPECT_EQ(lv_ttf_kerning(&m.ttf, o, o), 0);

    Font d(dejavu_path()); /* both: the kern table read alone gives the same pair kerning */
    lv_ttf_t kern_only = d.ttf;
    kern_only.gpos = 0;
    a = lv_ttf_glyph_index(&d.ttf, 'A');
    v = lv_ttf_glyph_index(&d.ttf, 'V');
    EXPECT_LT(lv_ttf_kerning(&kern_only, a, v), 0);
    EXPECT_EQ(lv_ttf_kerning(&kern_only, a, v), lv_ttf_kerning(&d.ttf, a, v));
}

TEST(TtfReader, RejectsWhatIsNotATrueTypeFont)
{
    lv_ttf_t t;
    EXPECT_FALSE(lv_ttf_init(&t, nullptr, 100));
    const uint8_t junk[64] = {0, 1, 0, 0, 0, 9};
    EXPECT_FALSE(lv_ttf_init(&t, junk, sizeof junk));
    std::vector<uint8_t> font = read_file(montserrat_path());
    EXPECT_FALSE(lv_ttf_init(&t, font.data(), 200)); /* directory cut short: tables out of range */
    font[0] = 'O'; font[1] = 'T'; font[2] = 'T'; font[3] = 'O'; /* CFF outlines are not read */
    EXPECT_FALSE(lv_ttf_init(&t, font.data(), (uint32_t)font.size()));
}

TEST(TtfReader, DamagedGlyphDataNeverReadsOutside)
{
    /* every glyph of ASCII outlined from fonts with bytes changed all over glyf: no crash, no
     * read outside (ASan), whatever comes out */
    std::vector<uint8_t> font = read_file(montserrat_path());
    lv_ttf_t clean;
    ASSERT_TRUE(lv_ttf_init(&clean, font.data(), (uint32_t)font.size()));
    uint32_t seed = 12345;
    for(int round = 0; round < 20; round++) {
        std::vector<uint8_t> bad = font;
        for(int k = 0; k < 400; k++) {
            seed = seed * 1103515245 + 12345;
            uint32_t at = clean.glyf + (seed >> 8) % (uint32_t)(bad.size() - clean.glyf);
            bad[at] = (uint8_t)(seed >> 3);
        }
        lv_ttf_t t;
        if(!lv_ttf_init(&t, bad.data(), (uint32_t)bad.size())) continue;
        lv_ttf_edges_t edges{};
        lv_ttf_transform_t tf{0.05f, 0, 2, 40, 0};
        std::vector<uint8_t> out(48 * 48);
        for(uint32_t cp = 0x20; cp < 0x7F; cp++) {
            ASSERT_TRUE(lv_ttf_glyph_edges(&t, lv_ttf_glyph_index(&t, cp), &tf, &edges));
            ASSERT_TRUE(lv_ttf_rasterize(&edges, out.data(), 48, 48, 48));
        }
        lv_ttf_edges_free(&edges);
    }
}

TEST(TtfReader, CompositeGlyphsAddTheirComponents)
{
    Font f(dejavu_path());
    lv_ttf_transform_t tf{0.02f, 0, 0, 0, 0};
    lv_ttf_edges_t a{}, a_umlaut{};
    ASSERT_TRUE(lv_ttf_glyph_edges(&f.ttf, lv_ttf_glyph_index(&f.ttf, 'A'), &tf, &a));
    ASSERT_TRUE(lv_ttf_glyph_edges(&f.ttf, lv_ttf_glyph_index(&f.ttf, 0xC4), &tf, &a_umlaut));
    /* Ä = A + the dieresis above it: more edges, reaching higher (y grows downwards) */
    EXPECT_GT(a_umlaut.count, a.count);
    EXPECT_LT(a_umlaut.y_min, a.y_min - 1);
    EXPECT_NEAR(a_umlaut.y_max, a.y_max, 0.01);
    EXPECT_NEAR(a_umlaut.x_min, a.x_min, 0.01);
    lv_ttf_edges_free(&a);
    lv_ttf_edges_free(&a_umlaut);
}

TEST(TtfRaster, CoverageIsTheAreaInsideEachPixel)
{
    /* a 2x2 square at (0.5, 0.5): corners a quarter covered, sides half, the middle full */
    lv_ttf_edges_t e = square(0.5f, 0.5f, 2.5f, 2.5f, true);
    uint8_t out[9];
    ASSERT_TRUE(lv_ttf_rasterize(&e, out, 3, 3, 3));
    const uint8_t want[9] = {64, 128, 64, 128, 255, 128, 64, 128, 64};
    for(int i = 0; i < 9; i++) EXPECT_NEAR(out[i], want[i], 1) << i;
    lv_ttf_edges_free(&e);
}

TEST(TtfRaster, SlopedEdgesCoverTheirArea)
{
    /* a right triangle (0,0)-(8,0)-(0,8): area 32 px, the diagonal pixels half covered */
    lv_ttf_edges_t e{};
    e.items = (lv_ttf_edge_t *)lv_malloc(sizeof(lv_ttf_edge_t) * 3);
    e.items[0] = {0, 0, 8, 0};
    e.items[1] = {8, 0, 0, 8};
    e.items[2] = {0, 8, 0, 0};
    e.count = e.capacity = 3;
    uint8_t out[100];
    ASSERT_TRUE(lv_ttf_rasterize(&e, out, 10, 10, 10));
    double total = 0;
    for(uint8_t v : out) total += v / 255.0;
    EXPECT_NEAR(total, 32.0, 0.1);
    for(int i = 0; i < 8; i++) EXPECT_NEAR(out[i * 10 + 7 - i], 128, 1);
    EXPECT_EQ(out[0], 255);
    EXPECT_EQ(out[9 * 10 + 9], 0);
    lv_ttf_edges_free(&e);
}

TEST(TtfRaster, NonZeroWinding)
{
    /* an inner square drawn the other way is a hole; drawn the same way it stays solid */
    for(bool same : {false, true}) {
        lv_ttf_edges_t outer = square(0, 0, 6, 6, true);
        lv_ttf_edges_t inner = square(2, 2, 4, 4, same);
        outer.items = (lv_ttf_edge_t *)lv_realloc(outer.items, sizeof(lv_ttf_edge_t) * 8);
        append(&outer, inner);
        uint8_t out[36];
        ASSERT_TRUE(lv_ttf_rasterize(&outer, out, 6, 6, 6));
        EXPECT_EQ(out[0], 255);
        EXPECT_EQ(out[2 * 6 + 2], same ? 255 : 0);
        EXPECT_EQ(out[3 * 6 + 3], same ? 255 : 0);
        lv_ttf_edges_free(&outer);
        lv_ttf_edges_free(&inner);
    }
}

TEST(TtfRaster, OutlinesOutsideTheBitmapAreClipped)
{
    lv_ttf_edges_t e = square(-5, -5, 2, 20, true);
    uint8_t out[16];
    ASSERT_TRUE(lv_ttf_rasterize(&e, out, 4, 4, 4));
    for(int y = 0; y < 4; y++) {
        EXPECT_EQ(out[y * 4 + 0], 255);
        EXPECT_EQ(out[y * 4 + 1], 255);
        EXPECT_EQ(out[y * 4 + 2], 0);
    }
    lv_ttf_edges_free(&e);
}
