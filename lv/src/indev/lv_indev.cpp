/**
 * @file lv_indev.cpp
 * Input devices. A timer reads each device and turns its state into events:
 *  - pointer: PRESSED / PRESSING / LONG_PRESSED(_REPEAT) / RELEASED / SHORT_CLICKED /
 *    CLICKED on the object under the point, CHECKABLE toggling, click focus, and dragging
 *    that scrolls the nearest scrollable ancestor (elastic at the edges, thrown on release);
 *  - keypad: NEXT/PREV move the focus, ENTER presses the focused object, other keys go to
 *    it as LV_EVENT_KEY;
 *  - encoder: turning moves the focus (or sends LEFT/RIGHT keys while editing), pressing
 *    clicks or toggles editing of editable objects;
 *  - button: a hardware button presses its configured screen point.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

struct _lv_indev_t {
    lv_indev_t * next;
    lv_indev_type_t type;
    lv_indev_read_cb_t read_cb;
    lv_timer_t * read_timer;
    lv_display_t * disp;
    lv_group_t * group;
    lv_obj_t * cursor;
    const lv_point_t * btn_points;
    void * user_data;
    void * driver_data;
    lv_event_list_t event_list;
    lv_indev_mode_t mode;
    uint16_t long_press_time;
    uint16_t long_press_repeat_time;
    uint8_t scroll_limit;
    uint8_t scroll_throw;
    bool enabled;
    bool wait_release;
    bool stop_processing;

    lv_indev_state_t state;
    lv_point_t act_point;
    lv_point_t last_point;
    lv_point_t vect;
    lv_point_t scroll_sum;
    lv_point_t scroll_throw_vect;
    lv_obj_t * act_obj;
    lv_obj_t * last_obj;
    lv_obj_t * scroll_obj;
    lv_dir_t scroll_dir;
    lv_dir_t gesture_dir;
    uint32_t key;
    uint32_t last_key;
    uint32_t pr_timestamp;
    uint32_t longpr_rep_timestamp;
    uint32_t last_click_time;
    uint8_t click_streak;
    bool long_pr_sent;
    bool press_moved;
    bool gesture_sent;
    lv_point_t gesture_sum;
    lv_obj_t * last_hovered;
};

namespace {



/* ---- object search ---- */

lv_obj_t * search_core(lv_obj_t * obj, const lv_point_t * point)
{
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_HIDDEN)) return nullptr;
    /* a transformed object (and what is in it) is hit where it is drawn: map the point back
     * into the object's untransformed coordinates, as LVGL does while descending */
    lv_point_t mapped = *point;
    lv_obj_transform_point(obj, &mapped, LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE);
    const lv_point_t * p = &mapped;
    lv_area_t a;
    lv_obj_get_click_area(obj, &a);
    bool inside = lv_area_is_point_on(&a, p, 0);
    /* children outside a non-overflowing parent cannot be hit */
    if(inside || lv_obj_has_flag(obj, LV_OBJ_FLAG_OVERFLOW_VISIBLE)) {
        uint32_t cnt = lv_obj_get_child_count(obj);
        for(uint32_t i = cnt; i-- > 0;) {
            lv_obj_t * found = search_core(obj->spec_attr->children[i], p);
            if(found) return found;
        }
    }
    if(!inside) return nullptr;
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_ADV_HITTEST)) {
        lv_hit_test_info_t info = {p, true};
        lv_obj_send_event(obj, LV_EVENT_HIT_TEST, &info);
        if(!info.res) return nullptr;
    }
    return lv_obj_has_flag(obj, LV_OBJ_FLAG_CLICKABLE) ? obj : nullptr;
}

lv_result_t send(lv_indev_t * indev, lv_obj_t * obj, lv_event_code_t code)
{
    if(!obj) return LV_RESULT_INVALID;
    lv_result_t res = lv_obj_send_event(obj, code, indev);
    if(indev->stop_processing) return LV_RESULT_INVALID;
    if(res != LV_RESULT_OK) return res;
    return lv_indev_send_event(indev, code, obj);
}

/* ---- scrolling ---- */

/** The object a drag in direction dir scrolls: the first of obj and its ancestors that can
 *  scroll that way; failing that, the first elastic candidate (it overscrolls and springs back). */
lv_obj_t * find_scroll_obj(lv_obj_t * obj, lv_dir_t dir)
{
    lv_obj_t * candidate = nullptr;
    for(; obj; obj = obj->parent) {
        if(lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLLABLE) && (lv_obj_get_scroll_dir(obj) & dir)) {
            int32_t s1 = (dir & LV_DIR_HOR) ? lv_obj_get_scroll_left(obj) : lv_obj_get_scroll_top(obj);
            int32_t s2 = (dir & LV_DIR_HOR) ? lv_obj_get_scroll_right(obj) : lv_obj_get_scroll_bottom(obj);
            if(s1 > 0 || s2 > 0) return obj;
            if(!candidate && lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLL_ELASTIC)) candidate = obj;
        }
        /* scrolling goes to the parent only through chaining */
        if(!lv_obj_has_flag(obj, (dir & LV_DIR_HOR) ? LV_OBJ_FLAG_SCROLL_CHAIN_HOR : LV_OBJ_FLAG_SCROLL_CHAIN_VER)) break;
    }
    return candidate;
}

/** Scrolls by the drag vector; beyond the edges an elastic object moves by a third. */
void scroll_by_drag(lv_obj_t * obj, lv_point_t v)
{
    int32_t dx = (lv_obj_get_scroll_dir(obj) & LV_DIR_HOR) ? v.x : 0;
    int32_t dy = (lv_obj_get_scroll_dir(obj) & LV_DIR_VER) ? v.y : 0;
    bool elastic = lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLL_ELASTIC);
    auto limit = [elastic](int32_t d, int32_t before, int32_t after) {
        /* before/after: how far the content can still move that way */
        if(d > 0 && before - d < 0) return elastic ? (before > 0 ? before + (d - before) / 3 : d / 3) : LV_MAX(before, 0);
        if(d < 0 && after + d < 0) return elastic ? (after > 0 ? -after + (d + after) / 3 : d / 3) : -LV_MAX(after, 0);
        return d;
    };
    dx = limit(dx, lv_obj_get_scroll_left(obj), lv_obj_get_scroll_right(obj));
    dy = limit(dy, lv_obj_get_scroll_top(obj), lv_obj_get_scroll_bottom(obj));
    if(dx || dy) lv_obj_scroll_by_raw(obj, dx, dy);
}

void scroll_end(lv_indev_t * indev)
{
    lv_obj_t * obj = indev->scroll_obj;
    indev->scroll_obj = nullptr;
    if(!obj) return;
    lv_obj_remove_state(obj, LV_STATE_SCROLLED);
    /* back inside the content after an elastic overscroll */
    int32_t st = lv_obj_get_scroll_top(obj);
    int32_t sb = lv_obj_get_scroll_bottom(obj);
    int32_t sl = lv_obj_get_scroll_left(obj);
    int32_t sr = lv_obj_get_scroll_right(obj);
    int32_t dx = sl < 0 ? sl : (sr < 0 ? -sr : 0);
    int32_t dy = st < 0 ? st : (sb < 0 ? -sb : 0);
    if(dx || dy) lv_obj_scroll_by(obj, dx, dy, LV_ANIM_ON);
    else if(lv_obj_get_scroll_snap_x(obj) != LV_SCROLL_SNAP_NONE || lv_obj_get_scroll_snap_y(obj) != LV_SCROLL_SNAP_NONE) {
        lv_obj_update_snap(obj, LV_ANIM_ON);
    }
    lv_obj_send_event(obj, LV_EVENT_SCROLL_END, indev);
}

/** While released: keep scrolling with the decaying throw velocity. */
void scroll_throw(lv_indev_t * indev)
{
    lv_obj_t * obj = indev->scroll_obj;
    if(!obj) return;
    lv_point_t & v = indev->scroll_throw_vect;
    v.x = v.x * (100 - indev->scroll_throw) / 100;
    v.y = v.y * (100 - indev->scroll_throw) / 100;
    bool momentum = lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLL_MOMENTUM);
    if(!momentum || (v.x == 0 && v.y == 0)) {
        scroll_end(indev);
        return;
    }
    scroll_by_drag(obj, v);
    /* stop at the edges */
    if(lv_obj_get_scroll_top(obj) < 0 || lv_obj_get_scroll_bottom(obj) < 0) v.y = 0;
    if(lv_obj_get_scroll_left(obj) < 0 || lv_obj_get_scroll_right(obj) < 0) v.x = 0;
}

void scroll_handle(lv_indev_t * indev)
{
    if(!indev->act_obj) return;
    if(!indev->scroll_obj) {
        indev->scroll_sum.x += indev->vect.x;
        indev->scroll_sum.y += indev->vect.y;
        if(LV_ABS(indev->scroll_sum.x) < indev->scroll_limit && LV_ABS(indev->scroll_sum.y) < indev->scroll_limit) return;
        lv_dir_t dir = LV_ABS(indev->scroll_sum.x) >= LV_ABS(indev->scroll_sum.y) ? LV_DIR_HOR : LV_DIR_VER;
        lv_obj_t * target = find_scroll_obj(indev->act_obj, dir);
        if(!target) return;
        indev->scroll_obj = target;
        indev->scroll_dir = dir;
        /* the pressed object lost its press to the scroll */
        lv_obj_remove_state(indev->act_obj, LV_STATE_PRESSED);
        send(indev, indev->act_obj, LV_EVENT_PRESS_LOST);
        lv_obj_add_state(target, LV_STATE_SCROLLED);
        lv_obj_send_event(target, LV_EVENT_SCROLL_BEGIN, nullptr);
        lv_point_t v = {dir == LV_DIR_HOR ? indev->scroll_sum.x : 0, dir == LV_DIR_VER ? indev->scroll_sum.y : 0};
        scroll_by_drag(target, v);
        return;
    }
    lv_point_t v = {indev->scroll_dir == LV_DIR_HOR ? indev->vect.x : 0, indev->scroll_dir == LV_DIR_VER ? indev->vect.y : 0};
    scroll_by_drag(indev->scroll_obj, v);
    indev->scroll_throw_vect = v;
}

/* ---- pointer ---- */

lv_obj_t * find_pointed(lv_indev_t * indev)
{
    lv_display_t * d = indev->disp;
    lv_obj_t * candidates[] = {lv_display_get_layer_sys(d), lv_display_get_layer_top(d), lv_display_get_screen_active(d),
                               lv_display_get_layer_bottom(d)};
    for(lv_obj_t * c : candidates) {
        if(!c) continue;
        lv_obj_t * found = lv_indev_search_obj(c, &indev->act_point);
        if(found) return found;
    }
    return nullptr;
}

void pointer_press(lv_indev_t * indev)
{
    indev->vect.x = indev->act_point.x - indev->last_point.x;
    indev->vect.y = indev->act_point.y - indev->last_point.y;
    if(indev->vect.x || indev->vect.y) indev->press_moved = true;

    if(!indev->act_obj && !indev->scroll_obj) {
        lv_obj_t * obj = find_pointed(indev);
        if(!obj) return;
        indev->act_obj = obj;
        indev->last_obj = obj;
        indev->pr_timestamp = lv_tick_get();
        indev->longpr_rep_timestamp = indev->pr_timestamp;
        indev->long_pr_sent = false;
        indev->scroll_sum = {0, 0};
        indev->scroll_throw_vect = {0, 0};
        indev->press_moved = false;
        lv_obj_add_state(obj, LV_STATE_PRESSED);
        if(send(indev, obj, LV_EVENT_PRESSED) != LV_RESULT_OK) return;
        return;
    }
    lv_obj_t * obj = indev->act_obj;
    if(!obj) return;
    scroll_handle(indev);
    if(indev->scroll_obj || !indev->act_obj) return;
    /* a press sliding off an object without PRESS_LOCK loses it */
    if(!lv_obj_has_flag(obj, LV_OBJ_FLAG_PRESS_LOCK) && find_pointed(indev) != obj) {
        lv_obj_remove_state(obj, LV_STATE_PRESSED);
        send(indev, obj, LV_EVENT_PRESS_LOST);
        indev->act_obj = nullptr;
        return;
    }
    if(send(indev, obj, LV_EVENT_PRESSING) != LV_RESULT_OK || !indev->act_obj) return;
    uint32_t now = lv_tick_get();
    if(!indev->long_pr_sent && now - indev->pr_timestamp > indev->long_press_time) {
        indev->long_pr_sent = true;
        indev->longpr_rep_timestamp = now;
        send(indev, obj, LV_EVENT_LONG_PRESSED);
    }
    else if(indev->long_pr_sent && now - indev->longpr_rep_timestamp > indev->long_press_repeat_time) {
        indev->longpr_rep_timestamp = now;
        send(indev, obj, LV_EVENT_LONG_PRESSED_REPEAT);
    }
}

void click_effects(lv_indev_t * indev, lv_obj_t * obj)
{
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_CHECKABLE)) {
        lv_obj_set_state(obj, LV_STATE_CHECKED, !lv_obj_has_state(obj, LV_STATE_CHECKED));
        if(send(indev, obj, LV_EVENT_VALUE_CHANGED) != LV_RESULT_OK) return;
    }
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_CLICK_FOCUSABLE) && lv_obj_get_group(obj)) lv_group_focus_obj(obj);
}

void pointer_release(lv_indev_t * indev)
{
    lv_obj_t * obj = indev->act_obj;
    if(obj) {
        indev->act_obj = nullptr;
        lv_obj_remove_state(obj, LV_STATE_PRESSED);
        if(send(indev, obj, LV_EVENT_RELEASED) != LV_RESULT_OK) return;
        if(!indev->scroll_obj) {
            uint32_t now = lv_tick_get();
            indev->click_streak = (now - indev->last_click_time < 300) ? static_cast<uint8_t>(indev->click_streak + 1) : 1;
            indev->last_click_time = now;
            if(!indev->long_pr_sent) {
                if(send(indev, obj, LV_EVENT_SHORT_CLICKED) != LV_RESULT_OK) return;
                lv_event_code_t streak = indev->click_streak == 1 ? LV_EVENT_SINGLE_CLICKED
                                         : indev->click_streak == 2 ? LV_EVENT_DOUBLE_CLICKED : LV_EVENT_TRIPLE_CLICKED;
                if(indev->click_streak <= 3 && send(indev, obj, streak) != LV_RESULT_OK) return;
            }
            if(send(indev, obj, LV_EVENT_CLICKED) != LV_RESULT_OK) return;
            click_effects(indev, obj);
        }
    }
    if(indev->scroll_obj) scroll_throw(indev);
}

/** A released pointer (a mouse) hovers: HOVERED state and HOVER_OVER/LEAVE events. */
void pointer_hover(lv_indev_t * indev)
{
    lv_obj_t * over = find_pointed(indev);
    if(over == indev->last_hovered) return;
    lv_obj_t * old = indev->last_hovered;
    indev->last_hovered = over;
    if(old) {
        lv_obj_remove_state(old, LV_STATE_HOVERED);
        send(indev, old, LV_EVENT_HOVER_LEAVE);
    }
    if(over && indev->last_hovered == over) {
        lv_obj_add_state(over, LV_STATE_HOVERED);
        send(indev, over, LV_EVENT_HOVER_OVER);
    }
}

/** A fast enough swipe that did not scroll is a gesture, sent to the pressed object. */
void gesture_detect(lv_indev_t * indev)
{
    constexpr int32_t GESTURE_LIMIT = 50;
    constexpr int32_t GESTURE_MIN_VELOCITY = 3;
    if(indev->scroll_obj || !indev->act_obj || indev->gesture_sent) return;
    indev->gesture_sum.x += indev->vect.x;
    indev->gesture_sum.y += indev->vect.y;
    if(LV_ABS(indev->vect.x) < GESTURE_MIN_VELOCITY && LV_ABS(indev->vect.y) < GESTURE_MIN_VELOCITY) {
        indev->gesture_sum = {0, 0};
        return;
    }
    if(LV_ABS(indev->gesture_sum.x) <= GESTURE_LIMIT && LV_ABS(indev->gesture_sum.y) <= GESTURE_LIMIT) return;
    indev->gesture_sent = true;
    if(LV_ABS(indev->gesture_sum.x) > LV_ABS(indev->gesture_sum.y)) {
        indev->gesture_dir = indev->gesture_sum.x > 0 ? LV_DIR_RIGHT : LV_DIR_LEFT;
    }
    else {
        indev->gesture_dir = indev->gesture_sum.y > 0 ? LV_DIR_BOTTOM : LV_DIR_TOP;
    }
    /* the gesture goes up the tree while objects let it bubble */
    lv_obj_t * target = indev->act_obj;
    while(target && lv_obj_has_flag(target, LV_OBJ_FLAG_GESTURE_BUBBLE) && target->parent) target = target->parent;
    send(indev, target, LV_EVENT_GESTURE);
}

void process_pointer(lv_indev_t * indev, const lv_indev_data_t & data)
{
    indev->last_point = indev->act_point;
    indev->act_point = data.point;
    if(indev->cursor) lv_obj_set_pos(indev->cursor, data.point.x, data.point.y);
    if(data.state == LV_INDEV_STATE_PRESSED) {
        if(indev->state == LV_INDEV_STATE_RELEASED) {
            indev->last_point = indev->act_point;
            indev->gesture_sum = {0, 0};
            indev->gesture_sent = false;
        }
        if(!indev->wait_release) {
            pointer_press(indev);
            gesture_detect(indev);
        }
    }
    else {
        indev->wait_release = false;
        pointer_release(indev);
        if(indev->type == LV_INDEV_TYPE_POINTER) pointer_hover(indev);
    }
    indev->state = data.state;
}

/* ---- keypad, encoder ---- */

void key_press(lv_indev_t * indev, uint32_t key)
{
    lv_group_t * g = indev->group;
    lv_obj_t * focused = lv_group_get_focused(g);
    if(key == LV_KEY_ENTER && focused) {
        indev->act_obj = focused;
        indev->pr_timestamp = lv_tick_get();
        indev->long_pr_sent = false;
        lv_obj_add_state(focused, LV_STATE_PRESSED);
        send(indev, focused, LV_EVENT_PRESSED);
    }
}

void key_release(lv_indev_t * indev, uint32_t key)
{
    lv_group_t * g = indev->group;
    lv_obj_t * focused = lv_group_get_focused(g);
    if(key == LV_KEY_NEXT) {
        lv_group_set_editing(g, false);
        lv_group_focus_next(g);
    }
    else if(key == LV_KEY_PREV) {
        lv_group_set_editing(g, false);
        lv_group_focus_prev(g);
    }
    else if(key == LV_KEY_ENTER && focused && indev->act_obj == focused) {
        indev->act_obj = nullptr;
        lv_obj_remove_state(focused, LV_STATE_PRESSED);
        if(send(indev, focused, LV_EVENT_RELEASED) != LV_RESULT_OK) return;
        if(!indev->long_pr_sent && send(indev, focused, LV_EVENT_SHORT_CLICKED) != LV_RESULT_OK) return;
        if(send(indev, focused, LV_EVENT_CLICKED) != LV_RESULT_OK) return;
        if(lv_obj_has_flag(focused, LV_OBJ_FLAG_CHECKABLE)) {
            lv_obj_set_state(focused, LV_STATE_CHECKED, !lv_obj_has_state(focused, LV_STATE_CHECKED));
            send(indev, focused, LV_EVENT_VALUE_CHANGED);
        }
        /* ENTER also goes to the widget as a key (e.g. a textarea's new line) */
        lv_group_send_data(g, key);
    }
    else if(key != LV_KEY_ENTER) {
        lv_group_send_data(g, key);
    }
}

void process_keypad(lv_indev_t * indev, const lv_indev_data_t & data)
{
    if(!indev->group) return;
    if(data.state == LV_INDEV_STATE_PRESSED && indev->state == LV_INDEV_STATE_RELEASED) {
        indev->key = data.key;
        key_press(indev, data.key);
    }
    else if(data.state == LV_INDEV_STATE_RELEASED && indev->state == LV_INDEV_STATE_PRESSED) {
        key_release(indev, indev->key);
    }
    else if(data.state == LV_INDEV_STATE_PRESSED && indev->act_obj) {
        uint32_t now = lv_tick_get();
        if(!indev->long_pr_sent && now - indev->pr_timestamp > indev->long_press_time) {
            indev->long_pr_sent = true;
            send(indev, indev->act_obj, LV_EVENT_LONG_PRESSED);
        }
    }
    indev->state = data.state;
}

void process_encoder(lv_indev_t * indev, const lv_indev_data_t & data)
{
    lv_group_t * g = indev->group;
    if(!g) return;
    lv_obj_t * focused = lv_group_get_focused(g);
    for(int16_t i = 0; i < LV_ABS(data.enc_diff); i++) {
        bool right = data.enc_diff > 0;
        if(lv_group_get_editing(g)) lv_group_send_data(g, right ? LV_KEY_RIGHT : LV_KEY_LEFT);
        else if(right) lv_group_focus_next(g);
        else lv_group_focus_prev(g);
    }
    if(data.state == LV_INDEV_STATE_PRESSED && indev->state == LV_INDEV_STATE_RELEASED && focused) {
        indev->act_obj = focused;
        indev->pr_timestamp = lv_tick_get();
        indev->long_pr_sent = false;
        lv_obj_add_state(focused, LV_STATE_PRESSED);
        send(indev, focused, LV_EVENT_PRESSED);
    }
    else if(data.state == LV_INDEV_STATE_RELEASED && indev->state == LV_INDEV_STATE_PRESSED && indev->act_obj) {
        lv_obj_t * obj = indev->act_obj;
        indev->act_obj = nullptr;
        lv_obj_remove_state(obj, LV_STATE_PRESSED);
        if(send(indev, obj, LV_EVENT_RELEASED) != LV_RESULT_OK) return;
        if(lv_obj_is_editable(obj) && !indev->long_pr_sent) {
            /* a click on an editable object toggles editing */
            lv_group_set_editing(g, !lv_group_get_editing(g));
        }
        if(!indev->long_pr_sent && send(indev, obj, LV_EVENT_SHORT_CLICKED) != LV_RESULT_OK) return;
        if(send(indev, obj, LV_EVENT_CLICKED) != LV_RESULT_OK) return;
        if(lv_obj_has_flag(obj, LV_OBJ_FLAG_CHECKABLE)) {
            lv_obj_set_state(obj, LV_STATE_CHECKED, !lv_obj_has_state(obj, LV_STATE_CHECKED));
            send(indev, obj, LV_EVENT_VALUE_CHANGED);
        }
        if(lv_group_get_editing(g)) lv_group_send_data(g, LV_KEY_ENTER);
    }
    else if(data.state == LV_INDEV_STATE_PRESSED && indev->act_obj && !indev->long_pr_sent &&
            lv_tick_get() - indev->pr_timestamp > indev->long_press_time) {
        indev->long_pr_sent = true;
        /* a long press leaves editing mode */
        if(lv_group_get_editing(g)) lv_group_set_editing(g, false);
        send(indev, indev->act_obj, LV_EVENT_LONG_PRESSED);
    }
    indev->state = data.state;
}

void process_button(lv_indev_t * indev, const lv_indev_data_t & data)
{
    if(!indev->btn_points) return;
    lv_indev_data_t p = data;
    p.point = indev->btn_points[data.btn_id];
    process_pointer(indev, p);
}

} // namespace

extern "C" {

lv_indev_t * lv_indev_create(void)
{
    lv_indev_t * indev = static_cast<lv_indev_t *>(lv_malloc_zeroed(sizeof(lv_indev_t)));
    if(!indev) return nullptr;
    indev->read_timer = lv_timer_create(lv_indev_read_timer_cb, LV_DEF_REFR_PERIOD, indev);
    if(!indev->read_timer) {
        lv_free(indev);
        return nullptr;
    }
    indev->disp = lv_display_get_default();
    indev->long_press_time = LV_INDEV_DEF_LONG_PRESS_TIME;
    indev->long_press_repeat_time = LV_INDEV_DEF_LONG_PRESS_REP_TIME;
    indev->scroll_limit = LV_INDEV_DEF_SCROLL_LIMIT;
    indev->scroll_throw = LV_INDEV_DEF_SCROLL_THROW;
    indev->enabled = true;
    indev->mode = LV_INDEV_MODE_TIMER;
    indev->next = lv_global.indev_head;
    lv_global.indev_head = indev;
    return indev;
}

void lv_indev_delete(lv_indev_t * indev)
{
    if(!indev) return;
    lv_indev_send_event(indev, LV_EVENT_DELETE, nullptr);
    if(indev->read_timer) lv_timer_delete(indev->read_timer);
    lv_event_remove_all(&indev->event_list);
    lv_indev_t ** link = &lv_global.indev_head;
    while(*link && *link != indev) link = &(*link)->next;
    if(*link) *link = indev->next;
    if(lv_global.indev_active == indev) lv_global.indev_active = nullptr;
    lv_free(indev);
}

lv_indev_t * lv_indev_get_next(lv_indev_t * indev) { return indev ? indev->next : lv_global.indev_head; }

void lv_indev_read(lv_indev_t * indev)
{
    if(!indev || !indev->enabled || !indev->read_cb || !indev->disp) return;
    lv_indev_t * prev_active = lv_global.indev_active;
    lv_global.indev_active = indev;
    indev->stop_processing = false;
    for(int guard = 0; guard < 64; guard++) {
        lv_indev_data_t data;
        lv_memzero(&data, sizeof(data));
        data.point = indev->act_point;
        data.state = indev->state;
        data.key = indev->key;
        indev->read_cb(indev, &data);
        switch(indev->type) {
            case LV_INDEV_TYPE_POINTER: process_pointer(indev, data); break;
            case LV_INDEV_TYPE_KEYPAD: process_keypad(indev, data); break;
            case LV_INDEV_TYPE_ENCODER: process_encoder(indev, data); break;
            case LV_INDEV_TYPE_BUTTON: process_button(indev, data); break;
            default: break;
        }
        if(!data.continue_reading || indev->stop_processing) break;
    }
    lv_global.indev_active = prev_active;
    if(indev->state == LV_INDEV_STATE_PRESSED) lv_display_trigger_activity(indev->disp);
}

void lv_indev_read_timer_cb(lv_timer_t * timer)
{
    if(timer) lv_indev_read(static_cast<lv_indev_t *>(timer->user_data));
}

void lv_indev_enable(lv_indev_t * indev, bool enable)
{
    if(indev) {
        indev->enabled = enable;
        return;
    }
    for(lv_indev_t * i = lv_global.indev_head; i; i = i->next) i->enabled = enable;
}

lv_indev_t * lv_indev_active(void) { return lv_global.indev_active; }
void lv_indev_set_type(lv_indev_t * indev, lv_indev_type_t indev_type) { indev->type = indev_type; }
void lv_indev_set_read_cb(lv_indev_t * indev, lv_indev_read_cb_t read_cb) { indev->read_cb = read_cb; }
void lv_indev_set_user_data(lv_indev_t * indev, void * user_data) { indev->user_data = user_data; }
void lv_indev_set_driver_data(lv_indev_t * indev, void * driver_data) { indev->driver_data = driver_data; }
void lv_indev_set_display(lv_indev_t * indev, lv_display_t * disp) { indev->disp = disp; }
void lv_indev_set_long_press_time(lv_indev_t * indev, uint16_t t) { indev->long_press_time = t; }
void lv_indev_set_long_press_repeat_time(lv_indev_t * indev, uint16_t t) { indev->long_press_repeat_time = t; }
void lv_indev_set_scroll_limit(lv_indev_t * indev, uint8_t scroll_limit) { indev->scroll_limit = scroll_limit; }
void lv_indev_set_scroll_throw(lv_indev_t * indev, uint8_t scroll_throw) { indev->scroll_throw = LV_MIN(scroll_throw, 100); }
lv_indev_type_t lv_indev_get_type(const lv_indev_t * indev) { return indev ? indev->type : LV_INDEV_TYPE_NONE; }
lv_indev_read_cb_t lv_indev_get_read_cb(lv_indev_t * indev) { return indev->read_cb; }
lv_indev_state_t lv_indev_get_state(const lv_indev_t * indev) { return indev->state; }
lv_group_t * lv_indev_get_group(const lv_indev_t * indev) { return indev->group; }
lv_display_t * lv_indev_get_display(const lv_indev_t * indev) { return indev->disp; }
void * lv_indev_get_user_data(const lv_indev_t * indev) { return indev->user_data; }
void * lv_indev_get_driver_data(const lv_indev_t * indev) { return indev->driver_data; }
bool lv_indev_get_press_moved(const lv_indev_t * indev) { return indev->press_moved; }

void lv_indev_reset(lv_indev_t * indev, lv_obj_t * obj)
{
    lv_indev_t * first = indev ? indev : lv_global.indev_head;
    for(lv_indev_t * i = first; i; i = indev ? nullptr : i->next) {
        if(obj == nullptr || i->act_obj == obj || i->last_obj == obj || i->scroll_obj == obj || i->cursor == obj ||
           i->last_hovered == obj) {
            if(obj == nullptr || i->act_obj == obj) i->act_obj = nullptr;
            if(obj == nullptr || i->last_obj == obj) i->last_obj = nullptr;
            if(obj == nullptr || i->scroll_obj == obj) i->scroll_obj = nullptr;
            if(obj == nullptr || i->last_hovered == obj) i->last_hovered = nullptr;
            if(i->cursor == obj && obj) i->cursor = nullptr;
            if(obj == nullptr) i->wait_release = i->state == LV_INDEV_STATE_PRESSED;
            i->stop_processing = true;
        }
    }
}

void lv_indev_stop_processing(lv_indev_t * indev) { indev->stop_processing = true; }
void lv_indev_reset_long_press(lv_indev_t * indev)
{
    indev->long_pr_sent = false;
    indev->pr_timestamp = lv_tick_get();
    indev->longpr_rep_timestamp = indev->pr_timestamp;
}

void lv_indev_set_cursor(lv_indev_t * indev, lv_obj_t * cur_obj)
{
    indev->cursor = cur_obj;
    if(!cur_obj) return;
    lv_obj_set_parent(cur_obj, lv_display_get_layer_sys(indev->disp));
    lv_obj_set_pos(cur_obj, indev->act_point.x, indev->act_point.y);
    lv_obj_remove_flag(cur_obj, LV_OBJ_FLAG_CLICKABLE);
}

void lv_indev_set_group(lv_indev_t * indev, lv_group_t * group) { indev->group = group; }
void lv_indev_set_button_points(lv_indev_t * indev, const lv_point_t points[]) { indev->btn_points = points; }
void lv_indev_get_point(const lv_indev_t * indev, lv_point_t * point)
{
    if(point) *point = indev->act_point;
}
lv_dir_t lv_indev_get_gesture_dir(const lv_indev_t * indev) { return indev->gesture_dir; }
uint32_t lv_indev_get_key(const lv_indev_t * indev) { return indev->key; }
uint8_t lv_indev_get_short_click_streak(const lv_indev_t * indev) { return indev->click_streak; }
lv_dir_t lv_indev_get_scroll_dir(const lv_indev_t * indev) { return indev->scroll_obj ? indev->scroll_dir : LV_DIR_NONE; }
lv_obj_t * lv_indev_get_scroll_obj(const lv_indev_t * indev) { return indev->scroll_obj; }
void lv_indev_get_vect(const lv_indev_t * indev, lv_point_t * point)
{
    if(point) *point = indev->vect;
}
lv_obj_t * lv_indev_get_cursor(lv_indev_t * indev) { return indev->cursor; }
void lv_indev_wait_release(lv_indev_t * indev) { indev->wait_release = true; }
lv_obj_t * lv_indev_get_active_obj(void) { return lv_global.indev_active ? lv_global.indev_active->act_obj : nullptr; }
lv_timer_t * lv_indev_get_read_timer(lv_indev_t * indev) { return indev->read_timer; }

void lv_indev_set_mode(lv_indev_t * indev, lv_indev_mode_t mode)
{
    indev->mode = mode;
    if(!indev->read_timer) return;
    /* in event mode the driver calls lv_indev_read itself */
    if(mode == LV_INDEV_MODE_EVENT) lv_timer_pause(indev->read_timer);
    else lv_timer_resume(indev->read_timer);
}

lv_indev_mode_t lv_indev_get_mode(lv_indev_t * indev) { return indev->mode; }

lv_obj_t * lv_indev_search_obj(lv_obj_t * obj, lv_point_t * point) { return obj && point ? search_core(obj, point) : nullptr; }

void lv_indev_add_event_cb(lv_indev_t * indev, lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data)
{
    lv_event_add(&indev->event_list, event_cb, filter, user_data);
}

uint32_t lv_indev_get_event_count(lv_indev_t * indev) { return lv_event_get_count(&indev->event_list); }
lv_event_dsc_t * lv_indev_get_event_dsc(lv_indev_t * indev, uint32_t index) { return lv_event_get_dsc(&indev->event_list, index); }
bool lv_indev_remove_event(lv_indev_t * indev, uint32_t index) { return lv_event_remove(&indev->event_list, index); }

uint32_t lv_indev_remove_event_cb_with_user_data(lv_indev_t * indev, lv_event_cb_t event_cb, void * user_data)
{
    uint32_t removed = 0;
    for(uint32_t i = lv_event_get_count(&indev->event_list); i-- > 0;) {
        lv_event_dsc_t * d = lv_event_get_dsc(&indev->event_list, i);
        if(d->cb == event_cb && d->user_data == user_data) {
            lv_event_remove(&indev->event_list, i);
            removed++;
        }
    }
    return removed;
}

lv_result_t lv_indev_send_event(lv_indev_t * indev, lv_event_code_t code, void * param)
{
    if(!indev || indev->event_list.cnt == 0) return LV_RESULT_OK;
    lv_event_t e;
    lv_memzero(&e, sizeof(e));
    e.code = code;
    e.current_target = indev;
    e.original_target = indev;
    e.param = param;
    lv_result_t res = lv_event_send(&indev->event_list, &e, true);
    if(res != LV_RESULT_OK) return res;
    return lv_event_send(&indev->event_list, &e, false);
}

lv_indev_t * lv_event_get_indev(lv_event_t * e)
{
    /* object events carry the device as their parameter for input-related codes */
    switch(e->code) {
        case LV_EVENT_PRESSED: case LV_EVENT_PRESSING: case LV_EVENT_PRESS_LOST: case LV_EVENT_SHORT_CLICKED:
        case LV_EVENT_SINGLE_CLICKED: case LV_EVENT_DOUBLE_CLICKED: case LV_EVENT_TRIPLE_CLICKED:
        case LV_EVENT_LONG_PRESSED: case LV_EVENT_LONG_PRESSED_REPEAT: case LV_EVENT_CLICKED: case LV_EVENT_RELEASED:
        case LV_EVENT_FOCUSED: case LV_EVENT_DEFOCUSED: case LV_EVENT_LEAVE:
            return static_cast<lv_indev_t *>(e->param);
        default:
            return lv_global.indev_active;
    }
}

} // extern "C"

void lv_indev_deinit_all(void)
{
    while(lv_global.indev_head) lv_indev_delete(lv_global.indev_head);
}
