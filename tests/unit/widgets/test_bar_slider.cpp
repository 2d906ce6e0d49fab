// Bar and slider: ranges, modes, animated values and where the indicator is drawn.
#include "widget_fixture.h"

using BarTest = WidgetTest;

/** A 200x20 bar at (10, 10), square corners: green background, red indicator. */
static lv_obj_t * red_on_green_bar(lv_obj_t * scr)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_obj_set_size(bar, 200, 20);
    lv_obj_set_pos(bar, 10, 10);
    lv_obj_set_style_radius(bar, 0, 0);
    lv_obj_set_style_radius(bar, 0, LV_PART_INDICATOR);
    lv_obj_set_style_bg_opa(bar, LV_OPA_COVER, 0);
    lv_obj_set_style_bg_color(bar, lv_color_hex(0x00FF00), 0);
    lv_obj_set_style_bg_color(bar, lv_color_hex(0xFF0000), LV_PART_INDICATOR);
    return bar;
}

/** A 20x200 bar at (10, 10) with a square red indicator. */
static lv_obj_t * red_vertical_bar(lv_obj_t * scr)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_obj_set_size(bar, 20, 200);
    lv_obj_set_pos(bar, 10, 10);
    lv_obj_set_style_radius(bar, 0, LV_PART_INDICATOR);
    lv_obj_set_style_bg_color(bar, lv_color_hex(0xFF0000), LV_PART_INDICATOR);
    return bar;
}

TEST_F(BarTest, ValueIsClampedToTheRange)
{
    lv_obj_t * bar = lv_bar_create(scr);
    EXPECT_EQ(lv_bar_get_min_value(bar), 0);
    EXPECT_EQ(lv_bar_get_max_value(bar), 100);
    lv_bar_set_value(bar, 150, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_value(bar), 100);
    lv_bar_set_value(bar, -5, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_value(bar), 0);
    lv_bar_set_value(bar, 70, LV_ANIM_OFF);
    lv_bar_set_range(bar, 0, 50);
    EXPECT_EQ(lv_bar_get_value(bar), 50);
}

TEST_F(BarTest, StartValueOnlyInRangeModeAndNotAboveTheValue)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_bar_set_value(bar, 60, LV_ANIM_OFF);
    lv_bar_set_start_value(bar, 20, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_start_value(bar), 0); /* NORMAL mode: the minimum */
    lv_bar_set_mode(bar, LV_BAR_MODE_RANGE);
    lv_bar_set_start_value(bar, 20, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_start_value(bar), 20);
    lv_bar_set_start_value(bar, 90, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_start_value(bar), 60);
    lv_bar_set_value(bar, 10, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_start_value(bar), 10);
}

TEST_F(BarTest, SymmetricalNeedsARangeAcrossZero)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_bar_set_mode(bar, LV_BAR_MODE_SYMMETRICAL);
    EXPECT_FALSE(lv_bar_is_symmetrical(bar));
    lv_bar_set_range(bar, -100, 100);
    EXPECT_TRUE(lv_bar_is_symmetrical(bar));
}

TEST_F(BarTest, AnimatedValueMovesOverTheAnimDuration)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_obj_set_style_anim_duration(bar, 200, 0);
    lv_bar_set_value(bar, 100, LV_ANIM_ON);
    run_ms(100);
    int32_t mid = lv_bar_get_value(bar);
    EXPECT_GT(mid, 10);
    EXPECT_LT(mid, 90);
    run_ms(150);
    EXPECT_EQ(lv_bar_get_value(bar), 100);
}

TEST_F(BarTest, IndicatorCoversTheValuePart)
{
    lv_obj_t * bar = red_on_green_bar(scr);
    lv_bar_set_value(bar, 25, LV_ANIM_OFF);
    EXPECT_TRUE(near(pixel(10 + 45, 20), lv_color_hex(0xFF0000)));
    EXPECT_TRUE(near(pixel(10 + 55, 20), lv_color_hex(0x00FF00)));
    /* symmetrical: from the middle to the value */
    lv_bar_set_range(bar, -100, 100);
    lv_bar_set_mode(bar, LV_BAR_MODE_SYMMETRICAL);
    lv_bar_set_value(bar, -50, LV_ANIM_OFF);
    EXPECT_TRUE(near(pixel(10 + 40, 20), lv_color_hex(0x00FF00)));
    EXPECT_TRUE(near(pixel(10 + 70, 20), lv_color_hex(0xFF0000)));
    EXPECT_TRUE(near(pixel(10 + 110, 20), lv_color_hex(0x00FF00)));
}

TEST_F(BarTest, VerticalBarFillsFromTheBottom)
{
    lv_obj_t * bar = red_vertical_bar(scr);
    lv_bar_set_value(bar, 30, LV_ANIM_OFF);
    EXPECT_TRUE(near(pixel(20, 10 + 190), lv_color_hex(0xFF0000)));
    EXPECT_FALSE(near(pixel(20, 10 + 100), lv_color_hex(0xFF0000)));
}

using SliderTest = WidgetTest;

TEST_F(SliderTest, ForwardsToTheBar)
{
    lv_obj_t * s = lv_slider_create(scr);
    EXPECT_TRUE(lv_obj_has_class(s, &lv_bar_class));
    lv_slider_set_range(s, -50, 50);
    lv_slider_set_value(s, -20, LV_ANIM_OFF);
    EXPECT_EQ(lv_slider_get_value(s), -20);
    EXPECT_EQ(lv_slider_get_min_value(s), -50);
    lv_slider_set_mode(s, LV_SLIDER_MODE_RANGE);
    lv_slider_set_value(s, 40, LV_ANIM_OFF);
    lv_slider_set_start_value(s, -10, LV_ANIM_OFF);
    EXPECT_EQ(lv_slider_get_left_value(s), -10);
    EXPECT_EQ(lv_slider_get_mode(s), LV_SLIDER_MODE_RANGE);
    EXPECT_FALSE(lv_slider_is_dragged(s));
}

TEST_F(SliderTest, KnobIsDrawnAtTheValue)
{
    lv_obj_t * s = lv_slider_create(scr);
    lv_obj_set_width(s, 200);
    lv_obj_set_pos(s, 20, 100);
    lv_obj_set_style_bg_color(s, lv_color_hex(0x0000FF), LV_PART_KNOB);
    lv_slider_set_value(s, 50, LV_ANIM_OFF);
    lv_obj_update_layout(scr);
    int32_t mid_y = 100 + lv_obj_get_height(s) / 2;
    EXPECT_TRUE(near(pixel(20 + 100, mid_y), lv_color_hex(0x0000FF)));
    EXPECT_FALSE(near(pixel(20 + 170, mid_y), lv_color_hex(0x0000FF)));
}

TEST_F(BarTest, RangeGivenMaxFirstIsKeptSortedAndDrawnFromTheOtherEnd)
{
    lv_obj_t * bar = red_on_green_bar(scr);
    lv_bar_set_range(bar, 100, 0);
    EXPECT_EQ(lv_bar_get_min_value(bar), 0);
    EXPECT_EQ(lv_bar_get_max_value(bar), 100);
    lv_bar_set_value(bar, 25, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_value(bar), 25);
    /* a quarter filled, from the right */
    EXPECT_TRUE(near(pixel(10 + 190, 20), lv_color_hex(0xFF0000)));
    EXPECT_TRUE(near(pixel(10 + 10, 20), lv_color_hex(0x00FF00)));
    EXPECT_TRUE(near(pixel(10 + 140, 20), lv_color_hex(0x00FF00)));
    /* RTL reverses it back */
    lv_obj_set_style_base_dir(bar, LV_BASE_DIR_RTL, 0);
    EXPECT_TRUE(near(pixel(10 + 10, 20), lv_color_hex(0xFF0000)));
    EXPECT_TRUE(near(pixel(10 + 190, 20), lv_color_hex(0x00FF00)));
}

TEST_F(BarTest, VerticalReversedRangeFillsFromTheTop)
{
    lv_obj_t * bar = red_vertical_bar(scr);
    lv_bar_set_range(bar, 100, 0);
    lv_bar_set_value(bar, 30, LV_ANIM_OFF);
    EXPECT_TRUE(near(pixel(20, 10 + 10), lv_color_hex(0xFF0000)));
    EXPECT_FALSE(near(pixel(20, 10 + 190), lv_color_hex(0xFF0000)));
}

TEST_F(SliderTest, ReversedRangePutsTheKnobAtTheOtherEnd)
{
    lv_obj_t * s = lv_slider_create(scr);
    lv_obj_set_width(s, 200);
    lv_obj_set_pos(s, 20, 100);
    lv_obj_set_style_bg_color(s, lv_color_hex(0x0000FF), LV_PART_KNOB);
    lv_slider_set_range(s, 100, 0);
    lv_slider_set_value(s, 10, LV_ANIM_OFF);
    lv_obj_update_layout(scr);
    int32_t mid_y = 100 + lv_obj_get_height(s) / 2;
    EXPECT_TRUE(near(pixel(20 + 180, mid_y), lv_color_hex(0x0000FF)));
    EXPECT_FALSE(near(pixel(20 + 20, mid_y), lv_color_hex(0x0000FF)));
}
