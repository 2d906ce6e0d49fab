// Table, chart, calendar, spinbox, spangroup, canvas, tab view, tile view and window.
#include "widget_fixture.h"

#include <string>

using MoreTest = WidgetTest;

TEST_F(MoreTest, TableGrowsAndKeepsCells)
{
    lv_obj_t * t = lv_table_create(scr);
    EXPECT_EQ(lv_table_get_row_count(t), 1u);
    lv_table_set_cell_value(t, 2, 1, "x");
    EXPECT_EQ(lv_table_get_row_count(t), 3u);
    EXPECT_EQ(lv_table_get_column_count(t), 2u);
    EXPECT_STREQ(lv_table_get_cell_value(t, 2, 1), "x");
    EXPECT_STREQ(lv_table_get_cell_value(t, 0, 0), "");
    lv_table_set_cell_value_fmt(t, 0, 0, "%d-%s", 7, "a");
    EXPECT_STREQ(lv_table_get_cell_value(t, 0, 0), "7-a");
    lv_table_set_cell_ctrl(t, 0, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT);
    EXPECT_TRUE(lv_table_has_cell_ctrl(t, 0, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT));
    EXPECT_STREQ(lv_table_get_cell_value(t, 0, 0), "7-a"); /* ctrl keeps the text */
    lv_table_set_row_count(t, 1);
    EXPECT_STREQ(lv_table_get_cell_value(t, 2, 1), "");
    lv_table_set_column_width(t, 1, 77);
    EXPECT_EQ(lv_table_get_column_width(t, 1), 77);
    lv_obj_update_layout(scr);
    EXPECT_EQ(lv_obj_get_content_width(t), LV_DPI_DEF + 77 - 1);
}

TEST_F(MoreTest, TableRowGrowsWithWrappedText)
{
    lv_obj_t * t = lv_table_create(scr);
    lv_table_set_column_width(t, 0, 60);
    lv_table_set_cell_value(t, 0, 0, "a");
    lv_obj_update_layout(scr);
    const int32_t one_line = lv_obj_get_height(t);
    lv_table_set_cell_value(t, 0, 0, "a long text that needs lines");
    lv_obj_update_layout(scr);
    EXPECT_GT(lv_obj_get_height(t), one_line + 20);
}

TEST_F(MoreTest, ChartSeriesValuesAndShift)
{
    lv_obj_t * c = lv_chart_create(scr);
    lv_chart_set_point_count(c, 3);
    lv_chart_series_t * s = lv_chart_add_series(c, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(lv_chart_get_series_y_array(c, s)[0], LV_CHART_POINT_NONE);
    for(int32_t v : {1, 2, 3, 4}) lv_chart_set_next_value(c, s, v);
    /* shift mode: the oldest value was overwritten and the start moved on */
    EXPECT_EQ(lv_chart_get_x_start_point(c, s), 1u);
    EXPECT_EQ(lv_chart_get_series_y_array(c, s)[0], 4);
    EXPECT_EQ(lv_chart_get_series_next(c, nullptr), s);
    EXPECT_EQ(lv_chart_get_series_next(c, s), nullptr);
    lv_chart_set_point_count(c, 5);
    int32_t * y = lv_chart_get_series_y_array(c, s);
    EXPECT_EQ(y[0], LV_CHART_POINT_NONE);
    EXPECT_EQ(y[2], 2);
    EXPECT_EQ(y[4], 4);
    lv_chart_remove_series(c, s);
    EXPECT_EQ(lv_chart_get_series_next(c, nullptr), nullptr);
}

TEST_F(MoreTest, ChartPointPositionsFollowTheAxis)
{
    lv_obj_t * c = lv_chart_create(scr);
    lv_obj_set_size(c, 200, 100);
    lv_obj_set_style_pad_all(c, 0, 0);
    lv_obj_set_style_border_width(c, 0, 0);
    lv_chart_set_point_count(c, 5);
    lv_chart_set_axis_range(c, LV_CHART_AXIS_PRIMARY_Y, 0, 10);
    lv_chart_series_t * s = lv_chart_add_series(c, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_set_series_value_by_id(c, s, 2, 5);
    lv_point_t p;
    lv_chart_get_point_pos_by_id(c, s, 2, &p);
    EXPECT_EQ(p.x, 100);
    EXPECT_EQ(p.y, 50);
}

TEST_F(MoreTest, CalendarLaysOutTheMonth)
{
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_calendar_set_month_shown(cal, 2024, 3); /* March 2024 starts on a Friday */
    lv_obj_t * bm = lv_calendar_get_btnmatrix(cal);
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 0), "Su");
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7), "25"); /* February's last days first */
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 7, LV_BUTTONMATRIX_CTRL_DISABLED));
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 12), "1");
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 12, LV_BUTTONMATRIX_CTRL_DISABLED));
    lv_calendar_set_today_date(cal, 2024, 3, 15);
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 12 + 14, LV_CALENDAR_CTRL_TODAY));
    static lv_calendar_date_t dates[] = {{2024, 3, 5}};
    lv_calendar_set_highlighted_dates(cal, dates, 1);
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 12 + 4, LV_CALENDAR_CTRL_HIGHLIGHT));
    lv_buttonmatrix_set_selected_button(bm, 12 + 4);
    lv_calendar_date_t d;
    ASSERT_EQ(lv_calendar_get_pressed_date(cal, &d), LV_RESULT_OK);
    EXPECT_EQ(d.day, 5);
    EXPECT_EQ(d.month, 3);
    /* leap year February */
    lv_calendar_set_month_shown(cal, 2024, 2);
    EXPECT_EQ(lv_calendar_get_showed_date(cal)->month, 2);
    bool has29 = false;
    for(uint32_t i = 7; i < 49; i++) {
        if(!lv_buttonmatrix_has_button_ctrl(bm, i, LV_BUTTONMATRIX_CTRL_DISABLED) && std::string(lv_buttonmatrix_get_button_text(bm, i)) == "29") has29 = true;
    }
    EXPECT_TRUE(has29);
}

TEST_F(MoreTest, CalendarHeaderFollowsTheMonth)
{
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_obj_t * header = lv_calendar_add_header_arrow(cal);
    lv_calendar_set_month_shown(cal, 2023, 12);
    EXPECT_STREQ(lv_label_get_text(lv_obj_get_child(header, 1)), "2023 December");
    lv_obj_send_event(lv_obj_get_child(header, 2), LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(lv_calendar_get_showed_date(cal)->year, 2024);
    EXPECT_EQ(lv_calendar_get_showed_date(cal)->month, 1);
}

TEST_F(MoreTest, SpinboxFormatsAndSteps)
{
    lv_obj_t * sb = lv_spinbox_create(scr);
    lv_spinbox_set_range(sb, -9999, 9999);
    lv_spinbox_set_digit_format(sb, 5, 3);
    lv_spinbox_set_value(sb, 1234);
    EXPECT_STREQ(lv_textarea_get_text(sb), "+012.34");
    lv_spinbox_set_step(sb, 10);
    EXPECT_EQ(lv_textarea_get_cursor_pos(sb), 5u);
    lv_spinbox_increment(sb);
    EXPECT_EQ(lv_spinbox_get_value(sb), 1244);
    lv_spinbox_step_prev(sb);
    EXPECT_EQ(lv_spinbox_get_step(sb), 100);
    lv_spinbox_set_value(sb, 20000);
    EXPECT_EQ(lv_spinbox_get_value(sb), 9999);
    lv_spinbox_set_rollover(sb, true);
    lv_spinbox_increment(sb);
    EXPECT_EQ(lv_spinbox_get_value(sb), -9999);
    lv_spinbox_set_range(sb, 0, 99);
    EXPECT_EQ(lv_spinbox_get_value(sb), 0);
    EXPECT_EQ(lv_textarea_get_text(sb)[0], '0'); /* no sign without negative values */
}

TEST_F(MoreTest, SpangroupWrapsAndMeasures)
{
    lv_obj_t * sg = lv_spangroup_create(scr);
    lv_span_t * a = lv_spangroup_add_span(sg);
    lv_span_set_text(a, "one two three four five six seven");
    EXPECT_EQ(lv_spangroup_get_span_count(sg), 1u);
    EXPECT_EQ(lv_spangroup_get_child(sg, -1), a);
    const int32_t line_h = lv_spangroup_get_max_line_height(sg);
    const uint32_t one_line_w = lv_spangroup_get_expand_width(sg, 0);
    EXPECT_EQ(lv_spangroup_get_expand_height(sg, static_cast<int32_t>(one_line_w) + 10), line_h);
    EXPECT_GE(lv_spangroup_get_expand_height(sg, static_cast<int32_t>(one_line_w) / 2), 2 * line_h);
    lv_span_t * big = lv_spangroup_add_span(sg);
    lv_span_set_text(big, "BIG");
    lv_style_set_text_font(lv_span_get_style(big), &lv_font_montserrat_24);
    EXPECT_GT(lv_spangroup_get_max_line_height(sg), line_h);
    lv_spangroup_set_mode(sg, LV_SPAN_MODE_BREAK);
    lv_obj_set_width(sg, 100);
    lv_obj_update_layout(scr);
    EXPECT_GT(lv_obj_get_height(sg), 2 * line_h);
    lv_spangroup_delete_span(sg, a);
    EXPECT_EQ(lv_spangroup_get_span_count(sg), 1u);
}

TEST_F(MoreTest, CanvasPixelsAndLayer)
{
    static uint8_t buf[20 * 10 * 4];
    lv_obj_t * cv = lv_canvas_create(scr);
    lv_canvas_set_buffer(cv, buf, 20, 10, LV_COLOR_FORMAT_ARGB8888);
    lv_canvas_fill_bg(cv, lv_color_hex(0x102030), LV_OPA_COVER);
    lv_canvas_set_px(cv, 3, 4, lv_color_hex(0xFF0000), LV_OPA_50);
    lv_canvas_set_px(cv, 99, 99, lv_color_hex(0xFF0000), LV_OPA_50); /* ignored */
    lv_color32_t p = lv_canvas_get_px(cv, 3, 4);
    EXPECT_EQ(p.red, 0xFF);
    EXPECT_EQ(p.alpha, LV_OPA_50);
    EXPECT_EQ(lv_canvas_get_px(cv, 0, 0).blue, 0x30);
    lv_layer_t layer;
    lv_canvas_init_layer(cv, &layer);
    lv_draw_rect_dsc_t rd;
    lv_draw_rect_dsc_init(&rd);
    rd.bg_color = lv_color_hex(0x00FF00);
    lv_area_t a = {10, 0, 19, 9};
    lv_draw_rect(&layer, &rd, &a);
    lv_canvas_finish_layer(cv, &layer);
    EXPECT_EQ(lv_canvas_get_px(cv, 15, 5).green, 0xFF);
    EXPECT_EQ(lv_canvas_get_px(cv, 5, 5).green, 0x20);
    lv_obj_update_layout(scr);
    EXPECT_EQ(lv_obj_get_width(cv), 20);
}

TEST_F(MoreTest, TabviewSwitchesTabs)
{
    lv_obj_t * tv = lv_tabview_create(scr);
    lv_tabview_add_tab(tv, "A");
    lv_tabview_add_tab(tv, "B");
    EXPECT_EQ(lv_tabview_get_tab_count(tv), 2u);
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 0u);
    lv_obj_t * bar = lv_tabview_get_tab_bar(tv);
    EXPECT_TRUE(lv_obj_has_state(lv_obj_get_child(bar, 0), LV_STATE_CHECKED));
    lv_tabview_set_active(tv, 1, LV_ANIM_OFF);
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 1u);
    EXPECT_TRUE(lv_obj_has_state(lv_obj_get_child(bar, 1), LV_STATE_CHECKED));
    EXPECT_FALSE(lv_obj_has_state(lv_obj_get_child(bar, 0), LV_STATE_CHECKED));
    EXPECT_EQ(lv_obj_get_scroll_x(lv_tabview_get_content(tv)), lv_obj_get_content_width(lv_tabview_get_content(tv)));
    lv_tabview_rename_tab(tv, 1, "Bee");
    EXPECT_STREQ(lv_label_get_text(lv_obj_get_child(lv_obj_get_child(bar, 1), 0)), "Bee");
}

TEST_F(MoreTest, TileviewScrollsToTheTile)
{
    lv_obj_t * tv = lv_tileview_create(scr);
    lv_tileview_add_tile(tv, 0, 0, LV_DIR_RIGHT);
    lv_obj_t * t11 = lv_tileview_add_tile(tv, 1, 1, LV_DIR_LEFT);
    lv_tileview_set_tile_by_index(tv, 1, 1, LV_ANIM_OFF);
    EXPECT_EQ(lv_tileview_get_tile_active(tv), t11);
    EXPECT_EQ(lv_obj_get_scroll_x(tv), W);
    EXPECT_EQ(lv_obj_get_scroll_y(tv), H);
}

TEST_F(MoreTest, WindowHasHeaderAndContent)
{
    lv_obj_t * win = lv_win_create(scr);
    lv_obj_t * title = lv_win_add_title(win, "Title");
    lv_obj_t * btn = lv_win_add_button(win, LV_SYMBOL_CLOSE, 40);
    EXPECT_EQ(lv_obj_get_parent(title), lv_win_get_header(win));
    EXPECT_EQ(lv_obj_get_parent(btn), lv_win_get_header(win));
    lv_obj_update_layout(scr);
    EXPECT_EQ(lv_obj_get_width(btn), 40);
    EXPECT_EQ(lv_obj_get_height(win), H);
    EXPECT_EQ(lv_obj_get_height(lv_win_get_header(win)) + lv_obj_get_height(lv_win_get_content(win)), H);
}
