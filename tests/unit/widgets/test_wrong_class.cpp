// Widget functions called on NULL or on an object of another class do nothing (LVGL's
// LV_ASSERT_OBJ, without the halt): no crash, no write into the wrong object, getters give
// zero. Run under ASan this also proves nothing reads past the smaller object.
#include "widget_fixture.h"

using WrongClassTest = WidgetTest;

TEST_F(WrongClassTest, SettersOnAPlainObjectChangeNothing)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_size(o, 40, 30);
    lv_label_set_text(o, "text");
    lv_slider_set_value(o, 50, LV_ANIM_OFF);
    lv_bar_set_range(o, 0, 1000);
    lv_arc_set_angles(o, 0, 90);
    lv_image_set_rotation(o, 450);
    lv_textarea_add_text(o, "abc");
    lv_dropdown_set_options(o, "a\nb");
    lv_roller_set_selected(o, 3, LV_ANIM_OFF);
    lv_chart_set_point_count(o, 100);
    lv_table_set_cell_value(o, 2, 2, "x");
    lv_buttonmatrix_set_selected_button(o, 2);
    lv_keyboard_set_mode(o, LV_KEYBOARD_MODE_NUMBER);
    lv_spinbox_increment(o);
    lv_scale_set_range(o, 0, 10);
    lv_line_set_points(o, nullptr, 0);
    lv_led_on(o);
    lv_canvas_fill_bg(o, lv_color_black(), LV_OPA_COVER);
    lv_calendar_set_today_date(o, 2024, 2, 2);
    lv_tabview_add_tab(o, "tab");
    lv_menu_set_page(o, nullptr);
    lv_msgbox_add_title(o, "t");
    lv_spangroup_set_mode(o, LV_SPAN_MODE_BREAK);
    lv_checkbox_set_text(o, "c");
    lv_refr_now(nullptr);
    EXPECT_EQ(lv_obj_get_width(o), 40);
    EXPECT_EQ(lv_obj_get_height(o), 30);
    EXPECT_EQ(lv_obj_get_child_count(o), 0u);
}

TEST_F(WrongClassTest, GettersOnTheWrongClassOrNullGiveZero)
{
    lv_obj_t * label = lv_label_create(scr);
    EXPECT_EQ(lv_slider_get_value(label), 0);
    EXPECT_EQ(lv_bar_get_max_value(label), 0);
    EXPECT_EQ(lv_dropdown_get_option_count(label), 0u);
    EXPECT_EQ(lv_textarea_get_text(label), nullptr);
    EXPECT_EQ(lv_label_get_text(nullptr), nullptr);
    EXPECT_EQ(lv_image_get_src(label), nullptr);
    EXPECT_EQ(lv_chart_get_point_count(nullptr), 0u);
    EXPECT_EQ(lv_table_get_cell_value(label, 0, 0), nullptr);
    EXPECT_EQ(lv_calendar_get_today_date(label), nullptr);
    EXPECT_EQ(lv_keyboard_get_textarea(label), nullptr);
}

TEST_F(WrongClassTest, DerivedClassesStillWork)
{
    lv_obj_t * slider = lv_slider_create(scr);
    lv_bar_set_range(slider, 0, 10); /* a slider is a bar */
    EXPECT_EQ(lv_slider_get_max_value(slider), 10);
    lv_obj_t * kb = lv_keyboard_create(scr);
    lv_buttonmatrix_set_selected_button(kb, 3); /* a keyboard is a button matrix */
    EXPECT_EQ(lv_buttonmatrix_get_selected_button(kb), 3u);
    lv_obj_t * sb = lv_spinbox_create(scr);
    lv_textarea_set_cursor_pos(sb, 0); /* a spinbox is a text area */
    EXPECT_NE(lv_textarea_get_text(sb), nullptr);
}

// A symbol as background image is drawn in the part's text color, as LVGL does (the
// checkbox's check mark is white because its indicator's text color is).
TEST_F(WrongClassTest, BackgroundSymbolTakesTheTextColor)
{
    lv_obj_t * o = lv_obj_create(scr);
    lv_obj_set_size(o, 60, 60);
    lv_obj_set_pos(o, 0, 0);
    lv_obj_set_style_bg_color(o, lv_color_white(), 0);
    lv_obj_set_style_border_width(o, 0, 0);
    lv_obj_set_style_bg_image_src(o, LV_SYMBOL_OK, 0);
    lv_obj_set_style_text_font(o, &lv_font_montserrat_24, 0);
    lv_obj_set_style_text_color(o, lv_color_make(255, 0, 0), 0);
    int red = 0, dark = 0;
    pixel(0, 0);
    for(int32_t y = 0; y < 60; y++) {
        for(int32_t x = 0; x < 60; x++) {
            const uint8_t * p = &fb[static_cast<size_t>(y) * stride + static_cast<size_t>(x) * 4];
            if(p[2] > 200 && p[1] < 80 && p[0] < 80) red++;
            if(p[2] < 60 && p[1] < 60 && p[0] < 60) dark++;
        }
    }
    EXPECT_GT(red, 20);
    EXPECT_EQ(dark, 0);
}
