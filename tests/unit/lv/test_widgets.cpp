// Widgets beyond button/label: structure and behaviour through the public API.
#include "lv_fixture.h"

using WidgetTest = LvTest;

TEST_F(WidgetTest, WindowHeaderAndContent)
{
    lv_obj_t * win = lv_win_create(scr);
    lv_obj_t * back = lv_win_add_button(win, LV_SYMBOL_LEFT, 40);
    lv_obj_t * title = lv_win_add_title(win, "Title");
    lv_obj_t * header = lv_win_get_header(win);
    lv_obj_t * content = lv_win_get_content(win);
    ASSERT_NE(header, nullptr);
    ASSERT_NE(content, nullptr);
    EXPECT_EQ(lv_obj_get_parent(back), header);
    EXPECT_EQ(lv_obj_get_child(header, 1), title);
    EXPECT_STREQ(lv_label_get_text(title), "Title");
    EXPECT_EQ(lv_win_get_header(content), nullptr); /* not a window */

    lv_obj_update_layout(win);
    EXPECT_EQ(lv_obj_get_width(win), 320);
    EXPECT_EQ(lv_obj_get_height(header), LV_DPI_DEF / 2);
    EXPECT_EQ(lv_obj_get_width(back), 40);
    /* the content takes the rest of the column */
    EXPECT_EQ(lv_obj_get_y(content) + lv_obj_get_height(content), 240);
    EXPECT_EQ(lv_obj_get_y(content), lv_obj_get_height(header));
    /* the header button is as tall as the header's content box */
    EXPECT_EQ(lv_obj_get_height(back), lv_obj_get_content_height(header));
}

TEST_F(WidgetTest, TileviewPlacesAndSelectsTiles)
{
    lv_obj_t * tv = lv_tileview_create(scr);
    lv_obj_t * t00 = lv_tileview_add_tile(tv, 0, 0, LV_DIR_RIGHT);
    lv_obj_t * t10 = lv_tileview_add_tile(tv, 1, 0, LV_DIR_LEFT);
    lv_obj_t * t11 = lv_tileview_add_tile(tv, 1, 1, LV_DIR_TOP);
    lv_obj_update_layout(tv);
    EXPECT_EQ(lv_obj_get_x(t10), 320);
    EXPECT_EQ(lv_obj_get_y(t11), 240);
    EXPECT_EQ(lv_tileview_get_tile_active(tv), t00);
    EXPECT_EQ(lv_obj_get_scroll_dir(tv), LV_DIR_RIGHT);

    lv_tileview_set_tile_by_index(tv, 1, 1, LV_ANIM_OFF);
    EXPECT_EQ(lv_tileview_get_tile_active(tv), t11);
    EXPECT_EQ(lv_obj_get_scroll_x(tv), 320);
    EXPECT_EQ(lv_obj_get_scroll_y(tv), 240);
    EXPECT_EQ(lv_obj_get_scroll_dir(tv), LV_DIR_TOP);

    lv_tileview_set_tile_by_index(tv, 0, 1, LV_ANIM_OFF); /* no such tile: nothing changes */
    EXPECT_EQ(lv_tileview_get_tile_active(tv), t11);
    EXPECT_EQ(lv_tileview_add_tile(scr, 0, 0, LV_DIR_ALL), nullptr);
}

TEST_F(WidgetTest, TileviewAnimatedScrollEndsOnTileWithValueChanged)
{
    lv_obj_t * tv = lv_tileview_create(scr);
    lv_tileview_add_tile(tv, 0, 0, LV_DIR_ALL);
    lv_obj_t * t10 = lv_tileview_add_tile(tv, 1, 0, LV_DIR_ALL);
    int changed = 0;
    lv_obj_add_event_cb(tv, [](lv_event_t * e) { ++*static_cast<int *>(lv_event_get_user_data(e)); },
                        LV_EVENT_VALUE_CHANGED, &changed);
    lv_obj_scroll_to(tv, 320, 0, LV_ANIM_ON);
    EXPECT_EQ(changed, 0);
    run_ms(1000);
    EXPECT_EQ(lv_obj_get_scroll_x(tv), 320);
    EXPECT_EQ(lv_tileview_get_tile_active(tv), t10);
    EXPECT_EQ(changed, 1);
}

TEST_F(WidgetTest, ButtonmatrixMapControlsAndOneChecked)
{
    static const char * const map[] = {"A", "B", "\n", "C", ""};
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(bm, map);
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 0), "A");
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 2), "C");
    EXPECT_EQ(lv_buttonmatrix_get_button_text(bm, 3), nullptr);

    lv_buttonmatrix_set_button_ctrl_all(bm, LV_BUTTONMATRIX_CTRL_CHECKABLE);
    lv_buttonmatrix_set_one_checked(bm, true);
    lv_buttonmatrix_set_button_ctrl(bm, 0, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_buttonmatrix_set_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKED);
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 0, LV_BUTTONMATRIX_CTRL_CHECKED));
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKED));
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 1, LV_BUTTONMATRIX_CTRL_CHECKABLE));

    lv_buttonmatrix_clear_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKED);
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKED));
    lv_buttonmatrix_set_button_ctrl(bm, 99, LV_BUTTONMATRIX_CTRL_CHECKED); /* out of range: ignored */

    lv_buttonmatrix_set_selected_button(bm, 1);
    EXPECT_EQ(lv_buttonmatrix_get_selected_button(bm), 1u);
}

TEST_F(WidgetTest, BarAndSliderClampToRange)
{
    lv_obj_t * bar = lv_bar_create(scr);
    lv_bar_set_range(bar, 10, 20);
    lv_bar_set_value(bar, 50, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_value(bar), 20);
    lv_bar_set_value(bar, -5, LV_ANIM_OFF);
    EXPECT_EQ(lv_bar_get_value(bar), 10);

    lv_obj_t * slider = lv_slider_create(scr);
    lv_slider_set_value(slider, 70, LV_ANIM_OFF);
    lv_slider_set_range(slider, 0, 50);
    EXPECT_EQ(lv_slider_get_value(slider), 50);
    EXPECT_EQ(lv_slider_get_max_value(slider), 50);
}

TEST_F(WidgetTest, TabviewPagesButtonsAndActiveTab)
{
    lv_obj_t * tv = lv_tabview_create(scr);
    lv_tabview_set_tab_bar_size(tv, 40);
    lv_obj_t * p1 = lv_tabview_add_tab(tv, "One");
    lv_obj_t * p2 = lv_tabview_add_tab(tv, "Two");
    lv_tabview_add_tab(tv, "Three");
    lv_obj_t * bar = lv_tabview_get_tab_bar(tv);
    lv_obj_t * cont = lv_tabview_get_content(tv);
    EXPECT_EQ(lv_tabview_get_tab_count(tv), 3u);
    EXPECT_EQ(lv_obj_get_parent(p1), cont);
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 0u);
    EXPECT_TRUE(lv_obj_has_state(lv_obj_get_child(bar, 0), LV_STATE_CHECKED));

    lv_obj_update_layout(tv);
    EXPECT_EQ(lv_obj_get_height(bar), 40);
    EXPECT_EQ(lv_obj_get_height(cont), 200);
    EXPECT_EQ(lv_obj_get_width(p2), 320);
    EXPECT_EQ(lv_obj_get_x(p2), 320); /* pages side by side */

    lv_tabview_set_active(tv, 2, LV_ANIM_OFF);
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 2u);
    EXPECT_EQ(lv_obj_get_scroll_x(cont), 640);
    EXPECT_FALSE(lv_obj_has_state(lv_obj_get_child(bar, 0), LV_STATE_CHECKED));
    EXPECT_TRUE(lv_obj_has_state(lv_obj_get_child(bar, 2), LV_STATE_CHECKED));
    lv_tabview_set_active(tv, 7, LV_ANIM_OFF); /* out of range: ignored */
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 2u);

    /* clicking a tab button activates its tab and reports the change */
    int changed = 0;
    lv_obj_add_event_cb(tv, [](lv_event_t * e) { ++*static_cast<int *>(lv_event_get_user_data(e)); },
                        LV_EVENT_VALUE_CHANGED, &changed);
    lv_obj_send_event(lv_obj_get_child(bar, 1), LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(lv_tabview_get_tab_active(tv), 1u);
    EXPECT_EQ(changed, 1);
    run_ms(1000);
    EXPECT_EQ(lv_obj_get_scroll_x(cont), 320);

    lv_tabview_rename_tab(tv, 1, "Deux");
    EXPECT_STREQ(lv_label_get_text(lv_obj_get_child(lv_obj_get_child(bar, 1), 0)), "Deux");
}

TEST_F(WidgetTest, TextareaEditingAndCursor)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_text(ta, "abc");
    EXPECT_STREQ(lv_textarea_get_text(ta), "abc");
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u); /* set_text puts the cursor at the end */

    lv_textarea_set_cursor_pos(ta, 1);
    lv_textarea_add_char(ta, 'X');
    EXPECT_STREQ(lv_textarea_get_text(ta), "aXbc");
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 2u);
    EXPECT_EQ(lv_textarea_get_current_char(ta), static_cast<uint32_t>('X'));

    lv_textarea_add_text(ta, "\xC3\xA9!"); /* multi-byte characters count as one */
    EXPECT_STREQ(lv_textarea_get_text(ta), "aX\xC3\xA9!bc");
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 4u);

    lv_textarea_delete_char(ta);
    lv_textarea_delete_char(ta);
    EXPECT_STREQ(lv_textarea_get_text(ta), "aXbc");
    lv_textarea_delete_char_forward(ta);
    EXPECT_STREQ(lv_textarea_get_text(ta), "aXc");
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 2u);

    lv_textarea_set_cursor_pos(ta, -1); /* negative: from the end */
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u);
    lv_textarea_set_cursor_pos(ta, 100);
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u);
    lv_textarea_cursor_left(ta);
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 2u);
    lv_textarea_cursor_right(ta);
    lv_textarea_cursor_right(ta);
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u);
}

TEST_F(WidgetTest, TextareaFiltersOneLineAndInsertEvent)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_accepted_chars(ta, "0123456789");
    lv_textarea_set_max_length(ta, 4);
    lv_textarea_add_text(ta, "1a2b345");
    EXPECT_STREQ(lv_textarea_get_text(ta), "1234");

    lv_obj_t * one = lv_textarea_create(scr);
    lv_textarea_set_one_line(one, true);
    lv_textarea_add_text(one, "a\nb");
    EXPECT_STREQ(lv_textarea_get_text(one), "ab");
    lv_obj_update_layout(one);
    /* one line of text plus the paddings and borders */
    const lv_font_t * font = lv_obj_get_style_text_font(one, LV_PART_MAIN);
    EXPECT_EQ(lv_obj_get_content_height(one), lv_font_get_line_height(font));

    /* an INSERT handler can replace what is inserted */
    lv_obj_add_event_cb(one, [](lv_event_t * e) {
        const char * txt = static_cast<const char *>(lv_event_get_param(e));
        if(txt && txt[0] == 'x') lv_textarea_set_insert_replace(lv_event_get_current_target_obj(e), "Y");
    }, LV_EVENT_INSERT, nullptr);
    lv_textarea_add_char(one, 'x');
    EXPECT_STREQ(lv_textarea_get_text(one), "abY");
}

TEST_F(WidgetTest, TextareaPasswordHidesAfterShowTime)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_password_mode(ta, true);
    lv_textarea_set_text(ta, "ab");
    EXPECT_STREQ(lv_textarea_get_text(ta), "ab");
    EXPECT_STREQ(lv_label_get_text(lv_textarea_get_label(ta)), LV_SYMBOL_BULLET LV_SYMBOL_BULLET);

    lv_textarea_add_char(ta, 'c'); /* a typed character shows for a moment */
    EXPECT_STREQ(lv_textarea_get_text(ta), "abc");
    EXPECT_STREQ(lv_label_get_text(lv_textarea_get_label(ta)), LV_SYMBOL_BULLET LV_SYMBOL_BULLET "c");
    run_ms(lv_textarea_get_password_show_time(ta) + 50);
    EXPECT_STREQ(lv_label_get_text(lv_textarea_get_label(ta)), LV_SYMBOL_BULLET LV_SYMBOL_BULLET LV_SYMBOL_BULLET);

    lv_textarea_set_password_mode(ta, false);
    EXPECT_STREQ(lv_label_get_text(lv_textarea_get_label(ta)), "abc");
}

TEST_F(WidgetTest, KeyboardModesAndTyping)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_obj_t * kb = lv_keyboard_create(scr);
    lv_keyboard_set_textarea(kb, ta);
    EXPECT_TRUE(lv_obj_has_state(ta, LV_STATE_FOCUSED));
    EXPECT_EQ(lv_keyboard_get_mode(kb), LV_KEYBOARD_MODE_TEXT_LOWER);
    EXPECT_STREQ(lv_keyboard_get_button_text(kb, 1), "q");

    /* pressing a key: select it and report VALUE_CHANGED as the button matrix does */
    auto press = [kb](uint32_t id) {
        lv_buttonmatrix_set_selected_button(kb, id);
        lv_obj_send_event(kb, LV_EVENT_VALUE_CHANGED, &id);
    };
    press(1);
    press(2);
    EXPECT_STREQ(lv_textarea_get_text(ta), "qw");
    press(11); /* backspace */
    EXPECT_STREQ(lv_textarea_get_text(ta), "q");

    press(12); /* "ABC" */
    EXPECT_EQ(lv_keyboard_get_mode(kb), LV_KEYBOARD_MODE_TEXT_UPPER);
    EXPECT_STREQ(lv_keyboard_get_button_text(kb, 1), "Q");
    press(1);
    EXPECT_STREQ(lv_textarea_get_text(ta), "qQ");

    int ready = 0;
    lv_obj_add_event_cb(ta, [](lv_event_t * e) { ++*static_cast<int *>(lv_event_get_user_data(e)); },
                        LV_EVENT_READY, &ready);
    uint32_t n = 0;
    while(lv_keyboard_get_button_text(kb, n)) n++;
    press(n - 1); /* the last key is OK */
    EXPECT_EQ(ready, 1);

    lv_keyboard_set_mode(kb, LV_KEYBOARD_MODE_NUMBER);
    EXPECT_STREQ(lv_keyboard_get_button_text(kb, 12), "+/-");
    press(12);
    EXPECT_STREQ(lv_textarea_get_text(ta), "-qQ");
    press(12);
    EXPECT_STREQ(lv_textarea_get_text(ta), "+qQ");
    lv_keyboard_set_textarea(kb, nullptr);
    EXPECT_FALSE(lv_obj_has_state(ta, LV_STATE_FOCUSED));
}

TEST_F(WidgetTest, RollerSelectionNormalAndInfinite)
{
    lv_obj_t * r = lv_roller_create(scr);
    lv_roller_set_options(r, "A\nBB\nC", LV_ROLLER_MODE_NORMAL);
    EXPECT_EQ(lv_roller_get_option_count(r), 3u);
    lv_roller_set_selected(r, 1, LV_ANIM_OFF);
    EXPECT_EQ(lv_roller_get_selected(r), 1u);
    char buf[8];
    lv_roller_get_selected_str(r, buf, sizeof(buf));
    EXPECT_STREQ(buf, "BB");
    lv_roller_set_selected(r, 99, LV_ANIM_OFF); /* clamped to the last */
    EXPECT_EQ(lv_roller_get_selected(r), 2u);
    EXPECT_TRUE(lv_roller_set_selected_str(r, "A", LV_ANIM_OFF));
    EXPECT_EQ(lv_roller_get_selected(r), 0u);
    EXPECT_FALSE(lv_roller_set_selected_str(r, "B", LV_ANIM_OFF));

    lv_roller_set_visible_row_count(r, 3);
    lv_obj_update_layout(r);
    const lv_font_t * font = lv_obj_get_style_text_font(r, LV_PART_MAIN);
    int32_t row = lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(r, LV_PART_MAIN);
    EXPECT_EQ(lv_obj_get_height(r), 3 * row + 2 * lv_obj_get_style_border_width(r, LV_PART_MAIN));

    lv_obj_t * inf = lv_roller_create(scr);
    lv_roller_set_options(inf, "0\n1\n2\n3", LV_ROLLER_MODE_INFINITE);
    EXPECT_EQ(lv_roller_get_option_count(inf), 4u);
    lv_roller_set_selected(inf, 3, LV_ANIM_OFF);
    EXPECT_EQ(lv_roller_get_selected(inf), 3u);
    lv_roller_get_selected_str(inf, buf, sizeof(buf));
    EXPECT_STREQ(buf, "3");

    /* keys move the selection and report it */
    int changed = 0;
    lv_obj_add_event_cb(r, [](lv_event_t * e) { ++*static_cast<int *>(lv_event_get_user_data(e)); },
                        LV_EVENT_VALUE_CHANGED, &changed);
    uint32_t key = LV_KEY_DOWN;
    lv_obj_send_event(r, LV_EVENT_KEY, &key);
    EXPECT_EQ(lv_roller_get_selected(r), 1u);
    EXPECT_EQ(changed, 1);
    run_ms(500);
    EXPECT_EQ(lv_roller_get_selected(r), 1u);
}

TEST_F(WidgetTest, DropdownOptionsOpenCloseAndSelect)
{
    lv_obj_t * dd = lv_dropdown_create(scr);
    lv_dropdown_set_options(dd, "Red\nGreen\nBlue");
    EXPECT_EQ(lv_dropdown_get_option_count(dd), 3u);
    EXPECT_EQ(lv_dropdown_get_option_index(dd, "Blue"), 2);
    EXPECT_EQ(lv_dropdown_get_option_index(dd, "Bl"), -1);
    lv_dropdown_add_option(dd, "Cyan", 1);
    lv_dropdown_add_option(dd, "Last", LV_DROPDOWN_POS_LAST);
    EXPECT_STREQ(lv_dropdown_get_options(dd), "Red\nCyan\nGreen\nBlue\nLast");
    lv_dropdown_set_selected(dd, 2);
    char buf[16];
    lv_dropdown_get_selected_str(dd, buf, sizeof(buf));
    EXPECT_STREQ(buf, "Green");
    lv_dropdown_set_selected(dd, 50);
    EXPECT_EQ(lv_dropdown_get_selected(dd), 4u);

    lv_obj_set_pos(dd, 10, 10);
    EXPECT_FALSE(lv_dropdown_is_open(dd));
    lv_dropdown_open(dd);
    EXPECT_TRUE(lv_dropdown_is_open(dd));
    EXPECT_TRUE(lv_obj_has_state(dd, LV_STATE_CHECKED));
    lv_obj_t * list = lv_dropdown_get_list(dd);
    lv_obj_update_layout(list);
    EXPECT_EQ(lv_obj_get_parent(list), scr);
    EXPECT_EQ(lv_obj_get_y(list), lv_obj_get_y2(dd)); /* opens right below (y2 = y + height) */
    EXPECT_GE(lv_obj_get_width(list), lv_obj_get_width(dd));
    lv_dropdown_close(dd);
    EXPECT_FALSE(lv_dropdown_is_open(dd));

    /* keys: ENTER opens, DOWN moves, ENTER selects and reports */
    int changed = 0;
    lv_obj_add_event_cb(dd, [](lv_event_t * e) { ++*static_cast<int *>(lv_event_get_user_data(e)); },
                        LV_EVENT_VALUE_CHANGED, &changed);
    lv_dropdown_set_selected(dd, 0);
    uint32_t key = LV_KEY_ENTER;
    lv_obj_send_event(dd, LV_EVENT_KEY, &key);
    EXPECT_TRUE(lv_dropdown_is_open(dd));
    key = LV_KEY_DOWN;
    lv_obj_send_event(dd, LV_EVENT_KEY, &key);
    key = LV_KEY_ENTER;
    lv_obj_send_event(dd, LV_EVENT_KEY, &key);
    EXPECT_FALSE(lv_dropdown_is_open(dd));
    EXPECT_EQ(lv_dropdown_get_selected(dd), 1u);
    EXPECT_EQ(changed, 1);

    lv_dropdown_set_text(dd, "Fixed");
    EXPECT_STREQ(lv_dropdown_get_text(dd), "Fixed");
    lv_dropdown_clear_options(dd);
    EXPECT_EQ(lv_dropdown_get_option_count(dd), 0u);

    /* deleting the dropdown deletes its list; deleting the screen's children in any order is safe */
    lv_dropdown_create(scr);
    lv_obj_delete(dd);
    EXPECT_FALSE(lv_obj_is_valid(list));
    lv_obj_clean(scr);
    EXPECT_EQ(lv_obj_get_child_count(scr), 0u);
}

TEST_F(WidgetTest, TableCellsGrowMergeAndSize)
{
    lv_obj_t * t = lv_table_create(scr);
    EXPECT_EQ(lv_table_get_row_count(t), 1u);
    lv_table_set_cell_value(t, 2, 1, "x"); /* grows to include the cell */
    EXPECT_EQ(lv_table_get_row_count(t), 3u);
    EXPECT_EQ(lv_table_get_column_count(t), 2u);
    EXPECT_STREQ(lv_table_get_cell_value(t, 2, 1), "x");
    EXPECT_STREQ(lv_table_get_cell_value(t, 0, 0), "");
    EXPECT_STREQ(lv_table_get_cell_value(t, 9, 9), "");
    lv_table_set_cell_value_fmt(t, 0, 0, "%d-%s", 7, "up");
    EXPECT_STREQ(lv_table_get_cell_value(t, 0, 0), "7-up");

    lv_table_set_cell_ctrl(t, 1, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT);
    EXPECT_TRUE(lv_table_has_cell_ctrl(t, 1, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT));
    lv_table_set_cell_value(t, 1, 0, "merged"); /* the text keeps the control bits */
    EXPECT_TRUE(lv_table_has_cell_ctrl(t, 1, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT));
    lv_table_clear_cell_ctrl(t, 1, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT);
    EXPECT_FALSE(lv_table_has_cell_ctrl(t, 1, 0, LV_TABLE_CELL_CTRL_MERGE_RIGHT));

    lv_table_set_column_width(t, 0, 50);
    lv_table_set_column_width(t, 1, 70);
    lv_obj_update_layout(t);
    int32_t border = lv_obj_get_style_border_width(t, LV_PART_MAIN);
    EXPECT_EQ(lv_obj_get_width(t), 50 + 70 - 1 + 2 * border); /* LVGL's self size is one less */

    /* a long text wraps and makes its row taller */
    int32_t h_before = lv_obj_get_height(t);
    lv_table_set_cell_value(t, 2, 0, "a long text that must wrap in a narrow column");
    lv_obj_update_layout(t);
    EXPECT_GT(lv_obj_get_height(t), h_before);

    int data = 0;
    lv_table_set_cell_user_data(t, 1, 1, &data);
    EXPECT_EQ(lv_table_get_cell_user_data(t, 1, 1), &data);
    lv_table_set_row_count(t, 1); /* shrinking frees the rest */
    EXPECT_EQ(lv_table_get_row_count(t), 1u);
    EXPECT_EQ(lv_table_get_cell_user_data(t, 1, 1), nullptr);

    uint32_t row, col;
    lv_table_get_selected_cell(t, &row, &col);
    EXPECT_EQ(row, static_cast<uint32_t>(LV_TABLE_CELL_NONE));
    lv_table_set_selected_cell(t, 0, 1);
    lv_table_get_selected_cell(t, &row, &col);
    EXPECT_EQ(row, 0u);
    EXPECT_EQ(col, 1u);
}

TEST_F(WidgetTest, CanvasPixelsFillAndLayer)
{
    lv_draw_buf_t * buf = lv_draw_buf_create(20, 10, LV_COLOR_FORMAT_ARGB8888, 0);
    ASSERT_NE(buf, nullptr);
    lv_obj_t * cv = lv_canvas_create(scr);
    lv_canvas_set_draw_buf(cv, buf);
    EXPECT_EQ(lv_canvas_get_draw_buf(cv), buf);
    lv_obj_update_layout(cv);
    EXPECT_EQ(lv_obj_get_width(cv), 20); /* the image is as large as the buffer */
    EXPECT_EQ(lv_obj_get_height(cv), 10);

    lv_canvas_fill_bg(cv, lv_color_hex(0x102030), LV_OPA_50);
    lv_color32_t c = lv_canvas_get_px(cv, 5, 5);
    EXPECT_EQ(c.red, 0x10);
    EXPECT_EQ(c.green, 0x20);
    EXPECT_EQ(c.blue, 0x30);
    EXPECT_EQ(c.alpha, LV_OPA_50);

    lv_canvas_set_px(cv, 3, 4, lv_color_hex(0xFF0000), LV_OPA_COVER);
    c = lv_canvas_get_px(cv, 3, 4);
    EXPECT_EQ(c.red, 0xFF);
    EXPECT_EQ(c.green, 0);
    EXPECT_EQ(c.alpha, 0xFF);
    lv_canvas_set_px(cv, 99, 99, lv_color_hex(0xFF0000), LV_OPA_COVER); /* outside: ignored */

    /* a layer draws into the buffer in canvas coordinates */
    lv_layer_t layer;
    lv_canvas_init_layer(cv, &layer);
    lv_draw_rect_dsc_t rd;
    lv_draw_rect_dsc_init(&rd);
    rd.bg_color = lv_color_hex(0x00FF00);
    rd.bg_opa = LV_OPA_COVER;
    lv_area_t a = {10, 0, 19, 9};
    lv_draw_rect(&layer, &rd, &a);
    lv_canvas_finish_layer(cv, &layer);
    c = lv_canvas_get_px(cv, 15, 5);
    EXPECT_EQ(c.green, 0xFF);
    EXPECT_EQ(c.red, 0);
    c = lv_canvas_get_px(cv, 5, 5); /* untouched */
    EXPECT_EQ(c.red, 0x10);

    lv_obj_delete(cv);
    lv_draw_buf_destroy(buf);
    EXPECT_GE(lv_canvas_buf_size(20, 10, 32, 1), 20u * 10u * 4u);
}

TEST_F(WidgetTest, SpinboxFormatStepAndRange)
{
    lv_obj_t * sb = lv_spinbox_create(scr);
    lv_spinbox_set_range(sb, -9999, 9999);
    lv_spinbox_set_digit_format(sb, 5, 3);
    lv_spinbox_set_value(sb, 1234);
    EXPECT_STREQ(lv_textarea_get_text(sb), "+012.34");
    lv_spinbox_set_step(sb, 10);
    EXPECT_EQ(lv_textarea_get_cursor_pos(sb), 5u); /* on the tens digit, after the point */
    lv_spinbox_increment(sb);
    EXPECT_EQ(lv_spinbox_get_value(sb), 1244);
    lv_spinbox_step_prev(sb);
    EXPECT_EQ(lv_spinbox_get_step(sb), 100);
    lv_spinbox_step_next(sb);
    lv_spinbox_step_next(sb);
    EXPECT_EQ(lv_spinbox_get_step(sb), 1);
    lv_spinbox_step_next(sb); /* already on the last digit */
    EXPECT_EQ(lv_spinbox_get_step(sb), 1);

    lv_spinbox_set_value(sb, -20000); /* clamped */
    EXPECT_EQ(lv_spinbox_get_value(sb), -9999);
    EXPECT_STREQ(lv_textarea_get_text(sb), "-099.99");
    lv_spinbox_decrement(sb);
    EXPECT_EQ(lv_spinbox_get_value(sb), -9999);
    lv_spinbox_set_rollover(sb, true);
    lv_spinbox_decrement(sb);
    EXPECT_EQ(lv_spinbox_get_value(sb), 9999);

    lv_obj_t * pos = lv_spinbox_create(scr);
    lv_spinbox_set_range(pos, 0, 999);
    lv_spinbox_set_digit_format(pos, 3, 0);
    lv_spinbox_set_value(pos, 7);
    EXPECT_STREQ(lv_textarea_get_text(pos), "007"); /* no sign when negatives are impossible */
    uint32_t key = LV_KEY_UP;
    lv_obj_send_event(pos, LV_EVENT_KEY, &key);
    EXPECT_EQ(lv_spinbox_get_value(pos), 8);
    EXPECT_STREQ(lv_textarea_get_text(pos), "008"); /* keys do not type into the text */
}

namespace {
size_t g_widget_live_bytes = 0;
void * widget_alloc(size_t s)
{
    size_t * p = static_cast<size_t *>(malloc(s + sizeof(size_t) * 2));
    if(!p) return nullptr;
    p[0] = s;
    g_widget_live_bytes += s;
    return p + 2;
}
void widget_free(void * q)
{
    if(!q) return;
    size_t * p = static_cast<size_t *>(q) - 2;
    g_widget_live_bytes -= p[0];
    free(p);
}
void * widget_realloc(void * q, size_t s)
{
    if(!q) return widget_alloc(s);
    size_t * p = static_cast<size_t *>(q) - 2;
    size_t old = p[0];
    size_t * n = static_cast<size_t *>(realloc(p, s + sizeof(size_t) * 2));
    if(!n) return nullptr;
    n[0] = s;
    g_widget_live_bytes = g_widget_live_bytes - old + s;
    return n + 2;
}

/** One of every widget, with content, on the active screen. */
void create_every_widget()
{
    lv_obj_t * scr = lv_screen_active();
    lv_label_set_text(lv_label_create(lv_button_create(scr)), "Button");
    lv_switch_create(scr);
    lv_slider_set_value(lv_slider_create(scr), 30, LV_ANIM_ON);
    lv_bar_set_value(lv_bar_create(scr), 40, LV_ANIM_ON);
    lv_led_create(scr);
    lv_checkbox_set_text(lv_checkbox_create(scr), "Check");
    lv_arc_create(scr);
    lv_spinner_create(scr);
    lv_line_create(scr);
    lv_obj_t * list = lv_list_create(scr);
    lv_list_add_text(list, "Section");
    lv_list_add_button(list, LV_SYMBOL_OK, "Item");
    lv_msgbox_add_title(lv_msgbox_create(scr), "Title");
    lv_buttonmatrix_create(scr);
    lv_obj_t * win = lv_win_create(scr);
    lv_win_add_title(win, "Win");
    lv_win_add_button(win, LV_SYMBOL_CLOSE, 40);
    lv_obj_t * tv = lv_tileview_create(scr);
    lv_tileview_add_tile(tv, 0, 0, LV_DIR_ALL);
    lv_obj_t * tabs = lv_tabview_create(scr);
    lv_tabview_add_tab(tabs, "A");
    lv_tabview_add_tab(tabs, "B");
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_placeholder_text(ta, "type");
    lv_textarea_set_password_mode(ta, true);
    lv_textarea_add_text(ta, "secret");
    lv_keyboard_set_textarea(lv_keyboard_create(scr), ta);
    lv_roller_set_options(lv_roller_create(scr), "a\nb\nc", LV_ROLLER_MODE_INFINITE);
    lv_obj_t * dd = lv_dropdown_create(scr);
    lv_dropdown_set_options(dd, "x\ny");
    lv_dropdown_set_text(dd, "fixed");
    lv_dropdown_set_symbol(dd, LV_SYMBOL_RIGHT);
    lv_dropdown_open(dd);
    lv_obj_t * table = lv_table_create(scr);
    lv_table_set_cell_value(table, 2, 2, "cell");
    lv_spinbox_set_value(lv_spinbox_create(scr), 5);
    lv_obj_t * cv = lv_canvas_create(scr);
    static uint8_t cbuf[LV_CANVAS_BUF_SIZE(8, 8, 32, 1)];
    lv_canvas_set_buffer(cv, cbuf, 8, 8, LV_COLOR_FORMAT_ARGB8888);
    lv_canvas_fill_bg(cv, lv_color_hex(0x123456), LV_OPA_COVER);
    lv_obj_t * scale = lv_scale_create(scr);
    lv_scale_set_mode(scale, LV_SCALE_MODE_ROUND_INNER);
    lv_scale_add_section(scale);
    lv_obj_set_size(scale, 100, 100);
    lv_scale_set_line_needle_value(scale, lv_line_create(scale), 30, 40);
    lv_obj_t * chart = lv_chart_create(scr);
    lv_chart_series_t * ser = lv_chart_add_series(chart, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    lv_chart_set_next_value(chart, ser, 5);
    lv_chart_set_point_count(chart, 20);
    lv_chart_add_series(chart, lv_color_hex(0x00FF00), LV_CHART_AXIS_SECONDARY_Y);
    lv_chart_set_type(chart, LV_CHART_TYPE_SCATTER);
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_calendar_add_header_arrow(cal);
    lv_calendar_set_month_shown(cal, 2025, 2);
    lv_obj_t * sg = lv_spangroup_create(scr);
    lv_span_set_text(lv_spangroup_add_span(sg), "rich ");
    lv_span_set_text_static(lv_spangroup_add_span(sg), "text");
}
} // namespace

/* Every widget frees all it allocated: deleting them returns the heap to the same size each
 * round, and lv_deinit frees everything. */
TEST(WidgetMemory, EveryWidgetFreesItsMemory)
{
    lv_mem_allocator_t a = {widget_alloc, widget_realloc, widget_free, nullptr};
    lv_mem_set_allocator(&a);
    lv_init();
    std::vector<uint8_t> fb(320 * 240 * 4);
    lv_display_t * d = lv_display_create(320, 240);
    lv_display_set_buffers(d, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(d, [](lv_display_t * disp, const lv_area_t *, uint8_t *) { lv_display_flush_ready(disp); });

    size_t after_round[2] = {0, 0};
    for(size_t & after : after_round) {
        create_every_widget();
        for(int i = 0; i < 20; i++) {
            lv_tick_inc(33);
            lv_timer_handler();
        }
        lv_refr_now(d);
        lv_obj_clean(lv_screen_active());
        for(int i = 0; i < 3; i++) {
            lv_tick_inc(33);
            lv_timer_handler(); /* async deletions and finished animations */
        }
        after = g_widget_live_bytes;
    }
    EXPECT_EQ(after_round[0], after_round[1]);
    lv_deinit();
    EXPECT_EQ(g_widget_live_bytes, 0u);
    lv_mem_set_allocator(nullptr);
}

TEST_F(WidgetTest, ScaleSettingsSectionsAndNeedle)
{
    lv_obj_t * s = lv_scale_create(scr);
    EXPECT_EQ(lv_scale_get_mode(s), LV_SCALE_MODE_HORIZONTAL_BOTTOM);
    EXPECT_EQ(lv_scale_get_total_tick_count(s), 11);
    EXPECT_EQ(lv_scale_get_major_tick_every(s), 5);
    EXPECT_EQ(lv_scale_get_angle_range(s), 270u);
    EXPECT_EQ(lv_scale_get_rotation(s), 135);
    lv_scale_set_rotation(s, -90); /* normalised to 0..360 */
    EXPECT_EQ(lv_scale_get_rotation(s), 270);
    lv_scale_set_range(s, -10, 10);
    EXPECT_EQ(lv_scale_get_range_min_value(s), -10);
    EXPECT_EQ(lv_scale_get_range_max_value(s), 10);

    lv_scale_section_t * sec = lv_scale_add_section(s);
    ASSERT_NE(sec, nullptr);
    lv_scale_section_set_range(sec, 0, 5);
    static lv_style_t st;
    lv_style_init(&st);
    lv_scale_section_set_style(sec, LV_PART_MAIN, &st);
    lv_refr_now(disp); /* draws with the section (and frees it on delete) */

    /* a line needle on a square round scale points from the centre */
    lv_obj_set_size(s, 100, 100);
    lv_scale_set_mode(s, LV_SCALE_MODE_ROUND_INNER);
    lv_scale_set_rotation(s, 0);
    lv_scale_set_angle_range(s, 180);
    lv_scale_set_range(s, 0, 100);
    lv_obj_t * needle = lv_line_create(s);
    lv_scale_set_line_needle_value(s, needle, 40, 0); /* angle 0: to the right */
    ASSERT_EQ(lv_line_get_point_count(needle), 2u);
    lv_point_precise_t * p = lv_line_get_points_mutable(needle);
    EXPECT_EQ(p[0].x, 50);
    EXPECT_EQ(p[0].y, 50);
    EXPECT_EQ(p[1].x, 89); /* 40 * 32767 >> 15: LVGL's sine table peaks just below 1 */
    EXPECT_EQ(p[1].y, 50);
    lv_scale_set_line_needle_value(s, needle, 40, 50); /* 90 degrees: down; the same points are reused */
    EXPECT_EQ(lv_line_get_points_mutable(needle), p);
    EXPECT_EQ(p[1].x, 50);
    EXPECT_EQ(p[1].y, 89);
    lv_refr_now(disp);
    lv_obj_delete(s);
}

TEST_F(WidgetTest, ChartSeriesValuesAndPositions)
{
    lv_obj_t * c = lv_chart_create(scr);
    lv_obj_set_size(c, 120, 100);
    lv_obj_set_style_pad_all(c, 0, 0);
    lv_obj_set_style_border_width(c, 0, 0);
    lv_chart_set_point_count(c, 5);
    lv_chart_set_axis_range(c, LV_CHART_AXIS_PRIMARY_Y, 0, 100);
    lv_chart_series_t * s = lv_chart_add_series(c, lv_color_hex(0xFF0000), LV_CHART_AXIS_PRIMARY_Y);
    EXPECT_EQ(lv_chart_get_series_next(c, nullptr), s);
    EXPECT_EQ(lv_chart_get_series_next(c, s), nullptr);
    int32_t * y = lv_chart_get_series_y_array(c, s);
    EXPECT_EQ(y[0], LV_CHART_POINT_NONE); /* no value yet */

    for(int32_t v : {10, 20, 30, 40, 50, 60}) lv_chart_set_next_value(c, s, v); /* 6 into 5: the oldest drops */
    EXPECT_EQ(lv_chart_get_x_start_point(c, s), 1u);
    lv_obj_update_layout(c);
    lv_point_t p;
    lv_chart_get_point_pos_by_id(c, s, 0, &p); /* the first shown point is 20 */
    EXPECT_EQ(p.x, 0);
    EXPECT_EQ(p.y, 100 - 20);
    lv_chart_get_point_pos_by_id(c, s, 4, &p); /* the newest, 60, at the right edge */
    EXPECT_EQ(p.x, 120);
    EXPECT_EQ(p.y, 100 - 60);

    lv_chart_set_point_count(c, 3); /* keeps the newest order from the start */
    y = lv_chart_get_series_y_array(c, s);
    EXPECT_EQ(y[0], 20);
    EXPECT_EQ(y[2], 40);
    lv_chart_set_all_values(c, s, 7);
    EXPECT_EQ(y[1], 7);

    lv_chart_series_t * s2 = lv_chart_add_series(c, lv_color_hex(0x00FF00), LV_CHART_AXIS_SECONDARY_Y);
    lv_chart_set_axis_range(c, LV_CHART_AXIS_SECONDARY_Y, 0, 400);
    lv_chart_set_series_value_by_id(c, s2, 1, 200);
    lv_chart_get_point_pos_by_id(c, s2, 1, &p);
    EXPECT_EQ(p.y, 50); /* 200 of 400 on the secondary axis */
    lv_chart_set_series_value_by_id(c, s2, 99, 1); /* out of range: ignored */

    lv_chart_hide_series(c, s, true);
    lv_refr_now(disp);
    lv_chart_remove_series(c, s);
    EXPECT_EQ(lv_chart_get_series_next(c, nullptr), s2);
    EXPECT_EQ(lv_chart_get_type(c), LV_CHART_TYPE_LINE);
    lv_chart_set_type(c, LV_CHART_TYPE_BAR);
    lv_refr_now(disp);
}

TEST_F(WidgetTest, CalendarMonthLayoutAndHeader)
{
    lv_obj_t * cal = lv_calendar_create(scr);
    lv_calendar_set_today_date(cal, 2024, 3, 15);
    lv_calendar_set_month_shown(cal, 2024, 3);
    lv_obj_t * bm = lv_calendar_get_btnmatrix(cal);
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 0), "Su");
    /* March 2024 starts on a Friday: the first row shows Feb 25..29, then 1, 2 */
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7), "25");
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 7, LV_BUTTONMATRIX_CTRL_DISABLED));
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 12), "1");
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 12, LV_BUTTONMATRIX_CTRL_DISABLED));
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7 + 5 + 30), "31");
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7 + 5 + 31), "1"); /* April */
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 7 + 5 + 14, LV_BUTTONMATRIX_CTRL_CUSTOM_1)); /* today */

    lv_calendar_set_month_shown(cal, 2024, 2); /* leap year February: 29 days */
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7 + 4 + 28), "29");
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 7 + 4 + 29), "1");
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 7 + 4 + 14, LV_BUTTONMATRIX_CTRL_CUSTOM_1));

    /* the header's arrows switch months and its label follows */
    lv_obj_t * header = lv_calendar_add_header_arrow(cal);
    EXPECT_EQ(lv_obj_get_child(cal, 0), header);
    EXPECT_STREQ(lv_label_get_text(lv_obj_get_child(header, 1)), "2024 February");
    lv_obj_send_event(lv_obj_get_child(header, 0), LV_EVENT_CLICKED, nullptr);
    lv_obj_send_event(lv_obj_get_child(header, 0), LV_EVENT_CLICKED, nullptr);
    EXPECT_EQ(lv_calendar_get_showed_date(cal)->year, 2023);
    EXPECT_EQ(lv_calendar_get_showed_date(cal)->month, 12);
    EXPECT_STREQ(lv_label_get_text(lv_obj_get_child(header, 1)), "2023 December");

    lv_calendar_date_t d;
    EXPECT_EQ(lv_calendar_get_pressed_date(cal, &d), LV_RESULT_INVALID);
}

TEST_F(WidgetTest, SpangroupLayoutBreaksAndSizes)
{
    lv_obj_t * sg = lv_spangroup_create(scr);
    lv_span_t * a = lv_spangroup_add_span(sg);
    lv_span_t * b = lv_spangroup_add_span(sg);
    lv_span_set_text(a, "Hello ");
    lv_span_set_text(b, "big world");
    lv_style_set_text_font(lv_span_get_style(b), &lv_font_montserrat_24);
    lv_spangroup_refresh(sg);
    EXPECT_EQ(lv_spangroup_get_span_count(sg), 2u);
    EXPECT_EQ(lv_spangroup_get_child(sg, -1), b);
    EXPECT_STREQ(lv_span_get_text(a), "Hello ");

    /* EXPAND (the default): one line as wide as the text, as tall as the biggest font */
    lv_obj_update_layout(sg);
    int32_t one_line_w = lv_obj_get_width(sg);
    EXPECT_EQ(lv_obj_get_height(sg), lv_font_get_line_height(&lv_font_montserrat_24));
    int32_t w_hello = lv_text_get_width("Hello ", 6, &lv_font_montserrat_14, 0);
    int32_t w_big = lv_text_get_width("big world", 9, &lv_font_montserrat_24, 0);
    EXPECT_GE(one_line_w, w_hello + w_big);
    EXPECT_LE(one_line_w, w_hello + w_big + 2);

    /* BREAK: wraps at the width and grows in height */
    lv_spangroup_set_mode(sg, LV_SPAN_MODE_BREAK);
    lv_obj_set_width(sg, one_line_w - 10);
    lv_obj_update_layout(sg);
    EXPECT_GT(lv_obj_get_height(sg), lv_font_get_line_height(&lv_font_montserrat_24));
    EXPECT_EQ(lv_spangroup_get_expand_height(sg, one_line_w + 50), lv_font_get_line_height(&lv_font_montserrat_24));
    lv_spangroup_set_max_lines(sg, 1); /* 20 px holds only "Hello": one 14 px line */
    EXPECT_EQ(lv_spangroup_get_expand_height(sg, 20), lv_font_get_line_height(&lv_font_montserrat_14));
    lv_refr_now(disp);

    lv_spangroup_delete_span(sg, a);
    EXPECT_EQ(lv_spangroup_get_span_count(sg), 1u);
}

TEST_F(WidgetTest, WidgetApiRefusesObjectsOfAnotherClass)
{
    lv_obj_t * btn = lv_button_create(scr);
    /* the calls are ignored instead of writing into the button as if it were a label etc. */
    lv_label_set_text(btn, "not a label");
    lv_label_set_long_mode(btn, LV_LABEL_LONG_MODE_DOTS);
    EXPECT_EQ(lv_label_get_text(btn), nullptr);
    lv_textarea_set_text(btn, "x");
    EXPECT_EQ(lv_textarea_get_text(btn), nullptr);
    lv_roller_set_options(btn, "a\nb", LV_ROLLER_MODE_NORMAL);
    lv_dropdown_set_options(btn, "a\nb");
    lv_table_set_cell_value(btn, 0, 0, "x");
    lv_chart_add_series(btn, lv_color_hex(0), LV_CHART_AXIS_PRIMARY_Y);
    lv_scale_set_range(btn, 0, 10);
    lv_tabview_add_tab(btn, "x");
    lv_calendar_set_month_shown(btn, 2024, 1);
    lv_spinbox_set_value(btn, 3);
    lv_bar_set_value(btn, 5, LV_ANIM_OFF);
    lv_arc_set_value(btn, 5);
    lv_image_set_src(btn, LV_SYMBOL_OK);
    lv_buttonmatrix_set_button_ctrl_all(btn, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_checkbox_set_text(btn, "x");
    EXPECT_EQ(lv_bar_get_value(btn), 0);
    EXPECT_EQ(lv_image_get_src(btn), nullptr);
    EXPECT_EQ(lv_obj_get_child_count(btn), 0u);
    /* NULL objects too */
    lv_label_set_text(nullptr, "x");
    EXPECT_EQ(lv_dropdown_get_list(nullptr), nullptr);
    EXPECT_EQ(lv_spangroup_add_span(nullptr), nullptr);
}
