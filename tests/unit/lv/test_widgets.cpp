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
