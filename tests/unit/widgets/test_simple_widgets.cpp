// Switch, checkbox, LED, line, arc, spinner and image behaviour.
#include "widget_fixture.h"

#include <cstring>

using SimpleTest = WidgetTest;

TEST_F(SimpleTest, SwitchIsCheckableAndDrawsTheKnobByState)
{
    lv_obj_t * sw = lv_switch_create(scr);
    EXPECT_TRUE(lv_obj_has_flag(sw, LV_OBJ_FLAG_CHECKABLE));
    lv_obj_set_pos(sw, 10, 10);
    lv_obj_set_size(sw, 100, 40);
    lv_obj_set_style_bg_color(sw, lv_color_hex(0xFF0000), LV_PART_KNOB);
    EXPECT_TRUE(near(pixel(30, 30), lv_color_hex(0xFF0000)));
    EXPECT_FALSE(near(pixel(90, 30), lv_color_hex(0xFF0000)));
    lv_obj_add_state(sw, LV_STATE_CHECKED);
    run_ms(200);
    EXPECT_TRUE(near(pixel(90, 30), lv_color_hex(0xFF0000)));
    EXPECT_FALSE(near(pixel(30, 30), lv_color_hex(0xFF0000)));
    EXPECT_EQ(lv_switch_get_orientation(sw), LV_SWITCH_ORIENTATION_AUTO);
}

TEST_F(SimpleTest, CheckboxCopiesItsTextAndSizesToIt)
{
    lv_obj_t * cb = lv_checkbox_create(scr);
    EXPECT_STREQ(lv_checkbox_get_text(cb), "Check box");
    char buf[16];
    std::strcpy(buf, "Short");
    lv_checkbox_set_text(cb, buf);
    std::strcpy(buf, "Changed");
    EXPECT_STREQ(lv_checkbox_get_text(cb), "Short");
    lv_obj_update_layout(scr);
    int32_t w_short = lv_obj_get_width(cb);
    lv_checkbox_set_text(cb, "A much longer text");
    lv_obj_update_layout(scr);
    EXPECT_GT(lv_obj_get_width(cb), w_short);
    static const char fixed[] = "Static";
    lv_checkbox_set_text_static(cb, fixed);
    EXPECT_EQ(lv_checkbox_get_text(cb), fixed);
}

TEST_F(SimpleTest, LedBrightnessStaysInItsRange)
{
    lv_obj_t * led = lv_led_create(scr);
    EXPECT_EQ(lv_led_get_brightness(led), LV_LED_BRIGHT_MAX);
    lv_led_set_brightness(led, 10);
    EXPECT_EQ(lv_led_get_brightness(led), LV_LED_BRIGHT_MIN);
    lv_led_toggle(led);
    EXPECT_EQ(lv_led_get_brightness(led), LV_LED_BRIGHT_MAX);
    lv_led_off(led);
    EXPECT_EQ(lv_led_get_brightness(led), LV_LED_BRIGHT_MIN);
}

TEST_F(SimpleTest, LedColorDimsWithBrightness)
{
    lv_obj_t * led = lv_led_create(scr);
    lv_obj_set_pos(led, 50, 50);
    lv_obj_set_size(led, 40, 40);
    lv_led_set_color(led, lv_color_hex(0xFF0000));
    lv_color_t on = pixel(70, 70);
    lv_led_off(led);
    lv_color_t off = pixel(70, 70);
    EXPECT_GT(on.red, off.red + 60);
    EXPECT_LT(on.green, 40);
}

TEST_F(SimpleTest, LineSizesToItsPoints)
{
    static const lv_point_precise_t pts[] = {{0, 0}, {50, 20}, {30, 40}};
    lv_obj_t * line = lv_line_create(scr);
    lv_obj_set_style_line_width(line, 4, 0);
    lv_line_set_points(line, pts, 3);
    lv_obj_update_layout(scr);
    EXPECT_EQ(lv_obj_get_width(line), 54);
    EXPECT_EQ(lv_obj_get_height(line), 44);
    EXPECT_EQ(lv_line_get_point_count(line), 3u);
    EXPECT_FALSE(lv_line_is_point_array_mutable(line));
    EXPECT_EQ(lv_line_get_points_mutable(line), nullptr);
    lv_line_set_y_invert(line, true);
    EXPECT_TRUE(lv_line_get_y_invert(line));
}

TEST_F(SimpleTest, ArcMapsTheValueOntoTheBackgroundAngles)
{
    lv_obj_t * arc = lv_arc_create(scr);
    EXPECT_EQ(lv_arc_get_bg_angle_start(arc), 135);
    EXPECT_EQ(lv_arc_get_bg_angle_end(arc), 45);
    lv_arc_set_value(arc, 50);
    EXPECT_EQ(lv_arc_get_angle_start(arc), 135);
    EXPECT_EQ(lv_arc_get_angle_end(arc), 270); /* 135 + 270 / 2 */
    lv_arc_set_value(arc, 500);
    EXPECT_EQ(lv_arc_get_value(arc), 100);
    lv_arc_set_mode(arc, LV_ARC_MODE_REVERSE);
    lv_arc_set_value(arc, 25);
    EXPECT_EQ(lv_arc_get_angle_end(arc), 45);
    EXPECT_NEAR(lv_arc_get_angle_start(arc), 338, 1); /* 405 - 270 / 4 */
    lv_arc_set_mode(arc, LV_ARC_MODE_SYMMETRICAL);
    lv_arc_set_range(arc, -50, 50);
    lv_arc_set_value(arc, 0);
    EXPECT_EQ(lv_arc_get_angle_start(arc), 270);
    EXPECT_EQ(lv_arc_get_angle_end(arc), 270);
    lv_arc_set_range(arc, 0, 10);
    EXPECT_EQ(lv_arc_get_value(arc), 0);
}

TEST_F(SimpleTest, SpinnerKeepsTurning)
{
    lv_obj_t * sp = lv_spinner_create(scr);
    EXPECT_EQ(lv_arc_get_rotation(sp), 270);
    EXPECT_EQ(lv_arc_get_bg_angle_start(sp), 0);
    EXPECT_EQ(lv_arc_get_bg_angle_end(sp), 360);
    run_ms(250);
    lv_value_precise_t end1 = lv_arc_get_angle_end(sp);
    run_ms(250);
    EXPECT_NE(lv_arc_get_angle_end(sp), end1);
}

TEST_F(SimpleTest, ImageTakesTheSizeOfItsSource)
{
    static uint8_t px[8 * 6 * 4];
    static lv_image_dsc_t dsc;
    dsc.header.magic = LV_IMAGE_HEADER_MAGIC;
    dsc.header.cf = LV_COLOR_FORMAT_ARGB8888;
    dsc.header.w = 8;
    dsc.header.h = 6;
    dsc.header.stride = 32;
    dsc.data = px;
    dsc.data_size = sizeof(px);
    lv_obj_t * img = lv_image_create(scr);
    lv_image_set_src(img, &dsc);
    lv_obj_update_layout(scr);
    EXPECT_EQ(lv_obj_get_width(img), 8);
    EXPECT_EQ(lv_obj_get_height(img), 6);
    lv_point_t pivot;
    lv_image_get_pivot(img, &pivot);
    EXPECT_EQ(pivot.x, 4);
    EXPECT_EQ(pivot.y, 3);
    lv_image_set_scale(img, 512);
    EXPECT_EQ(lv_image_get_transformed_width(img), 16);
    lv_image_set_rotation(img, 3700);
    EXPECT_EQ(lv_image_get_rotation(img), 100);
    lv_image_set_src(img, LV_SYMBOL_OK);
    lv_obj_update_layout(scr);
    EXPECT_GT(lv_obj_get_width(img), 0);
    EXPECT_EQ(lv_image_get_src(img), static_cast<const void *>(LV_SYMBOL_OK));
}
