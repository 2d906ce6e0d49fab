// Textarea editing, keyboard typing, button matrix controls and events.
#include "widget_fixture.h"

#include <string>

using TextareaTest = WidgetTest;

TEST_F(TextareaTest, InsertsAtTheCursorAndDeletes)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    EXPECT_STREQ(lv_textarea_get_text(ta), "");
    lv_textarea_add_text(ta, "Hello");
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 5u);
    lv_textarea_set_cursor_pos(ta, 0);
    lv_textarea_add_char(ta, '>');
    EXPECT_STREQ(lv_textarea_get_text(ta), ">Hello");
    lv_textarea_cursor_right(ta);
    lv_textarea_delete_char(ta);
    EXPECT_STREQ(lv_textarea_get_text(ta), ">ello");
    lv_textarea_delete_char_forward(ta);
    EXPECT_STREQ(lv_textarea_get_text(ta), ">llo");
    lv_textarea_set_cursor_pos(ta, -1);
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u);
    lv_textarea_set_cursor_pos(ta, LV_TEXTAREA_CURSOR_LAST);
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 4u);
    EXPECT_EQ(lv_textarea_get_current_char(ta), static_cast<uint32_t>('o'));
}

TEST_F(TextareaTest, HandlesUtf8)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_text(ta, "a\xC3\xA9z"); /* a, e-acute, z */
    EXPECT_EQ(lv_textarea_get_cursor_pos(ta), 3u);
    lv_textarea_cursor_left(ta);
    lv_textarea_delete_char(ta);
    EXPECT_STREQ(lv_textarea_get_text(ta), "az");
    lv_textarea_add_char(ta, 0xE9); /* a code point */
    EXPECT_STREQ(lv_textarea_get_text(ta), "a\xC3\xA9z");
}

TEST_F(TextareaTest, AcceptedCharsMaxLengthAndOneLine)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_accepted_chars(ta, "0123456789");
    lv_textarea_set_max_length(ta, 4);
    lv_textarea_add_text(ta, "1a2b3c4d5e");
    EXPECT_STREQ(lv_textarea_get_text(ta), "1234");
    lv_textarea_set_text(ta, "98x7");
    EXPECT_STREQ(lv_textarea_get_text(ta), "987");

    lv_obj_t * one = lv_textarea_create(scr);
    lv_textarea_set_one_line(one, true);
    EXPECT_TRUE(lv_textarea_get_one_line(one));
    lv_textarea_add_text(one, "ab\ncd");
    EXPECT_STREQ(lv_textarea_get_text(one), "abcd");
}

TEST_F(TextareaTest, PasswordShowsBulletsAfterTheShowTime)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_textarea_set_password_mode(ta, true);
    lv_textarea_set_text(ta, "abc");
    EXPECT_STREQ(lv_textarea_get_text(ta), "abc");
    const std::string bullet = lv_textarea_get_password_bullet(ta);
    EXPECT_EQ(std::string(lv_label_get_text(lv_textarea_get_label(ta))), bullet + bullet + bullet);
    lv_textarea_add_char(ta, 'd');
    EXPECT_EQ(std::string(lv_label_get_text(lv_textarea_get_label(ta))), bullet + bullet + bullet + "d");
    run_ms(LV_TEXTAREA_DEF_PWD_SHOW_TIME + 50);
    EXPECT_EQ(std::string(lv_label_get_text(lv_textarea_get_label(ta))), bullet + bullet + bullet + bullet);
    EXPECT_STREQ(lv_textarea_get_text(ta), "abcd");
    lv_textarea_set_password_mode(ta, false);
    EXPECT_STREQ(lv_label_get_text(lv_textarea_get_label(ta)), "abcd");
}

TEST_F(TextareaTest, InsertEventCanReplaceTheText)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_obj_add_event_cb(
        ta,
        [](lv_event_t * e) {
            const char * txt = static_cast<const char *>(lv_event_get_param(e));
            if(txt && txt[0] == 'x') lv_textarea_set_insert_replace(lv_event_get_current_target_obj(e), "");
            else if(txt && txt[0] == 'y') lv_textarea_set_insert_replace(lv_event_get_current_target_obj(e), "Y!");
        },
        LV_EVENT_INSERT, nullptr);
    int changes = 0;
    lv_obj_add_event_cb(ta, [](lv_event_t * e) { (*static_cast<int *>(lv_event_get_user_data(e)))++; }, LV_EVENT_VALUE_CHANGED,
                        &changes);
    lv_textarea_add_char(ta, 'a');
    lv_textarea_add_char(ta, 'x');
    lv_textarea_add_char(ta, 'y');
    EXPECT_STREQ(lv_textarea_get_text(ta), "aY!");
    EXPECT_EQ(changes, 2);
}

TEST_F(TextareaTest, PlaceholderIsKept)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    EXPECT_STREQ(lv_textarea_get_placeholder_text(ta), "");
    lv_textarea_set_placeholder_text(ta, "Type");
    EXPECT_STREQ(lv_textarea_get_placeholder_text(ta), "Type");
}

using ButtonmatrixTest = WidgetTest;

TEST_F(ButtonmatrixTest, MapTextsSkipRowBreaks)
{
    static const char * const map[] = {"A", "B", "\n", "C", ""};
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(bm, map);
    EXPECT_STREQ(lv_buttonmatrix_get_button_text(bm, 2), "C");
    EXPECT_EQ(lv_buttonmatrix_get_button_text(bm, 3), nullptr);
    EXPECT_EQ(lv_buttonmatrix_get_map(bm), map);
}

TEST_F(ButtonmatrixTest, OneCheckedKeepsASingleButton)
{
    lv_obj_t * bm = lv_buttonmatrix_create(scr); /* default map: 5 buttons */
    lv_buttonmatrix_set_button_ctrl_all(bm, LV_BUTTONMATRIX_CTRL_CHECKABLE);
    lv_buttonmatrix_set_one_checked(bm, true);
    lv_buttonmatrix_set_button_ctrl(bm, 1, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_buttonmatrix_set_button_ctrl(bm, 3, LV_BUTTONMATRIX_CTRL_CHECKED);
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 1, LV_BUTTONMATRIX_CTRL_CHECKED));
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 3, LV_BUTTONMATRIX_CTRL_CHECKED));
    lv_buttonmatrix_clear_button_ctrl(bm, 3, LV_BUTTONMATRIX_CTRL_CHECKED);
    EXPECT_FALSE(lv_buttonmatrix_has_button_ctrl(bm, 3, LV_BUTTONMATRIX_CTRL_CHECKED));
}

TEST_F(ButtonmatrixTest, PressAndReleaseToggleAndReportTheButton)
{
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKABLE);
    uint32_t reported = 0xFFFFFFFF;
    lv_obj_add_event_cb(
        bm, [](lv_event_t * e) { *static_cast<uint32_t *>(lv_event_get_user_data(e)) = *static_cast<uint32_t *>(lv_event_get_param(e)); },
        LV_EVENT_VALUE_CHANGED, &reported);
    lv_buttonmatrix_set_selected_button(bm, 2);
    lv_obj_send_event(bm, LV_EVENT_PRESSED, nullptr);
    EXPECT_EQ(reported, 2u);
    lv_obj_send_event(bm, LV_EVENT_RELEASED, nullptr);
    EXPECT_TRUE(lv_buttonmatrix_has_button_ctrl(bm, 2, LV_BUTTONMATRIX_CTRL_CHECKED));
    /* disabled buttons do nothing */
    reported = 0xFFFFFFFF;
    lv_buttonmatrix_set_button_ctrl(bm, 4, LV_BUTTONMATRIX_CTRL_DISABLED);
    lv_buttonmatrix_set_selected_button(bm, 4);
    lv_obj_send_event(bm, LV_EVENT_PRESSED, nullptr);
    EXPECT_EQ(reported, 0xFFFFFFFFu);
}

using KeyboardTest = WidgetTest;

/** Presses the keyboard key with this text as the input device would. */
static void press_key(lv_obj_t * kb, const char * txt)
{
    for(uint32_t i = 0; lv_buttonmatrix_get_button_text(kb, i); i++) {
        if(std::string(lv_buttonmatrix_get_button_text(kb, i)) == txt) {
            lv_buttonmatrix_set_selected_button(kb, i);
            lv_obj_send_event(kb, LV_EVENT_PRESSED, nullptr);
            lv_obj_send_event(kb, LV_EVENT_RELEASED, nullptr);
            return;
        }
    }
    ADD_FAILURE() << "no key " << txt;
}

TEST_F(KeyboardTest, TypesIntoTheLinkedTextarea)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_obj_t * kb = lv_keyboard_create(scr);
    lv_keyboard_set_textarea(kb, ta);
    EXPECT_EQ(lv_keyboard_get_textarea(kb), ta);
    EXPECT_TRUE(lv_obj_has_state(ta, LV_STATE_FOCUSED));
    press_key(kb, "h");
    press_key(kb, "i");
    EXPECT_STREQ(lv_textarea_get_text(ta), "hi");
    press_key(kb, LV_SYMBOL_BACKSPACE);
    EXPECT_STREQ(lv_textarea_get_text(ta), "h");
    press_key(kb, "ABC");
    EXPECT_EQ(lv_keyboard_get_mode(kb), LV_KEYBOARD_MODE_TEXT_UPPER);
    press_key(kb, "Q");
    EXPECT_STREQ(lv_textarea_get_text(ta), "hQ");
    lv_keyboard_set_mode(kb, LV_KEYBOARD_MODE_NUMBER);
    press_key(kb, "+/-");
    EXPECT_STREQ(lv_textarea_get_text(ta), "-hQ");
    press_key(kb, "+/-");
    EXPECT_STREQ(lv_textarea_get_text(ta), "+hQ");
}

TEST_F(KeyboardTest, OkSendsReady)
{
    lv_obj_t * ta = lv_textarea_create(scr);
    lv_obj_t * kb = lv_keyboard_create(scr);
    lv_keyboard_set_textarea(kb, ta);
    bool ready = false;
    lv_obj_add_event_cb(ta, [](lv_event_t * e) { *static_cast<bool *>(lv_event_get_user_data(e)) = true; }, LV_EVENT_READY, &ready);
    press_key(kb, LV_SYMBOL_OK);
    EXPECT_TRUE(ready);
}
