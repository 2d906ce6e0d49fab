// Position, size, alignment and layouts (flex, grid), following LVGL's rules.
#include "lv_fixture.h"

namespace {

class LayoutTest : public LvTest {
protected:
    lv_obj_t * box(lv_obj_t * parent, int32_t w, int32_t h)
    {
        lv_obj_t * o = lv_obj_create(parent);
        lv_obj_remove_style_all(o);
        lv_obj_set_size(o, w, h);
        return o;
    }
};

} // namespace

TEST_F(LayoutTest, PositionAndAlign)
{
    lv_obj_t * o = box(scr, 100, 50);
    lv_obj_set_pos(o, 10, 20);
    lv_obj_update_layout(o);
    EXPECT_EQ(o != nullptr, true);
    EXPECT_EQ(lv_obj_get_x(o), 10);
    EXPECT_EQ(lv_obj_get_y(o), 20);
    lv_obj_align(o, LV_ALIGN_CENTER, 0, 0);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_x(o), 110);
    EXPECT_EQ(lv_obj_get_y(o), 95);
    lv_obj_align(o, LV_ALIGN_BOTTOM_RIGHT, -5, -6);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_x2(o), 315);
    EXPECT_EQ(lv_obj_get_y2(o), 234);
}

TEST_F(LayoutTest, PercentAndMinMax)
{
    lv_obj_t * p = box(scr, 200, 100);
    lv_obj_set_style_pad_all(p, 10, 0);
    lv_obj_t * c = box(p, lv_pct(50), lv_pct(100));
    lv_obj_update_layout(c);
    EXPECT_EQ(lv_obj_get_width(c), 90);  /* half of the 180 px content */
    EXPECT_EQ(lv_obj_get_height(c), 80);
    lv_obj_set_style_max_width(c, 60, 0);
    lv_obj_set_style_min_height(c, 95, 0);
    lv_obj_update_layout(c);
    EXPECT_EQ(lv_obj_get_width(c), 60);
    EXPECT_EQ(lv_obj_get_height(c), 95);
}

TEST_F(LayoutTest, SizeContentWrapsChildrenAndPadding)
{
    lv_obj_t * p = box(scr, LV_SIZE_CONTENT, LV_SIZE_CONTENT);
    lv_obj_set_style_pad_all(p, 5, 0);
    lv_obj_set_style_border_width(p, 2, 0);
    lv_obj_t * a = box(p, 30, 20);
    lv_obj_t * b = box(p, 10, 10);
    lv_obj_set_pos(b, 40, 25);
    lv_obj_update_layout(p);
    EXPECT_EQ(lv_obj_get_width(p), 2 + 5 + 50 + 5 + 2);
    EXPECT_EQ(lv_obj_get_height(p), 2 + 5 + 35 + 5 + 2);
    EXPECT_EQ(lv_obj_get_x(a), 0);
    lv_area_t ac, pc;
    lv_obj_get_coords(a, &ac);
    lv_obj_get_coords(p, &pc);
    EXPECT_EQ(ac.x1 - pc.x1, 7);
    lv_obj_set_size(b, 0, 0);
    lv_obj_update_layout(p);
    EXPECT_EQ(lv_obj_get_width(p), 2 + 5 + 40 + 5 + 2);
}

TEST_F(LayoutTest, AlignToOutside)
{
    lv_obj_t * base = box(scr, 100, 40);
    lv_obj_set_pos(base, 100, 100);
    lv_obj_t * o = box(scr, 20, 10);
    lv_obj_align_to(o, base, LV_ALIGN_OUT_TOP_LEFT, 0, -4);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_x(o), 100);
    EXPECT_EQ(lv_obj_get_y(o), 100 - 10 - 4);
    lv_obj_align_to(o, base, LV_ALIGN_OUT_RIGHT_MID, 3, 0);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_x(o), 203);
    EXPECT_EQ(lv_obj_get_y(o), 115);
    lv_obj_align_to(o, base, LV_ALIGN_OUT_BOTTOM_RIGHT, 0, 0);
    lv_obj_update_layout(o);
    EXPECT_EQ(lv_obj_get_x(o), 180);
    EXPECT_EQ(lv_obj_get_y(o), 140);
}

TEST_F(LayoutTest, FlexRowWithGrowAndGap)
{
    lv_obj_t * row = box(scr, 210, 50);
    lv_obj_set_flex_flow(row, LV_FLEX_FLOW_ROW);
    lv_obj_set_style_pad_column(row, 10, 0);
    lv_obj_t * a = box(row, 40, 20);
    lv_obj_t * b = box(row, 10, 20);
    lv_obj_set_flex_grow(b, 1);
    lv_obj_t * c = box(row, 10, 20);
    lv_obj_set_flex_grow(c, 2);
    lv_obj_update_layout(row);
    /* free space: 210 - 40 - 2 gaps = 150, shared 1:2 */
    EXPECT_EQ(lv_obj_get_x(a), 0);
    EXPECT_EQ(lv_obj_get_width(b), 50);
    EXPECT_EQ(lv_obj_get_x(b), 50);
    EXPECT_EQ(lv_obj_get_width(c), 100);
    EXPECT_EQ(lv_obj_get_x(c), 110);
}

TEST_F(LayoutTest, FlexWrapAndAlignment)
{
    lv_obj_t * cont = box(scr, 100, 100);
    lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_ROW_WRAP);
    lv_obj_set_flex_align(cont, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_END, LV_FLEX_ALIGN_START);
    lv_obj_t * a = box(cont, 60, 10);
    lv_obj_t * b = box(cont, 60, 20);
    lv_obj_t * c = box(cont, 30, 10);
    lv_obj_update_layout(cont);
    /* a alone on the first track, b and c on the second (60 + 30 fits 100) */
    EXPECT_EQ(lv_obj_get_x(a), 20);
    EXPECT_EQ(lv_obj_get_y(a), 0);
    EXPECT_EQ(lv_obj_get_y(b), 10);
    EXPECT_EQ(lv_obj_get_x(b), 5);
    EXPECT_EQ(lv_obj_get_x(c), 65);
    EXPECT_EQ(lv_obj_get_y(c), 20); /* cross END within the 20 px track */
}

TEST_F(LayoutTest, FlexSpaceEvenlyAndColumnReverse)
{
    lv_obj_t * cont = box(scr, 100, 100);
    lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_COLUMN_REVERSE);
    lv_obj_set_flex_align(cont, LV_FLEX_ALIGN_SPACE_EVENLY, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_START);
    lv_obj_t * a = box(cont, 10, 20);
    lv_obj_t * b = box(cont, 10, 20);
    lv_obj_update_layout(cont);
    /* 60 px free, 3 gaps of 20; reversed: b first */
    EXPECT_EQ(lv_obj_get_y(b), 20);
    EXPECT_EQ(lv_obj_get_y(a), 60);
}

TEST_F(LayoutTest, GridTracksSpansAndAlign)
{
    static const int32_t cols[] = {50, LV_GRID_FR(1), LV_GRID_FR(3), LV_GRID_TEMPLATE_LAST};
    static const int32_t rows[] = {LV_GRID_CONTENT, 40, LV_GRID_TEMPLATE_LAST};
    lv_obj_t * g = box(scr, 210, 100);
    lv_obj_set_style_pad_column(g, 0, 0);
    lv_obj_set_style_pad_row(g, 0, 0);
    lv_obj_set_grid_dsc_array(g, cols, rows);
    lv_obj_t * a = box(g, 10, 15);
    lv_obj_set_grid_cell(a, LV_GRID_ALIGN_STRETCH, 0, 1, LV_GRID_ALIGN_START, 0, 1);
    lv_obj_t * b = box(g, 10, 10);
    lv_obj_set_grid_cell(b, LV_GRID_ALIGN_END, 1, 2, LV_GRID_ALIGN_CENTER, 1, 1);
    lv_obj_t * c = box(g, 10, 10);
    lv_obj_set_grid_cell(c, LV_GRID_ALIGN_CENTER, 2, 1, LV_GRID_ALIGN_END, 0, 1);
    lv_obj_update_layout(g);
    /* columns: 50, 40, 120 (160 free split 1:3); rows: 15 (content), 40 */
    EXPECT_EQ(lv_obj_get_width(a), 50);
    EXPECT_EQ(lv_obj_get_x(a), 0);
    EXPECT_EQ(lv_obj_get_x(b), 200);
    EXPECT_EQ(lv_obj_get_y(b), 15 + 15);
    EXPECT_EQ(lv_obj_get_x(c), 90 + 55);
    EXPECT_EQ(lv_obj_get_y(c), 5);
}

TEST_F(LayoutTest, HitTestAndClickArea)
{
    lv_obj_t * o = box(scr, 20, 20);
    lv_obj_set_pos(o, 10, 10);
    lv_obj_add_flag(o, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_update_layout(o);
    lv_point_t in = {15, 15};
    lv_point_t out = {35, 15};
    EXPECT_TRUE(lv_obj_hit_test(o, &in));
    EXPECT_FALSE(lv_obj_hit_test(o, &out));
    lv_obj_set_ext_click_area(o, 6);
    EXPECT_TRUE(lv_obj_hit_test(o, &out));
}

TEST_F(LayoutTest, ScrollToAndBounds)
{
    lv_obj_t * p = box(scr, 100, 100);
    lv_obj_add_flag(p, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_t * c = box(p, 50, 300);
    lv_obj_update_layout(p);
    EXPECT_EQ(lv_obj_get_scroll_bottom(p), 200);
    lv_obj_scroll_to_y(p, 500, LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 200); /* clamped to the content */
    lv_area_t cc, pc;
    lv_obj_get_coords(c, &cc);
    lv_obj_get_coords(p, &pc);
    EXPECT_EQ(cc.y1, pc.y1 - 200);
    lv_obj_scroll_by(p, 0, 50, LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 150);
    lv_obj_scroll_to_y(p, 0, LV_ANIM_ON);
    run_ms(500);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 0);
}

TEST_F(LayoutTest, ScrollToViewScrollsOnlyAsFarAsNeededOrToTheSnapLine)
{
    lv_obj_t * p = box(scr, 100, 100);
    lv_obj_add_flag(p, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_t * rows[5];
    for(int i = 0; i < 5; i++) {
        rows[i] = box(p, 100, 40);
        lv_obj_set_pos(rows[i], 0, i * 40);
    }
    lv_obj_scroll_to_view(rows[4], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 100); /* its bottom on the parent's bottom */
    lv_obj_scroll_to_view(rows[0], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 0);
    lv_obj_scroll_to_view(rows[1], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 0); /* already in view */

    /* with center snapping the child goes to the middle, even past the content's start */
    lv_obj_set_scroll_snap_y(p, LV_SCROLL_SNAP_CENTER);
    lv_obj_scroll_to_view(rows[0], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), -30);
    lv_obj_set_scroll_snap_y(p, LV_SCROLL_SNAP_START);
    lv_obj_scroll_to_view(rows[2], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 80);

    /* not along a direction the parent does not scroll in, nor in a parent that does not scroll */
    lv_obj_set_scroll_dir(p, LV_DIR_HOR);
    lv_obj_scroll_to_view(rows[0], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 80);
    lv_obj_set_scroll_dir(p, LV_DIR_ALL);
    lv_obj_remove_flag(p, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_scroll_to_view(rows[0], LV_ANIM_OFF);
    EXPECT_EQ(lv_obj_get_scroll_y(p), 80);
}
