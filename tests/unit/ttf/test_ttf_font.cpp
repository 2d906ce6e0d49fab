// Run-time TrueType fonts through LVGL's tiny_ttf and freetype APIs: metrics against the
// built-in Montserrat 14 (lv_font_conv from the same TTF) and against FreeType's figures,
// bitmaps, kerning, sizes, caches, styles, files and bad input.
#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <map>

#include "ttf_files.h"

namespace {

class TtfFont : public ::testing::Test {
protected:
    void SetUp() override
    {
        lv_init();
        montserrat = read_file(montserrat_path());
        ASSERT_FALSE(montserrat.empty());
    }
    void TearDown() override { lv_deinit(); }

    lv_font_t * tiny(int32_t size, lv_font_kerning_t kerning = LV_FONT_KERNING_NORMAL, size_t cache = 64)
    {
        return lv_tiny_ttf_create_data_ex(montserrat.data(), montserrat.size(), size, kerning, cache);
    }

    std::vector<uint8_t> montserrat;
};

/** A glyph's alpha on a grid around the pen position: (x, y) with y down from the base
 *  line, as the bitmap's content lies (tiny_ttf's spare row is at the bottom). */
struct Ink {
    std::map<std::pair<int, int>, int> alpha;
    int at(int x, int y) const
    {
        auto it = alpha.find({x, y});
        return it == alpha.end() ? 0 : it->second;
    }
};

Ink ink_of(const lv_font_t * font, uint32_t letter)
{
    Ink ink;
    lv_font_glyph_dsc_t g;
    if(!lv_font_get_glyph_dsc(font, &g, letter, 0) || g.box_w == 0) return ink;
    std::vector<uint8_t> buf((size_t)g.box_w * g.box_h);
    lv_draw_buf_t db{};
    db.data = buf.data();
    db.data_size = (uint32_t)buf.size();
    const uint8_t * a8 = (const uint8_t *)lv_font_get_glyph_bitmap(&g, &db);
    if(a8 == nullptr) return ink;
    int top = -(g.ofs_y + g.box_h);
    for(int y = 0; y < g.box_h; y++)
        for(int x = 0; x < g.box_w; x++)
            if(a8[y * g.box_w + x]) ink.alpha[{g.ofs_x + x, top + y}] = a8[y * g.box_w + x];
    lv_font_glyph_release_draw_data(&g);
    return ink;
}

/** A glyph's advance, bitmap size and offsets. */
struct Want {
    char c;
    int adv, w, h, x, y;
};

void expect_glyph(const lv_font_t * font, const Want & w)
{
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(font, &g, (uint32_t)w.c, 0));
    EXPECT_EQ(g.adv_w, w.adv) << w.c;
    EXPECT_EQ(g.box_w, w.w) << w.c;
    EXPECT_EQ(g.box_h, w.h) << w.c;
    EXPECT_EQ(g.ofs_x, w.x) << w.c;
    EXPECT_EQ(g.ofs_y, w.y) << w.c;
}

} // namespace

TEST_F(TtfFont, MontserratMatchesTheBuiltInFont)
{
    /* lv_font_montserrat_14 is lv_font_conv's rendering of the same TTF at 14 px */
    lv_font_t * f = tiny(14, LV_FONT_KERNING_NONE);
    ASSERT_NE(f, nullptr);
    const lv_font_t * m = &lv_font_montserrat_14;
    EXPECT_NEAR(f->line_height, m->line_height, 1);
    EXPECT_NEAR(f->base_line, m->base_line, 1);
    long diff_sum = 0, ink_sum = 0;
    for(uint32_t c = 0x21; c < 0x7F; c++) {
        lv_font_glyph_dsc_t a, b;
        ASSERT_TRUE(lv_font_get_glyph_dsc(f, &a, c, 0));
        ASSERT_TRUE(lv_font_get_glyph_dsc(m, &b, c, 0));
        EXPECT_NEAR(a.adv_w, b.adv_w, 1) << (char)c;
        EXPECT_NEAR(a.ofs_x, b.ofs_x, 1) << (char)c;
        /* tiny_ttf's box has a spare column (and row: its height depends on hinting) */
        EXPECT_NEAR(a.box_w - 1, b.box_w, 1) << (char)c;
        /* the same shape: FreeType's hinting (lv_font_conv) moves edges to whole pixels,
         * stb_truetype-like rendering does not; so the ink mass and its centre must
         * agree, and nearly every pixel must be close to one of its neighbours' in the
         * other */
        Ink ia = ink_of(f, c), ib = ink_of(m, c);
        double mass_a = 0, mass_b = 0, cx_a = 0, cy_a = 0, cx_b = 0, cy_b = 0;
        long far = 0;
        for(int y = -16; y < 6; y++)
            for(int x = -3; x < 18; x++) {
                int va = ia.at(x, y - 1 /* the spare row */), vb = ib.at(x, y);
                mass_a += va;
                mass_b += vb;
                cx_a += va * x;
                cy_a += va * y;
                cx_b += vb * x;
                cy_b += vb * y;
                int best = 255;
                for(int dy = -1; dy <= 1; dy++)
                    for(int dx = -1; dx <= 1; dx++) best = std::min(best, abs(va - ib.at(x + dx, y + dy)));
                far += best > 128;
            }
        EXPECT_NEAR(mass_a / mass_b, 1.0, 0.15) << (char)c;
        EXPECT_NEAR(cx_a / mass_a, cx_b / mass_b, 0.6) << (char)c;
        EXPECT_NEAR(cy_a / mass_a, cy_b / mass_b, 1.0) << (char)c;
        EXPECT_LE(far, 3) << (char)c;
        diff_sum += far;
        ink_sum += (long)ia.alpha.size();
    }
    printf("pixels off by more than 128 from all 9 neighbours: %ld of %ld\n", diff_sum, ink_sum);
    EXPECT_LT(diff_sum * 100, ink_sum);
    lv_tiny_ttf_destroy(f);
}

TEST_F(TtfFont, KerningMatchesTheBuiltInFont)
{
    lv_font_t * f = tiny(14);
    lv_font_t * big = tiny(40);
    lv_font_t * plain = tiny(40, LV_FONT_KERNING_NONE);
    const lv_font_t * m = &lv_font_montserrat_14;
    const char * pairs[] = {"AV", "VA", "To", "LT", "Yo", "AT"};
    for(const char * p : pairs) {
        EXPECT_NEAR(lv_font_get_glyph_width(f, p[0], p[1]), lv_font_get_glyph_width(m, p[0], p[1]), 1) << p;
        EXPECT_LT(lv_font_get_glyph_width(big, p[0], p[1]), lv_font_get_glyph_width(plain, p[0], p[1])) << p;
    }
    EXPECT_EQ(f->kerning, LV_FONT_KERNING_NORMAL);
    EXPECT_EQ(plain->kerning, LV_FONT_KERNING_NONE);
    lv_tiny_ttf_destroy(f);
    lv_tiny_ttf_destroy(big);
    lv_tiny_ttf_destroy(plain);
}

TEST_F(TtfFont, TinyTtfLineMetricsFollowLvgl)
{
    /* Montserrat: hhea ascent 968, descent -251, lineGap 0, 1000 units per em:
     * line_height = trunc(1219 * size / 1000), base_line = trunc(251 * size / 1000) */
    lv_font_t * f = tiny(30);
    EXPECT_EQ(f->line_height, 36);
    EXPECT_EQ(f->base_line, 7);
    lv_tiny_ttf_set_size(f, 100);
    EXPECT_EQ(f->line_height, 121);
    EXPECT_EQ(f->base_line, 25);
    lv_tiny_ttf_set_size(f, 0);    /* ignored */
    lv_tiny_ttf_set_size(f, -5);   /* ignored */
    lv_tiny_ttf_set_size(f, 5000); /* ignored: glyph boxes would not fit 16 bits */
    EXPECT_EQ(f->line_height, 121);
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(f, &g, 'H', 0));
    EXPECT_GT(g.box_h, 70); /* glyphs measured at the new size */
    lv_tiny_ttf_destroy(f);
}

TEST_F(TtfFont, ControlCharactersAndMissingGlyphs)
{
    lv_font_t * f = tiny(20);
    lv_font_glyph_dsc_t g;
    EXPECT_TRUE(f->get_glyph_dsc(f, &g, '\n', 0));
    EXPECT_EQ(g.adv_w, 0);
    EXPECT_EQ(g.format, LV_FONT_GLYPH_FORMAT_NONE);
    EXPECT_TRUE(f->get_glyph_dsc(f, &g, 0x200C, 0));
    EXPECT_EQ(g.adv_w, 0);
    EXPECT_FALSE(f->get_glyph_dsc(f, &g, 0x4E2D, 0)); /* not in the font */
    /* with a fallback the missing glyph comes from there */
    f->fallback = &lv_font_montserrat_14;
    EXPECT_TRUE(lv_font_get_glyph_dsc(f, &g, 0xF00C, 0));
    EXPECT_EQ(g.resolved_font, &lv_font_montserrat_14);
    lv_tiny_ttf_destroy(f);
}

TEST_F(TtfFont, CacheAndNoCacheDrawTheSame)
{
    /* caches of 1 and 3 glyphs evict all the time; kerning pairs go through theirs */
    lv_font_t * direct = tiny(18, LV_FONT_KERNING_NORMAL, 0);
    for(size_t size : {1, 3, 128}) {
        lv_font_t * cached = tiny(18, LV_FONT_KERNING_NORMAL, size);
        for(int round = 0; round < 2; round++)
            for(uint32_t c = 0x21; c < 0x7F; c++) {
                Ink a = ink_of(cached, c), b = ink_of(direct, c);
                EXPECT_EQ(a.alpha, b.alpha) << (char)c;
                EXPECT_FALSE(a.alpha.empty()) << (char)c;
                for(uint32_t next : {'A', 'V', 'o', 'T'})
                    EXPECT_EQ(lv_font_get_glyph_width(cached, c, next), lv_font_get_glyph_width(direct, c, next));
            }
        lv_tiny_ttf_destroy(cached);
    }
    lv_tiny_ttf_destroy(direct);
}

TEST_F(TtfFont, BadInputGivesNull)
{
    EXPECT_EQ(lv_tiny_ttf_create_data(nullptr, 100, 20), nullptr);
    EXPECT_EQ(lv_tiny_ttf_create_data(montserrat.data(), montserrat.size(), 0), nullptr);
    EXPECT_EQ(lv_tiny_ttf_create_data(montserrat.data(), montserrat.size(), -3), nullptr);
    EXPECT_EQ(lv_tiny_ttf_create_data(montserrat.data(), montserrat.size(), 4097), nullptr);
    lv_font_t * biggest = lv_tiny_ttf_create_data(montserrat.data(), montserrat.size(), 4096);
    ASSERT_NE(biggest, nullptr);
    lv_font_glyph_dsc_t g;
    ASSERT_TRUE(lv_font_get_glyph_dsc(biggest, &g, 'W', 0));
    EXPECT_GT(g.box_w, 4096); /* W is wider than the em */
    lv_tiny_ttf_destroy(biggest);
    EXPECT_EQ(lv_tiny_ttf_create_data(montserrat.data(), 100, 20), nullptr);
    const char text[] = "not a font at all, just some text that is long enough";
    EXPECT_EQ(lv_tiny_ttf_create_data(text, sizeof text, 20), nullptr);
    EXPECT_EQ(lv_tiny_ttf_create_file("/no/such/file.ttf", 20), nullptr);
    EXPECT_EQ(lv_tiny_ttf_create_file(nullptr, 20), nullptr);
    /* other fonts are left alone by the tiny_ttf and freetype functions */
    lv_font_t copy = lv_font_montserrat_14;
    lv_tiny_ttf_set_size(&copy, 30);
    lv_tiny_ttf_destroy(&copy);
    lv_freetype_font_delete(&copy);
    lv_tiny_ttf_destroy(nullptr);
    EXPECT_EQ(copy.line_height, lv_font_montserrat_14.line_height);
    EXPECT_FALSE(lv_freetype_is_outline_font(&copy));
    EXPECT_EQ(lv_freetype_outline_get_scale(&copy), 0u);
}

TEST_F(TtfFont, TinyTtfFromAFile)
{
    lv_font_t * f = lv_tiny_ttf_create_file(montserrat_path().c_str(), 14);
    ASSERT_NE(f, nullptr);
    lv_font_t * d = tiny(14);
    for(uint32_t c = 0x21; c < 0x7F; c++) EXPECT_EQ(ink_of(f, c).alpha, ink_of(d, c).alpha);
    /* "A:" with no driver registered for A is read as a host path */
    lv_font_t * lettered = lv_tiny_ttf_create_file(("A:" + montserrat_path()).c_str(), 14);
    ASSERT_NE(lettered, nullptr);
    EXPECT_EQ(lettered->line_height, f->line_height);
    lv_tiny_ttf_destroy(lettered);
    lv_tiny_ttf_destroy(f);
    lv_tiny_ttf_destroy(d);
}

TEST_F(TtfFont, FreetypeMetricsAreFreetypes)
{
    /* figures measured with libfreetype 2.13 (FT_Set_Pixel_Sizes, FT_LOAD_RENDER): line
     * height, base line, and per glyph advance, bitmap size and offsets */
    lv_font_t * f = lv_freetype_font_create(dejavu_path().c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 24,
                                            LV_FREETYPE_FONT_STYLE_NORMAL);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->line_height, 28);
    EXPECT_EQ(f->base_line, 6);
    for(Want w : {Want{'A', 16, 17, 18, 0, 0}, Want{'W', 24, 23, 18, 0, 0}, Want{' ', 8, 0, 0, 0, 0}})
        expect_glyph(f, w);
    lv_font_t * m = lv_freetype_font_create(montserrat_path().c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 14,
                                            LV_FREETYPE_FONT_STYLE_NORMAL);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->line_height, 17);
    EXPECT_EQ(m->base_line, 4);
    for(Want w : {Want{'A', 10, 12, 10, -1, 0}, Want{'g', 10, 9, 11, 0, -3}, Want{'@', 14, 14, 13, 0, -3}})
        expect_glyph(m, w);
    /* no kerning unless asked for through lv_font_info_t */
    EXPECT_EQ(lv_font_get_glyph_width(f, 'A', 'V'), lv_font_get_glyph_width(f, 'A', 0));
    lv_freetype_font_delete(f);
    lv_freetype_font_delete(m);
}

TEST_F(TtfFont, FreetypeStylesAndInfo)
{
    std::string path = dejavu_path();
    lv_font_t * normal = lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 30,
                                                 LV_FREETYPE_FONT_STYLE_NORMAL);
    lv_font_t * italic = lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 30,
                                                 LV_FREETYPE_FONT_STYLE_ITALIC);
    lv_font_t * bold = lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 30,
                                               LV_FREETYPE_FONT_STYLE_BOLD);
    ASSERT_TRUE(normal && italic && bold);
    lv_font_glyph_dsc_t n, i, b;
    lv_font_get_glyph_dsc(normal, &n, 'I', 'I');
    lv_font_get_glyph_dsc(italic, &i, 'I', 'I');
    lv_font_get_glyph_dsc(bold, &b, 'I', 'I');
    EXPECT_EQ(i.box_h, n.box_h);
    EXPECT_GT(i.box_w, n.box_w + 3);  /* slanted by 0.21 over 22 px */
    EXPECT_GT(b.box_w, n.box_w);      /* grown by 30 / 24 px */
    EXPECT_GT(b.adv_w, n.adv_w);
    long ink_n = 0, ink_b = 0;
    for(auto & kv : ink_of(normal, 'I').alpha) ink_n += kv.second;
    for(auto & kv : ink_of(bold, 'I').alpha) ink_b += kv.second;
    EXPECT_GT(ink_b, ink_n * 5 / 4);
    /* the last italic letter of a text advances to its ink's end, as LVGL's backend does */
    lv_font_get_glyph_dsc(italic, &i, 'I', 0);
    EXPECT_EQ(i.adv_w, i.box_w + i.ofs_x);

    lv_font_info_t info;
    lv_freetype_init_font_info(&info);
    EXPECT_EQ(info.render_mode, (uint32_t)LV_FREETYPE_FONT_RENDER_MODE_BITMAP);
    EXPECT_EQ(info.class_p, &lv_freetype_font_class);
    info.name = path.c_str();
    info.size = 30;
    info.kerning = LV_FONT_KERNING_NORMAL;
    lv_font_t * kerned = lv_freetype_font_create_with_info(&info);
    ASSERT_NE(kerned, nullptr);
    EXPECT_LT(lv_font_get_glyph_width(kerned, 'A', 'V'), lv_font_get_glyph_width(normal, 'A', 'V'));
    lv_font_info_t other = info;
    EXPECT_TRUE(lv_font_info_is_equal(&info, &other));
    other.size = 31;
    EXPECT_FALSE(lv_font_info_is_equal(&info, &other));
    info.render_mode = LV_FREETYPE_FONT_RENDER_MODE_OUTLINE;
    lv_font_t * outline = info.class_p->create_cb(&info, path.c_str());
    ASSERT_NE(outline, nullptr);
    EXPECT_TRUE(lv_freetype_is_outline_font(outline));
    EXPECT_FALSE(lv_freetype_is_outline_font(normal));
    EXPECT_EQ(lv_freetype_outline_get_scale(outline), 30u * 64 / 128);
    EXPECT_FALSE(ink_of(outline, 'A').alpha.empty()); /* drawn from bitmaps too */
    info.class_p->delete_cb(outline);
    for(lv_font_t * f : {normal, italic, bold, kerned}) lv_freetype_font_delete(f);
}

TEST_F(TtfFont, FreetypeLifecycle)
{
    std::string path = dejavu_path();
    EXPECT_EQ(lv_freetype_init(16), LV_RESULT_INVALID); /* lv_init started it */
    lv_font_t * before = lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 20,
                                                 LV_FREETYPE_FONT_STYLE_NORMAL);
    ASSERT_NE(before, nullptr);
    lv_freetype_uninit();
    EXPECT_EQ(lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 20,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    EXPECT_FALSE(ink_of(before, 'x').alpha.empty()); /* fonts made before keep working */
    EXPECT_EQ(lv_freetype_init(0), LV_RESULT_OK);
    lv_font_t * again = lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 20,
                                                LV_FREETYPE_FONT_STYLE_NORMAL);
    ASSERT_NE(again, nullptr); /* no cache (0 glyphs): drawn into the caller's buffer */
    EXPECT_EQ(ink_of(again, 'x').alpha, ink_of(before, 'x').alpha);
    EXPECT_EQ(lv_freetype_font_create(nullptr, LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 20,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    EXPECT_EQ(lv_freetype_font_create("/no/such.ttf", LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 20,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    EXPECT_EQ(lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 0,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    EXPECT_EQ(lv_freetype_font_create(path.c_str(), LV_FREETYPE_FONT_RENDER_MODE_BITMAP, 0x80000000u,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    EXPECT_EQ(lv_freetype_font_create(path.c_str(), (lv_freetype_font_render_mode_t)7, 20,
                                      LV_FREETYPE_FONT_STYLE_NORMAL), nullptr);
    lv_freetype_font_delete(before);
    lv_freetype_font_delete(again);
    lv_freetype_font_delete(nullptr);
}

TEST_F(TtfFont, LabelsDrawWithTheFont)
{
    lv_display_t * disp = lv_display_create(200, 60);
    lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
    std::vector<uint8_t> fb(200 * 60 * 4, 0);
    lv_display_set_buffers(disp, fb.data(), nullptr, (uint32_t)fb.size(), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, [](lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); });
    lv_font_t * f = tiny(30);
    lv_obj_t * label = lv_label_create(lv_screen_active());
    lv_obj_set_style_text_font(label, f, 0);
    lv_label_set_text(label, "Hg");
    lv_obj_update_layout(label);
    EXPECT_EQ(lv_obj_get_height(label), f->line_height);
    EXPECT_EQ(lv_obj_get_width(label), lv_font_get_glyph_width(f, 'H', 'g') + lv_font_get_glyph_width(f, 'g', 0));
    lv_refr_now(disp);
    int dark = 0;
    for(size_t i = 0; i < fb.size(); i += 4) dark += fb[i] < 128;
    EXPECT_GT(dark, 150); /* black text on the white screen */
    lv_obj_delete(label);
    lv_tiny_ttf_destroy(f);
}
