// Grid navigation with a real keypad: arrows move the focus by position, Enter clicks the
// focused child, SCROLL_FIRST scrolls a scrollable child first, the focused child scrolls
// into view, deleting the focused child or removing gridnav leaves no dangling state.
#include "../widgets/widget_fixture.h"

namespace {

uint32_t g_key;
lv_indev_state_t g_state = LV_INDEV_STATE_RELEASED;

void read_keys(lv_indev_t *, lv_indev_data_t * d)
{
    d->key = g_key;
    d->state = g_state;
}

class GridnavTest : public WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        g_state = LV_INDEV_STATE_RELEASED;
        group = lv_group_create();
        kp = lv_indev_create();
        lv_indev_set_type(kp, LV_INDEV_TYPE_KEYPAD);
        lv_indev_set_read_cb(kp, read_keys);
        lv_indev_set_group(kp, group);
        cont = lv_obj_create(scr);
        lv_obj_set_size(cont, 300, 120);
        lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_ROW_WRAP);
    }

    lv_obj_t * add_button(int32_t w, int32_t h)
    {
        lv_obj_t * b = lv_button_create(cont);
        lv_obj_set_size(b, w, h);
        lv_group_remove_obj(b);
        return b;
    }

    void key(uint32_t k)
    {
        g_key = k;
        g_state = LV_INDEV_STATE_PRESSED;
        run_ms(40);
        g_state = LV_INDEV_STATE_RELEASED;
        run_ms(40);
    }

    void start(lv_gridnav_ctrl_t ctrl)
    {
        lv_obj_update_layout(cont);
        lv_gridnav_add(cont, ctrl);
        lv_group_add_obj(group, cont);
    }

    lv_group_t * group = nullptr;
    lv_indev_t * kp = nullptr;
    lv_obj_t * cont = nullptr;
};

int clicks;
void count_click(lv_event_t *) { clicks++; }

} // namespace

TEST_F(GridnavTest, ArrowsFollowPositionsNotChildOrder)
{
    lv_obj_set_layout(cont, LV_LAYOUT_NONE);
    /* children created in an order unlike their places: b is right of a, c below a */
    lv_obj_t * c = add_button(60, 30);
    lv_obj_set_pos(c, 0, 60);
    lv_obj_t * b = add_button(60, 30);
    lv_obj_set_pos(b, 100, 0);
    lv_obj_t * a = add_button(60, 30);
    lv_obj_set_pos(a, 0, 0);
    start(LV_GRIDNAV_CTRL_NONE);
    lv_gridnav_set_focused(cont, a, LV_ANIM_OFF);
    EXPECT_TRUE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    key(LV_KEY_RIGHT);
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY));
    EXPECT_FALSE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    key(LV_KEY_RIGHT); /* nothing further right, no rollover: stays */
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_FOCUSED));
    key(LV_KEY_LEFT);
    key(LV_KEY_DOWN);
    EXPECT_TRUE(lv_obj_has_state(c, LV_STATE_FOCUSED));
    EXPECT_EQ(lv_group_get_focused(group), cont);
}

TEST_F(GridnavTest, EnterClicksTheFocusedChild)
{
    add_button(80, 40);
    lv_obj_t * second = add_button(80, 40);
    clicks = 0;
    lv_obj_add_event_cb(second, count_click, LV_EVENT_CLICKED, nullptr);
    start(LV_GRIDNAV_CTRL_NONE);
    key(LV_KEY_ENTER);
    EXPECT_EQ(clicks, 0);
    key(LV_KEY_RIGHT);
    key(LV_KEY_ENTER);
    EXPECT_EQ(clicks, 1);
}

TEST_F(GridnavTest, HorizontalOnlyLeavesUpDownToTheChild)
{
    lv_obj_t * a = add_button(130, 40);
    add_button(130, 40);
    lv_obj_t * below = add_button(130, 40);
    start(LV_GRIDNAV_CTRL_HORIZONTAL_MOVE_ONLY);
    key(LV_KEY_DOWN);
    EXPECT_TRUE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    EXPECT_FALSE(lv_obj_has_state(below, LV_STATE_FOCUSED));
}

TEST_F(GridnavTest, ScrollFirstScrollsAScrollableChildBeforeMoving)
{
    lv_obj_t * list = lv_obj_create(cont);
    lv_group_remove_obj(list);
    lv_obj_set_size(list, 120, 80);
    lv_obj_t * tall = lv_obj_create(list);
    lv_obj_set_size(tall, 80, 300);
    lv_obj_t * other = add_button(60, 40);
    lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_height(cont, 200);
    start(LV_GRIDNAV_CTRL_SCROLL_FIRST);
    EXPECT_TRUE(lv_obj_has_state(list, LV_STATE_FOCUSED));
    key(LV_KEY_DOWN);
    run_ms(500);
    EXPECT_GT(lv_obj_get_scroll_y(list), 0);
    EXPECT_TRUE(lv_obj_has_state(list, LV_STATE_FOCUSED));
    for(int i = 0; i < 20 && !lv_obj_has_state(other, LV_STATE_FOCUSED); i++) {
        key(LV_KEY_DOWN);
        run_ms(500);
    }
    EXPECT_EQ(lv_obj_get_scroll_bottom(list), 0);
    EXPECT_TRUE(lv_obj_has_state(other, LV_STATE_FOCUSED));
}

TEST_F(GridnavTest, FocusedChildIsScrolledIntoView)
{
    lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_COLUMN);
    lv_obj_t * last = nullptr;
    for(int i = 0; i < 8; i++) last = add_button(100, 40);
    start(LV_GRIDNAV_CTRL_NONE);
    EXPECT_EQ(lv_obj_get_scroll_y(cont), 0);
    for(int i = 0; i < 7; i++) key(LV_KEY_DOWN);
    run_ms(500);
    EXPECT_TRUE(lv_obj_has_state(last, LV_STATE_FOCUSED));
    EXPECT_GT(lv_obj_get_scroll_y(cont), 0);
    lv_area_t c, b;
    lv_obj_get_coords(cont, &c);
    lv_obj_get_coords(last, &b);
    EXPECT_LE(b.y2, c.y2);
}

TEST_F(GridnavTest, DeletedFocusedChildAndRemove)
{
    lv_obj_t * a = add_button(80, 40);
    lv_obj_t * b = add_button(80, 40);
    start(LV_GRIDNAV_CTRL_ROLLOVER);
    EXPECT_TRUE(lv_obj_has_state(a, LV_STATE_FOCUSED));
    lv_obj_delete(a);
    lv_obj_update_layout(cont);
    key(LV_KEY_RIGHT); /* the deleted child is forgotten: the first child is focused */
    EXPECT_TRUE(lv_obj_has_state(b, LV_STATE_FOCUSED));
    lv_gridnav_remove(cont);
    EXPECT_FALSE(lv_obj_has_state(b, LV_STATE_FOCUSED));
    lv_gridnav_remove(cont); /* twice is harmless */
    lv_gridnav_set_focused(cont, b, LV_ANIM_OFF);
    EXPECT_FALSE(lv_obj_has_state(b, LV_STATE_FOCUSED));
    lv_gridnav_add(cont, LV_GRIDNAV_CTRL_NONE);
    lv_obj_delete(cont); /* frees the state with the container */
}

TEST_F(GridnavTest, ListSeparatorsAndHiddenChildrenAreSkipped)
{
    lv_obj_t * list = lv_list_create(scr);
    lv_obj_set_size(list, 150, 200);
    lv_list_add_text(list, "Section 1");
    lv_obj_t * first = lv_list_add_button(list, nullptr, "File 1");
    lv_obj_t * hidden = lv_list_add_button(list, nullptr, "Hidden");
    lv_obj_add_flag(hidden, LV_OBJ_FLAG_HIDDEN);
    lv_list_add_text(list, "Section 2");
    lv_obj_t * second = lv_list_add_button(list, nullptr, "File 2");
    lv_group_remove_obj(first);
    lv_group_remove_obj(hidden);
    lv_group_remove_obj(second);
    lv_obj_update_layout(list);
    lv_gridnav_add(list, LV_GRIDNAV_CTRL_ROLLOVER);
    lv_group_add_obj(group, list);
    EXPECT_TRUE(lv_obj_has_state(first, LV_STATE_FOCUSED));
    key(LV_KEY_DOWN);
    EXPECT_TRUE(lv_obj_has_state(second, LV_STATE_FOCUSED));
    key(LV_KEY_DOWN); /* rollover: back to the first button, not the separator */
    EXPECT_TRUE(lv_obj_has_state(first, LV_STATE_FOCUSED));
}
