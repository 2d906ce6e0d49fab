// Dropdown, roller, list and message box.
#include "widget_fixture.h"

#include <string>

using ChoiceTest = WidgetTest;

static std::string dropdown_selected(lv_obj_t * dd)
{
    char buf[32];
    lv_dropdown_get_selected_str(dd, buf, sizeof(buf));
    return buf;
}

TEST_F(ChoiceTest, DropdownOptions)
{
    lv_obj_t * dd = lv_dropdown_create(scr);
    EXPECT_EQ(lv_dropdown_get_option_count(dd), 3u);
    lv_dropdown_set_options(dd, "Apple\nBanana\nCherry");
    lv_dropdown_set_selected(dd, 1);
    EXPECT_EQ(dropdown_selected(dd), "Banana");
    lv_dropdown_add_option(dd, "Avocado", 1);
    lv_dropdown_add_option(dd, "Zucchini", LV_DROPDOWN_POS_LAST);
    EXPECT_STREQ(lv_dropdown_get_options(dd), "Apple\nAvocado\nBanana\nCherry\nZucchini");
    EXPECT_EQ(lv_dropdown_get_option_index(dd, "Cherry"), 3);
    EXPECT_EQ(lv_dropdown_get_option_index(dd, "Cher"), -1);
    lv_dropdown_set_selected(dd, 99);
    EXPECT_EQ(lv_dropdown_get_selected(dd), 4u);
    lv_dropdown_clear_options(dd);
    EXPECT_EQ(lv_dropdown_get_option_count(dd), 0u);
    EXPECT_EQ(dropdown_selected(dd), "");
}

TEST_F(ChoiceTest, DropdownOpensItsListBelow)
{
    lv_obj_t * dd = lv_dropdown_create(scr);
    lv_obj_set_pos(dd, 10, 10);
    EXPECT_FALSE(lv_dropdown_is_open(dd));
    lv_dropdown_open(dd);
    EXPECT_TRUE(lv_dropdown_is_open(dd));
    EXPECT_TRUE(lv_obj_has_state(dd, LV_STATE_CHECKED));
    lv_obj_t * list = lv_dropdown_get_list(dd);
    lv_obj_update_layout(scr);
    lv_area_t a, l;
    lv_obj_get_coords(dd, &a);
    lv_obj_get_coords(list, &l);
    EXPECT_EQ(l.y1, a.y2 + 1);
    EXPECT_GE(lv_obj_get_width(list), lv_obj_get_width(dd));
    lv_obj_send_event(dd, LV_EVENT_CLICKED, nullptr);
    EXPECT_FALSE(lv_dropdown_is_open(dd));
    lv_obj_delete(dd);
    EXPECT_FALSE(lv_obj_is_valid(list));
}

TEST_F(ChoiceTest, RollerNormalAndInfinite)
{
    lv_obj_t * r = lv_roller_create(scr);
    lv_roller_set_options(r, "a\nb\nc\nd", LV_ROLLER_MODE_NORMAL);
    EXPECT_EQ(lv_roller_get_option_count(r), 4u);
    lv_roller_set_selected(r, 2, LV_ANIM_OFF);
    char buf[8];
    lv_roller_get_selected_str(r, buf, sizeof(buf));
    EXPECT_STREQ(buf, "c");
    EXPECT_TRUE(lv_roller_set_selected_str(r, "d", LV_ANIM_OFF));
    EXPECT_EQ(lv_roller_get_selected(r), 3u);
    EXPECT_FALSE(lv_roller_set_selected_str(r, "zz", LV_ANIM_OFF));

    lv_obj_t * inf = lv_roller_create(scr);
    lv_roller_set_options(inf, "0\n1\n2", LV_ROLLER_MODE_INFINITE);
    EXPECT_EQ(lv_roller_get_option_count(inf), 3u);
    lv_roller_set_selected(inf, 2, LV_ANIM_OFF);
    EXPECT_EQ(lv_roller_get_selected(inf), 2u);
    lv_roller_get_selected_str(inf, buf, sizeof(buf));
    EXPECT_STREQ(buf, "2");
}

TEST_F(ChoiceTest, RollerVisibleRowsSetTheHeight)
{
    lv_obj_t * r = lv_roller_create(scr);
    lv_obj_set_style_text_line_space(r, 10, 0);
    lv_obj_set_style_border_width(r, 2, 0);
    lv_roller_set_visible_row_count(r, 3);
    lv_obj_update_layout(scr);
    const int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(r, LV_PART_MAIN));
    EXPECT_EQ(lv_obj_get_height(r), 3 * (font_h + 10) + 4);
}

TEST_F(ChoiceTest, ListButtonsAndTexts)
{
    lv_obj_t * list = lv_list_create(scr);
    lv_obj_t * t = lv_list_add_text(list, "Section");
    lv_obj_t * b = lv_list_add_button(list, LV_SYMBOL_FILE, "Open");
    EXPECT_TRUE(lv_obj_check_type(t, &lv_list_text_class));
    EXPECT_TRUE(lv_obj_has_class(b, &lv_button_class));
    EXPECT_EQ(lv_obj_get_child_count(b), 2u);
    EXPECT_STREQ(lv_list_get_button_text(list, b), "Open");
    lv_list_set_button_text(list, b, "Close");
    EXPECT_STREQ(lv_list_get_button_text(list, b), "Close");
    lv_obj_t * plain = lv_list_add_button(list, nullptr, "Plain");
    EXPECT_EQ(lv_obj_get_child_count(plain), 1u);
}

TEST_F(ChoiceTest, ModalMsgboxLivesOnABackdrop)
{
    lv_obj_t * mb = lv_msgbox_create(nullptr);
    lv_obj_t * backdrop = lv_obj_get_parent(mb);
    EXPECT_TRUE(lv_obj_check_type(backdrop, &lv_msgbox_backdrop_class));
    EXPECT_EQ(lv_obj_get_parent(backdrop), lv_layer_top());
    lv_obj_t * title = lv_msgbox_add_title(mb, "Title");
    EXPECT_EQ(lv_msgbox_get_title(mb), title);
    EXPECT_EQ(lv_obj_get_child(mb, 0), lv_msgbox_get_header(mb));
    lv_msgbox_add_text(mb, "Body");
    EXPECT_EQ(lv_obj_get_child_count(lv_msgbox_get_content(mb)), 1u);
    lv_obj_t * close = lv_msgbox_add_close_button(mb);
    lv_msgbox_add_footer_button(mb, "OK");
    EXPECT_NE(lv_msgbox_get_footer(mb), nullptr);
    lv_obj_send_event(close, LV_EVENT_CLICKED, nullptr);
    run_ms(40);
    EXPECT_FALSE(lv_obj_is_valid(backdrop));
}
