// The scripted indev drives widgets through the engine's normal input path.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lv_indev_script.h"
#include "lvgl.h"

namespace {

class IndevScript : public ::testing::Test {
protected:
    static constexpr int W = 320;
    static constexpr int H = 240;
    std::vector<uint8_t> fb = std::vector<uint8_t>(W * H * 4);
    lv_display_t * disp = nullptr;

    static void flush_cb(lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); }

    void SetUp() override
    {
        lv_init();
        disp = lv_display_create(W, H);
        lv_display_set_color_format(disp, LV_COLOR_FORMAT_XRGB8888);
        lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
        lv_display_set_flush_cb(disp, flush_cb);
    }
    void TearDown() override { lv_deinit(); }

    /** Advances the virtual clock in refresh periods for ms milliseconds. */
    void run_for(uint32_t ms)
    {
        for(uint32_t t = 0; t < ms; t += 10) {
            lv_tick_inc(10);
            lv_timer_handler();
        }
    }
    void run_until_done(lv_indev_t * indev)
    {
        for(int i = 0; i < 1000 && !lv_indev_script_is_done(indev); i++) run_for(10);
        run_for(100);
    }
};

void count_event(lv_event_t * e) { (*static_cast<int *>(lv_event_get_user_data(e)))++; }

TEST_F(IndevScript, ClickOnAButtonSendsClicked)
{
    lv_obj_t * btn = lv_button_create(lv_screen_active());
    lv_obj_set_size(btn, 100, 40);
    lv_obj_set_pos(btn, 50, 60);
    int clicks = 0;
    lv_obj_add_event_cb(btn, count_event, LV_EVENT_CLICKED, &clicks);
    lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
    ASSERT_NE(ptr, nullptr);
    ASSERT_TRUE(lv_indev_script_click(ptr, 10, 10, 0)); // outside the button
    ASSERT_TRUE(lv_indev_script_click(ptr, 100, 80, 100));
    run_until_done(ptr);
    EXPECT_EQ(clicks, 1);
}

TEST_F(IndevScript, StepsWaitForTheirTime)
{
    lv_obj_t * btn = lv_button_create(lv_screen_active());
    lv_obj_set_size(btn, 100, 40);
    int presses = 0;
    lv_obj_add_event_cb(btn, count_event, LV_EVENT_PRESSED, &presses);
    lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
    lv_indev_script_press(ptr, 20, 20, 500);
    run_for(400);
    EXPECT_EQ(presses, 0);
    EXPECT_EQ(lv_indev_script_pending(ptr), 1u);
    run_for(200);
    EXPECT_EQ(presses, 1);
    EXPECT_TRUE(lv_indev_script_is_done(ptr));
    EXPECT_EQ(lv_indev_get_state(ptr), LV_INDEV_STATE_PRESSED);
}

TEST_F(IndevScript, DragMovesASlider)
{
    lv_obj_t * slider = lv_slider_create(lv_screen_active());
    lv_obj_set_size(slider, 200, 10);
    lv_obj_set_pos(slider, 50, 100);
    lv_slider_set_range(slider, 0, 100);
    lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
    lv_indev_script_drag(ptr, 52, 105, 250, 105, 300, 10);
    run_until_done(ptr);
    EXPECT_GT(lv_slider_get_value(slider), 90);
}

TEST_F(IndevScript, DragScrollsAList)
{
    lv_obj_t * list = lv_list_create(lv_screen_active());
    lv_obj_set_size(list, 200, 200);
    for(int i = 0; i < 20; i++) lv_list_add_button(list, nullptr, ("Item " + std::to_string(i)).c_str());
    lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
    lv_indev_script_drag(ptr, 100, 180, 100, 40, 300, 15);
    run_until_done(ptr);
    EXPECT_GT(lv_obj_get_scroll_y(list), 100);
}

TEST_F(IndevScript, KeypadTypesIntoAFocusedTextarea)
{
    lv_group_t * g = lv_group_create();
    lv_group_set_default(g);
    lv_obj_t * ta = lv_textarea_create(lv_screen_active());
    lv_indev_t * kp = lv_indev_script_create(LV_INDEV_TYPE_KEYPAD);
    ASSERT_NE(kp, nullptr);
    lv_indev_script_text(kp, "h\xC3\xA9llo", 0);  // é: one code point from two bytes
    lv_indev_script_key(kp, LV_KEY_BACKSPACE, 0);
    lv_indev_script_key(kp, '!', 0);
    run_until_done(kp);
    EXPECT_STREQ(lv_textarea_get_text(ta), "h\xC3\xA9ll!");
}

TEST_F(IndevScript, EncoderMovesFocus)
{
    lv_group_t * g = lv_group_create();
    lv_group_set_default(g);
    lv_obj_t * a = lv_button_create(lv_screen_active());
    lv_obj_t * b = lv_button_create(lv_screen_active());
    lv_obj_t * c = lv_button_create(lv_screen_active());
    (void)a;
    (void)b;
    lv_indev_t * enc = lv_indev_script_create(LV_INDEV_TYPE_ENCODER);
    lv_indev_script_turn(enc, 2, 0);
    run_until_done(enc);
    EXPECT_EQ(lv_group_get_focused(g), c);
    int clicks = 0;
    lv_obj_add_event_cb(c, count_event, LV_EVENT_CLICKED, &clicks);
    lv_indev_script_encoder_press(enc, 0);
    lv_indev_script_encoder_release(enc, 50);
    run_until_done(enc);
    EXPECT_EQ(clicks, 1);
}

TEST_F(IndevScript, WrongStepsForTheTypeAreRefused)
{
    lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
    lv_indev_t * kp = lv_indev_script_create(LV_INDEV_TYPE_KEYPAD);
    EXPECT_FALSE(lv_indev_script_key(ptr, 'a', 0));
    EXPECT_FALSE(lv_indev_script_press(kp, 1, 1, 0));
    EXPECT_FALSE(lv_indev_script_turn(kp, 1, 0));
    EXPECT_FALSE(lv_indev_script_text(kp, nullptr, 0));
    EXPECT_EQ(lv_indev_script_create(LV_INDEV_TYPE_BUTTON), nullptr);
    EXPECT_TRUE(lv_indev_script_is_done(nullptr));
    lv_indev_script_click(ptr, 5, 5, 1000);
    lv_indev_script_clear(ptr);
    EXPECT_TRUE(lv_indev_script_is_done(ptr));
}

} // namespace
