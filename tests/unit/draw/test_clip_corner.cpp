// clip_corner (lv_refr.cpp): the children of an object with clip_corner and a radius are cut
// by its rounded corners, with the same anti-aliased edge as its background, in every render
// mode; without the style (or without a radius) they are cut by its rectangle only.
#include <gtest/gtest.h>

#include <string.h>

#include <algorithm>
#include <vector>

#include "lvgl.h"

namespace {

constexpr int32_t kSize = 48;

void flush_ready(lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); }

/* A 48x48 XRGB8888 display on a white screen, rendered whole into `fb`. */
struct Screen {
    std::vector<uint8_t> fb;
    std::vector<uint8_t> band; /* PARTIAL mode's buffer */
    lv_display_t * disp = nullptr;
    uint32_t stride = lv_draw_buf_width_to_stride(kSize, LV_COLOR_FORMAT_XRGB8888);
    Screen()
    {
        lv_init();
        fb.assign((size_t)stride * kSize, 0);
        disp = lv_display_create(kSize, kSize);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        lv_display_set_buffers(disp, fb.data(), nullptr, (uint32_t)fb.size(), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, flush_ready);
        lv_obj_set_style_bg_color(lv_screen_active(), lv_color_white(), 0);
    }
    ~Screen() { lv_deinit(); }
    void render()
    {
        lv_obj_invalidate(lv_screen_active());
        lv_refr_now(disp);
    }
    /* 0xRRGGBB at (x, y) of the last render */
    uint32_t px(int32_t x, int32_t y) const
    {
        const uint8_t * p = fb.data() + (size_t)y * stride + 4 * x;
        return ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
    }
    /* renders in PARTIAL mode through a buffer of `rows` rows, copying the bands into fb */
    static void copy_band(lv_display_t * disp, const lv_area_t * area, uint8_t * px_map)
    {
        Screen * s = static_cast<Screen *>(lv_display_get_user_data(disp));
        uint32_t w = (uint32_t)lv_area_get_width(area);
        uint32_t band_stride = lv_draw_buf_width_to_stride(w, LV_COLOR_FORMAT_XRGB8888);
        for(int32_t y = area->y1; y <= area->y2; y++) {
            memcpy(s->fb.data() + (size_t)y * s->stride + 4 * area->x1, px_map + (size_t)(y - area->y1) * band_stride, 4 * w);
        }
        lv_display_flush_ready(disp);
    }
    void render_partial(uint32_t rows)
    {
        band.assign((size_t)stride * rows, 0);
        lv_display_set_user_data(disp, this);
        lv_display_set_buffers(disp, band.data(), nullptr, (uint32_t)band.size(), LV_DISPLAY_RENDER_MODE_PARTIAL);
        lv_display_set_flush_cb(disp, copy_band);
        render();
    }
};

lv_obj_t * box(lv_obj_t * parent, uint32_t color, int32_t x, int32_t y, int32_t w, int32_t h)
{
    lv_obj_t * o = lv_obj_create(parent);
    lv_obj_remove_style_all(o);
    lv_obj_set_pos(o, x, y);
    lv_obj_set_size(o, w, h);
    lv_obj_set_style_bg_color(o, lv_color_hex(color), 0);
    lv_obj_set_style_bg_opa(o, LV_OPA_COVER, 0);
    return o;
}

/* A blue 40x40 parent at (4, 4) with radius 12 and clip_corner, filled by a red child. */
lv_obj_t * rounded_parent(int32_t radius)
{
    lv_obj_t * parent = box(lv_screen_active(), 0x0000FF, 4, 4, 40, 40);
    lv_obj_set_style_radius(parent, radius, 0);
    lv_obj_set_style_clip_corner(parent, true, 0);
    return parent;
}

/* the four corner pixels of the parent lie outside the radius: the white screen shows */
void expect_screen_in_the_corners(const Screen & s)
{
    EXPECT_EQ(s.px(4, 4), 0xFFFFFFu);
    EXPECT_EQ(s.px(43, 4), 0xFFFFFFu);
    EXPECT_EQ(s.px(4, 43), 0xFFFFFFu);
    EXPECT_EQ(s.px(43, 43), 0xFFFFFFu);
}

uint32_t red_of(uint32_t c) { return (c >> 16) & 0xFF; }
uint32_t blue_of(uint32_t c) { return c & 0xFF; }

} // namespace

TEST(ClipCorner, ChildrenAreCutByTheRoundedCorners)
{
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    box(parent, 0xFF0000, 0, 0, 40, 40);
    s.render();
    expect_screen_in_the_corners(s);
    /* inside the radius, on the straight edges and in the middle: the child */
    EXPECT_EQ(s.px(10, 10), 0xFF0000u);
    EXPECT_EQ(s.px(41, 41), 0xFFFFFFu);
    EXPECT_EQ(s.px(37, 37), 0xFF0000u);
    EXPECT_EQ(s.px(24, 4), 0xFF0000u);
    EXPECT_EQ(s.px(4, 24), 0xFF0000u);
    EXPECT_EQ(s.px(24, 24), 0xFF0000u);
    /* outside the parent nothing of the child */
    EXPECT_EQ(s.px(2, 24), 0xFFFFFFu);
}

TEST(ClipCorner, TheChildsEdgeIsTheBackgroundsEdge)
{
    /* where the parent's own background covers a corner pixel partly, the child covers it
     * by the same amount: compare blue (parent alone) with red (parent and child) */
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    s.render();
    std::vector<uint32_t> alone(kSize * kSize);
    for(int32_t y = 0; y < kSize; y++)
        for(int32_t x = 0; x < kSize; x++) alone[y * kSize + x] = s.px(x, y);
    box(parent, 0xFF0000, 0, 0, 40, 40);
    s.render();
    int partial = 0;
    for(int32_t y = 0; y < kSize; y++) {
        for(int32_t x = 0; x < kSize; x++) {
            /* over white, coverage a leaves 255 - a in the other two channels */
            uint32_t bg_cover = 255 - red_of(alone[y * kSize + x]);
            uint32_t child_cover = 255 - blue_of(s.px(x, y));
            EXPECT_NEAR((int)bg_cover, (int)child_cover, 2) << x << "," << y;
            if(child_cover > 10 && child_cover < 245) partial++;
        }
    }
    EXPECT_GT(partial, 8); /* the edge is anti-aliased */
}

/* paints the whole object green after its children, as a post-draw (scrollbars) does */
void paint_green_over(lv_event_t * e)
{
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    dsc.bg_color = lv_color_hex(0x00FF00);
    lv_area_t coords;
    lv_obj_get_coords(obj, &coords);
    lv_draw_rect(lv_event_get_layer(e), &dsc, &coords);
}

TEST(ClipCorner, ScrolledContentAndThePostDrawAreCutToo)
{
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    box(parent, 0xFF0000, 0, 0, 40, 120);
    lv_obj_scroll_to_y(parent, 40, LV_ANIM_OFF);
    s.render();
    expect_screen_in_the_corners(s); /* content scrolled under the corners */
    EXPECT_EQ(s.px(24, 24), 0xFF0000u);
    lv_obj_add_event_cb(parent, paint_green_over, LV_EVENT_DRAW_POST, nullptr);
    s.render();
    expect_screen_in_the_corners(s); /* the post-draw painted over the whole object */
    EXPECT_EQ(s.px(43, 24), 0x00FF00u);
    EXPECT_EQ(s.px(24, 5), 0x00FF00u);
}

TEST(ClipCorner, WithoutTheStyleOrARadiusTheCornersAreSquare)
{
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    lv_obj_set_style_clip_corner(parent, false, 0);
    box(parent, 0xFF0000, 0, 0, 40, 40);
    s.render();
    EXPECT_EQ(s.px(4, 4), 0xFF0000u);
    lv_obj_set_style_clip_corner(parent, true, 0);
    lv_obj_set_style_radius(parent, 0, 0);
    s.render();
    EXPECT_EQ(s.px(4, 4), 0xFF0000u);
    EXPECT_EQ(s.px(43, 43), 0xFF0000u);
}

TEST(ClipCorner, ACircleRadiusMakesACircle)
{
    Screen s;
    lv_obj_t * parent = rounded_parent(LV_RADIUS_CIRCLE);
    box(parent, 0xFF0000, 0, 0, 40, 40);
    s.render();
    EXPECT_EQ(s.px(24, 24), 0xFF0000u);
    EXPECT_EQ(s.px(24, 5), 0xFF0000u);
    EXPECT_EQ(s.px(8, 8), 0xFFFFFFu); /* outside the circle (distance 22 from the center) */
    EXPECT_EQ(s.px(12, 12), 0xFF0000u);
}

TEST(ClipCorner, PartialBandsGiveTheSamePixelsAsOneFrame)
{
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    lv_obj_t * child = box(parent, 0xFF0000, -5, -5, 30, 30);
    box(child, 0x00FF00, 4, 4, 8, 8);
    box(parent, 0xFFFF00, 20, 20, 30, 30);
    s.render();
    std::vector<uint8_t> whole = s.fb;
    for(uint32_t rows : {1u, 5u, 7u, 16u}) {
        std::fill(s.fb.begin(), s.fb.end(), 0);
        s.render_partial(rows);
        EXPECT_EQ(s.fb, whole) << rows << " rows";
    }
}

TEST(ClipCorner, NestedRoundedParentsCutByBoth)
{
    Screen s;
    lv_obj_t * outer = rounded_parent(12);
    lv_obj_t * inner = box(outer, 0x00FF00, 0, 20, 40, 20);
    lv_obj_set_style_radius(inner, 8, 0);
    lv_obj_set_style_clip_corner(inner, true, 0);
    box(inner, 0xFF0000, 0, 0, 40, 20);
    s.render();
    EXPECT_EQ(s.px(4, 24), 0x0000FFu);  /* inner's top-left corner shows the outer parent */
    EXPECT_EQ(s.px(4, 43), 0xFFFFFFu);  /* both parents' bottom-left corner */
    EXPECT_EQ(s.px(24, 34), 0xFF0000u);
    EXPECT_EQ(s.px(4, 20), 0x0000FFu);  /* the outer parent above inner */
}

TEST(ClipCorner, RecolorIsAppliedOnceInTheCornersToo)
{
    /* the rows of the rounded ends go through a layer: their children and post-draw must get
     * the parent's recolor exactly as the rows between do */
    Screen s;
    lv_obj_t * parent = rounded_parent(12);
    box(parent, 0xFF0000, 0, 0, 20, 40);
    lv_obj_set_style_recolor(parent, lv_color_hex(0x0000FF), 0);
    lv_obj_set_style_recolor_opa(parent, LV_OPA_50, 0);
    lv_obj_add_event_cb(parent, paint_green_over, LV_EVENT_DRAW_POST, nullptr);
    s.render();
    uint32_t mid = s.px(30, 24);
    EXPECT_NE(mid, 0x00FF00u);          /* recolored */
    EXPECT_EQ(s.px(30, 5), mid);        /* top rows, between the corners */
    EXPECT_EQ(s.px(30, 42), mid);       /* bottom rows */
    lv_obj_remove_event_cb(parent, paint_green_over);
    s.render();
    uint32_t child_mid = s.px(10, 24);
    EXPECT_NE(child_mid, 0xFF0000u);
    EXPECT_EQ(s.px(12, 5), child_mid);
}
