// Input devices and groups: pointer clicks, long press, drag scrolling, keypad/encoder focus.
#include "lv_fixture.h"

namespace {

struct Input {
    lv_point_t point = {0, 0};
    lv_indev_state_t state = LV_INDEV_STATE_RELEASED;
    uint32_t key = 0;
    int16_t enc_diff = 0;
};
Input g_in;
std::vector<std::string> g_events;

void read_cb(lv_indev_t *, lv_indev_data_t * d)
{
    d->point = g_in.point;
    d->state = g_in.state;
    d->key = g_in.key;
    d->enc_diff = g_in.enc_diff;
    g_in.enc_diff = 0;
}

void log_cb(lv_event_t * e) { g_events.push_back(lv_event_code_get_name(lv_event_get_code(e))); }

class IndevTest : public LvTest {
protected:
    void SetUp() override
    {
        LvTest::SetUp();
        g_in = Input();
        g_events.clear();
    }
    lv_indev_t * make(lv_indev_type_t type)
    {
        lv_indev_t * indev = lv_indev_create();
        lv_indev_set_type(indev, type);
        lv_indev_set_read_cb(indev, read_cb);
        return indev;
    }
    void step() { run_ms(LV_DEF_REFR_PERIOD); }
    bool logged(const char * name)
    {
        for(const auto & s : g_events) {
            if(s == name) return true;
        }
        return false;
    }
};

} // namespace

TEST_F(IndevTest, PointerClick)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_pos(b, 10, 10);
    lv_obj_set_size(b, 50, 30);
    lv_obj_add_event_cb(b, log_cb, LV_EVENT_ALL, nullptr);
    lv_obj_update_layout(b);
    g_in.point = {20, 20};
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    EXPECT_TRUE(logged("PRESSED"));
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_PRESSED));
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_TRUE(logged("RELEASED"));
    EXPECT_TRUE(logged("SHORT_CLICKED"));
    EXPECT_TRUE(logged("CLICKED"));
    EXPECT_FALSE(lv_obj_has_state(b, LV_STATE_PRESSED));
}

TEST_F(IndevTest, TransformedObjectsAreHitWhereTheyAreDrawn)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_pos(b, 10, 10);
    lv_obj_set_size(b, 50, 30);
    lv_obj_add_event_cb(b, log_cb, LV_EVENT_PRESSED, nullptr);
    lv_matrix_t m;
    lv_matrix_identity(&m);
    lv_matrix_translate(&m, 150, 100);
    lv_obj_set_transform(b, &m);
    lv_obj_update_layout(b);
    g_in.point = {20, 20}; /* where it would be without the matrix */
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    EXPECT_FALSE(logged("PRESSED"));
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    g_in.point = {170, 120}; /* where it is drawn */
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    EXPECT_TRUE(logged("PRESSED"));
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();

    /* a style rotation of 90 degrees around the top-left corner */
    g_events.clear();
    lv_obj_reset_transform(b);
    lv_obj_set_style_transform_rotation(b, 900, 0);
    lv_obj_set_style_transform_pivot_x(b, 0, 0);
    lv_obj_set_style_transform_pivot_y(b, 0, 0);
    g_in.point = {0, 40}; /* x 10-30 .. 10, y 10 .. 10+50 after the turn */
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    EXPECT_TRUE(logged("PRESSED"));
}

TEST_F(IndevTest, CheckableTogglesOnClick)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_add_flag(b, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_set_size(b, 50, 30);
    lv_obj_update_layout(b);
    g_in.point = {5, 5};
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_CHECKED));
}

TEST_F(IndevTest, LongPress)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_size(b, 50, 30);
    lv_obj_add_event_cb(b, log_cb, LV_EVENT_ALL, nullptr);
    lv_obj_update_layout(b);
    g_in.point = {5, 5};
    g_in.state = LV_INDEV_STATE_PRESSED;
    run_ms(600);
    EXPECT_TRUE(logged("LONG_PRESSED"));
    EXPECT_TRUE(logged("LONG_PRESSED_REPEAT"));
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_FALSE(logged("SHORT_CLICKED"));
    EXPECT_TRUE(logged("CLICKED"));
}

TEST_F(IndevTest, DragScrollsTheParent)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * cont = lv_obj_create(scr);
    lv_obj_set_size(cont, 100, 100);
    lv_obj_t * tall = lv_obj_create(cont);
    lv_obj_set_size(tall, 50, 400);
    lv_obj_add_event_cb(cont, log_cb, LV_EVENT_ALL, nullptr);
    lv_obj_update_layout(cont);
    g_in.point = {40, 80};
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    for(int y = 75; y >= 20; y -= 5) {
        g_in.point.y = y;
        step();
    }
    EXPECT_TRUE(logged("SCROLL_BEGIN"));
    EXPECT_GT(lv_obj_get_scroll_y(cont), 30);
    g_in.state = LV_INDEV_STATE_RELEASED;
    run_ms(1000);
    EXPECT_TRUE(logged("SCROLL_END"));
    EXPECT_GE(lv_obj_get_scroll_y(cont), 0);
}

TEST_F(IndevTest, KeypadMovesFocusAndClicks)
{
    lv_group_t * g = lv_group_create();
    lv_indev_t * kp = make(LV_INDEV_TYPE_KEYPAD);
    lv_indev_set_group(kp, g);
    lv_obj_t * a = lv_button_create(scr);
    lv_obj_t * b = lv_button_create(scr);
    lv_group_add_obj(g, a);
    lv_group_add_obj(g, b);
    EXPECT_EQ(lv_group_get_focused(g), a);
    EXPECT_TRUE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    lv_obj_add_event_cb(b, log_cb, LV_EVENT_ALL, nullptr);
    g_in.key = LV_KEY_NEXT;
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_EQ(lv_group_get_focused(g), b);
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_FOCUS_KEY));
    EXPECT_FALSE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    g_in.key = LV_KEY_ENTER;
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_TRUE(logged("CLICKED"));
    g_in.key = 'x';
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    g_in.state = LV_INDEV_STATE_RELEASED;
    step();
    EXPECT_TRUE(logged("KEY"));
}

TEST_F(IndevTest, EncoderTurnsFocusWraps)
{
    lv_group_t * g = lv_group_create();
    lv_indev_t * enc = make(LV_INDEV_TYPE_ENCODER);
    lv_indev_set_group(enc, g);
    lv_obj_t * a = lv_button_create(scr);
    lv_obj_t * b = lv_button_create(scr);
    lv_group_add_obj(g, a);
    lv_group_add_obj(g, b);
    g_in.enc_diff = 1;
    step();
    EXPECT_EQ(lv_group_get_focused(g), b);
    g_in.enc_diff = 1;
    step();
    EXPECT_EQ(lv_group_get_focused(g), a); /* wraps */
    lv_group_set_wrap(g, false);
    g_in.enc_diff = -1;
    step();
    EXPECT_EQ(lv_group_get_focused(g), a);
}

TEST_F(IndevTest, DefaultGroupAndDeletion)
{
    lv_group_t * g = lv_group_create();
    lv_group_set_default(g);
    lv_obj_t * a = lv_button_create(scr);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_create(scr); /* plain objects do not join */
    EXPECT_EQ(lv_group_get_obj_count(g), 2u);
    EXPECT_EQ(lv_obj_get_group(a), g);
    lv_obj_delete(a);
    EXPECT_EQ(lv_group_get_obj_count(g), 1u);
    EXPECT_EQ(lv_group_get_focused(g), b);
    lv_group_delete(g);
    EXPECT_EQ(lv_group_get_default(), nullptr);
    EXPECT_EQ(lv_obj_get_group(b), nullptr);
}

TEST_F(IndevTest, HoverStateFollowsAReleasedPointer)
{
    make(LV_INDEV_TYPE_POINTER);
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_size(b, 50, 30);
    lv_obj_add_event_cb(b, log_cb, LV_EVENT_ALL, nullptr);
    lv_obj_update_layout(b);
    g_in.point = {10, 10};
    step();
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_HOVERED));
    EXPECT_TRUE(logged("HOVER_OVER"));
    g_in.point = {200, 200};
    step();
    EXPECT_FALSE(lv_obj_has_state(b, LV_STATE_HOVERED));
    EXPECT_TRUE(logged("HOVER_LEAVE"));
}

TEST_F(IndevTest, SwipeOnANonScrollableObjectIsAGesture)
{
    make(LV_INDEV_TYPE_POINTER);
    static lv_dir_t dir = LV_DIR_NONE;
    lv_obj_t * b = lv_button_create(scr);
    lv_obj_set_size(b, 200, 100);
    lv_obj_remove_flag(b, LV_OBJ_FLAG_GESTURE_BUBBLE);
    lv_obj_remove_flag(scr, LV_OBJ_FLAG_SCROLLABLE); /* else the drag scrolls the screen */
    lv_obj_add_event_cb(b, [](lv_event_t * e) { dir = lv_indev_get_gesture_dir(lv_event_get_indev(e)); }, LV_EVENT_GESTURE,
                        nullptr);
    lv_obj_update_layout(b);
    g_in.point = {150, 50};
    g_in.state = LV_INDEV_STATE_PRESSED;
    step();
    for(int x = 140; x >= 60; x -= 10) {
        g_in.point.x = x;
        step();
    }
    EXPECT_EQ(dir, LV_DIR_LEFT);
}
