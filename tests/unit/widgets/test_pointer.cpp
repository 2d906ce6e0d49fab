// Widgets driven by a pointer input device: slider dragging, button matrix presses.
#include "widget_fixture.h"

namespace {

struct pointer_t {
    lv_point_t point = {0, 0};
    lv_indev_state_t state = LV_INDEV_STATE_RELEASED;
};
pointer_t g_ptr;

void read_cb(lv_indev_t *, lv_indev_data_t * d)
{
    d->point = g_ptr.point;
    d->state = g_ptr.state;
}

class PointerTest : public WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        g_ptr = pointer_t();
        lv_indev_t * indev = lv_indev_create();
        lv_indev_set_type(indev, LV_INDEV_TYPE_POINTER);
        lv_indev_set_read_cb(indev, read_cb);
    }
    void press(int32_t x, int32_t y)
    {
        g_ptr.point = {x, y};
        g_ptr.state = LV_INDEV_STATE_PRESSED;
        run_ms(2 * LV_DEF_REFR_PERIOD);
    }
    void release()
    {
        g_ptr.state = LV_INDEV_STATE_RELEASED;
        run_ms(2 * LV_DEF_REFR_PERIOD);
    }
};

} // namespace

TEST_F(PointerTest, SliderFollowsTheDrag)
{
    lv_obj_t * s = lv_slider_create(scr);
    lv_obj_set_size(s, 200, 20);
    lv_obj_set_pos(s, 50, 100);
    lv_obj_set_style_pad_all(s, 0, 0);
    lv_obj_update_layout(scr);
    int changes = 0;
    lv_obj_add_event_cb(s, [](lv_event_t * e) { (*static_cast<int *>(lv_event_get_user_data(e)))++; }, LV_EVENT_VALUE_CHANGED,
                        &changes);
    press(50 + 100, 110);
    EXPECT_EQ(lv_slider_get_value(s), 50);
    EXPECT_TRUE(lv_slider_is_dragged(s));
    press(50 + 150, 110);
    EXPECT_EQ(lv_slider_get_value(s), 75);
    release();
    EXPECT_FALSE(lv_slider_is_dragged(s));
    EXPECT_GE(changes, 2);
}

TEST_F(PointerTest, RangeSliderMovesTheNearerKnob)
{
    lv_obj_t * s = lv_slider_create(scr);
    lv_obj_set_size(s, 200, 20);
    lv_obj_set_pos(s, 50, 100);
    lv_obj_set_style_pad_all(s, 0, 0);
    lv_slider_set_mode(s, LV_SLIDER_MODE_RANGE);
    lv_slider_set_value(s, 80, LV_ANIM_OFF);
    lv_slider_set_start_value(s, 20, LV_ANIM_OFF);
    lv_refr_now(disp); /* the knob areas are known once drawn */
    press(50 + 50, 110); /* near the start knob (at 40 px) */
    release();
    EXPECT_EQ(lv_slider_get_left_value(s), 25);
    EXPECT_EQ(lv_slider_get_value(s), 80);
}

TEST_F(PointerTest, ButtonMatrixReportsThePressedButton)
{
    static const char * const map[] = {"A", "B", "\n", "C", "D", ""};
    lv_obj_t * bm = lv_buttonmatrix_create(scr);
    lv_buttonmatrix_set_map(bm, map);
    lv_obj_set_size(bm, 200, 100);
    lv_obj_set_pos(bm, 0, 0);
    lv_obj_set_style_pad_all(bm, 0, 0);
    lv_obj_set_style_pad_gap(bm, 0, 0);
    lv_obj_set_style_border_width(bm, 0, 0);
    lv_obj_update_layout(scr);
    uint32_t reported = 0xFFFF;
    lv_obj_add_event_cb(
        bm, [](lv_event_t * e) { *static_cast<uint32_t *>(lv_event_get_user_data(e)) = *static_cast<uint32_t *>(lv_event_get_param(e)); },
        LV_EVENT_VALUE_CHANGED, &reported);
    press(150, 75);
    release();
    EXPECT_EQ(reported, 3u);
    EXPECT_EQ(lv_buttonmatrix_get_selected_button(bm), 3u);
}
