/**
 * @file lv_gridnav.cpp
 * Grid navigation. The container keeps one event callback whose user data is its state (the
 * control flags and the focused child). Only geometry decides where an arrow key goes: a
 * child "in the row" overlaps the focused child's vertical span, one "in the column" its
 * horizontal span, and the nearest such child in the key's direction wins.
 */
#include "lv_gridnav.h"
#include "lv_group.h"
#include "lv_indev.h"
#include "lv_log.h"
#include "lv_mem.h"

#if LV_USE_GRIDNAV

namespace {

struct gridnav_t {
    lv_gridnav_ctrl_t ctrl;
    lv_obj_t * focused;  /**< a child of the container, or NULL */
    bool forwarding;     /**< an event is being passed to the child (stops a bubbling loop) */
};

enum class dir_t { left, right, up, down };

void gridnav_event_cb(lv_event_t * e);

gridnav_t * find_state(lv_obj_t * cont)
{
    uint32_t n = lv_obj_get_event_count(cont);
    for(uint32_t i = 0; i < n; i++) {
        lv_event_dsc_t * dsc = lv_obj_get_event_dsc(cont, i);
        if(lv_event_dsc_get_cb(dsc) == gridnav_event_cb) return static_cast<gridnav_t *>(lv_event_dsc_get_user_data(dsc));
    }
    return nullptr;
}

/** Pointer comparison only: `obj` may already be deleted. */
bool is_child(lv_obj_t * cont, const lv_obj_t * obj)
{
    uint32_t n = lv_obj_get_child_count(cont);
    for(uint32_t i = 0; i < n; i++) {
        if(lv_obj_get_child(cont, static_cast<int32_t>(i)) == obj) return true;
    }
    return false;
}

/** The focused child, forgotten when it was deleted or moved to another parent. */
lv_obj_t * focused_child(lv_obj_t * cont, gridnav_t * st)
{
    if(st->focused && !is_child(cont, st->focused)) st->focused = nullptr;
    return st->focused;
}

/** Children a user could click to focus: not hidden, clickable and click-focusable (so a
 * list's text separators, which are labels, are skipped). */
bool focusable(const lv_obj_t * child)
{
    return !lv_obj_has_flag(child, LV_OBJ_FLAG_HIDDEN) && lv_obj_has_flag(child, LV_OBJ_FLAG_CLICKABLE) &&
           lv_obj_has_flag(child, LV_OBJ_FLAG_CLICK_FOCUSABLE);
}

int32_t center_x(const lv_area_t & a) { return (a.x1 + a.x2) / 2; }
int32_t center_y(const lv_area_t & a) { return (a.y1 + a.y2) / 2; }
int32_t abs32(int32_t v) { return v < 0 ? -v : v; }

bool horizontal(dir_t d) { return d == dir_t::left || d == dir_t::right; }

/** How far `to` lies in direction d from `from` (centers), or a negative value when it is
 * not in that direction at all. */
int32_t ahead(dir_t d, const lv_area_t & from, const lv_area_t & to)
{
    switch(d) {
        case dir_t::right: return center_x(to) - center_x(from);
        case dir_t::left: return center_x(from) - center_x(to);
        case dir_t::down: return center_y(to) - center_y(from);
        case dir_t::up: return center_y(from) - center_y(to);
    }
    return -1;
}

/** Same row (for left/right) or same column (for up/down): the spans across d overlap. */
bool in_line(dir_t d, const lv_area_t & a, const lv_area_t & b)
{
    if(horizontal(d)) return a.y1 <= b.y2 && b.y1 <= a.y2;
    return a.x1 <= b.x2 && b.x1 <= a.x2;
}

/** The nearest focusable child in direction d in the same row/column as `from`; the
 * distance across d breaks ties. */
lv_obj_t * nearest_in_line(lv_obj_t * cont, lv_obj_t * from, dir_t d)
{
    lv_area_t fa;
    lv_obj_get_coords(from, &fa);
    lv_obj_t * best = nullptr;
    int32_t best_along = 0, best_across = 0;
    uint32_t n = lv_obj_get_child_count(cont);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * c = lv_obj_get_child(cont, static_cast<int32_t>(i));
        if(c == from || !focusable(c)) continue;
        lv_area_t ca;
        lv_obj_get_coords(c, &ca);
        int32_t along = ahead(d, fa, ca);
        if(along <= 0 || !in_line(d, fa, ca)) continue;
        int32_t across = horizontal(d) ? abs32(center_y(ca) - center_y(fa)) : abs32(center_x(ca) - center_x(fa));
        if(!best || along < best_along || (along == best_along && across < best_across)) {
            best = c;
            best_along = along;
            best_across = across;
        }
    }
    return best;
}

/** Orders children the way a reader walks a grid: by row (top first), then by x. `a` comes
 * before `b`? Rows are told apart by vertical overlap, so slightly uneven rows still count. */
bool reads_before(const lv_area_t & a, const lv_area_t & b)
{
    bool same_row = a.y1 <= b.y2 && b.y1 <= a.y2;
    if(!same_row) return center_y(a) < center_y(b);
    return center_x(a) < center_x(b);
}

/** The first (or last) focusable child in reading order among those `accept` lets through
 * (all when NULL). */
lv_obj_t * extreme_child(lv_obj_t * cont, bool last, bool (*accept)(const lv_area_t &, const lv_area_t &),
                         const lv_area_t * ref)
{
    lv_obj_t * best = nullptr;
    lv_area_t best_a{};
    uint32_t n = lv_obj_get_child_count(cont);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * c = lv_obj_get_child(cont, static_cast<int32_t>(i));
        if(!focusable(c)) continue;
        lv_area_t ca;
        lv_obj_get_coords(c, &ca);
        if(accept && !accept(*ref, ca)) continue;
        if(!best || (last ? reads_before(best_a, ca) : reads_before(ca, best_a))) {
            best = c;
            best_a = ca;
        }
    }
    return best;
}

bool row_below(const lv_area_t & from, const lv_area_t & c) { return c.y1 > from.y2; }
bool row_above(const lv_area_t & from, const lv_area_t & c) { return c.y2 < from.y1; }
bool same_column(const lv_area_t & from, const lv_area_t & c) { return from.x1 <= c.x2 && c.x1 <= from.x2; }

/** Where a key goes past the last child of its row/column with ROLLOVER: right -> first
 * child of the next row (or the very first), left -> last of the previous row (or the very
 * last), down -> top of the column, up -> bottom of the column. */
lv_obj_t * rollover_target(lv_obj_t * cont, lv_obj_t * from, dir_t d)
{
    lv_area_t fa;
    lv_obj_get_coords(from, &fa);
    lv_obj_t * t = nullptr;
    switch(d) {
        case dir_t::right:
            t = extreme_child(cont, false, row_below, &fa);
            return t ? t : extreme_child(cont, false, nullptr, nullptr);
        case dir_t::left:
            t = extreme_child(cont, true, row_above, &fa);
            return t ? t : extreme_child(cont, true, nullptr, nullptr);
        case dir_t::down: t = extreme_child(cont, false, same_column, &fa); break;
        case dir_t::up: t = extreme_child(cont, true, same_column, &fa); break;
    }
    return t == from ? nullptr : t;
}

/** SCROLL_FIRST: scrolls a scrollable child a quarter of its size towards d when it has
 * content left there. True when it scrolled. */
bool scroll_child(lv_obj_t * child, dir_t d)
{
    if(!lv_obj_has_flag(child, LV_OBJ_FLAG_SCROLLABLE)) return false;
    int32_t left = 0;
    switch(d) {
        case dir_t::right: left = lv_obj_get_scroll_right(child); break;
        case dir_t::left: left = lv_obj_get_scroll_left(child); break;
        case dir_t::down: left = lv_obj_get_scroll_bottom(child); break;
        case dir_t::up: left = lv_obj_get_scroll_top(child); break;
    }
    if(left <= 0) return false;
    int32_t step = (horizontal(d) ? lv_obj_get_width(child) : lv_obj_get_height(child)) / 4;
    if(step <= 0 || step > left) step = left;
    /* scroll_by moves the content: a positive dx shows what is on the left */
    int32_t dx = d == dir_t::right ? -step : d == dir_t::left ? step : 0;
    int32_t dy = d == dir_t::down ? -step : d == dir_t::up ? step : 0;
    lv_obj_scroll_by(child, dx, dy, LV_ANIM_ON);
    return true;
}

bool container_has_focus(lv_obj_t * cont)
{
    lv_group_t * g = lv_obj_get_group(cont);
    return g && lv_group_get_focused(g) == cont;
}

/** Moves the focus states from the old focused child to `to` and scrolls `to` into view.
 * The states are only shown while the container itself is focused in its group. */
void move_focus(lv_obj_t * cont, gridnav_t * st, lv_obj_t * to, lv_anim_enable_t anim)
{
    lv_obj_t * old = focused_child(cont, st);
    if(old && old != to) {
        lv_obj_remove_state(old, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY);
        lv_obj_send_event(old, LV_EVENT_DEFOCUSED, lv_indev_active());
    }
    st->focused = to;
    if(!to) return;
    if(container_has_focus(cont)) {
        lv_obj_add_state(to, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY);
        if(old != to) lv_obj_send_event(to, LV_EVENT_FOCUSED, lv_indev_active());
    }
    lv_obj_scroll_to_view(to, anim);
}

/** The key's navigation direction, or false when the key is not an arrow gridnav handles
 * under the current control flags. */
bool key_direction(uint32_t key, lv_gridnav_ctrl_t ctrl, dir_t * d)
{
    switch(key) {
        case LV_KEY_RIGHT: *d = dir_t::right; break;
        case LV_KEY_LEFT: *d = dir_t::left; break;
        case LV_KEY_DOWN: *d = dir_t::down; break;
        case LV_KEY_UP: *d = dir_t::up; break;
        default: return false;
    }
    if((ctrl & LV_GRIDNAV_CTRL_HORIZONTAL_MOVE_ONLY) && !horizontal(*d)) return false;
    if((ctrl & LV_GRIDNAV_CTRL_VERTICAL_MOVE_ONLY) && horizontal(*d)) return false;
    return true;
}

void forward(gridnav_t * st, lv_obj_t * child, lv_event_code_t code, void * param)
{
    st->forwarding = true;
    lv_obj_send_event(child, code, param);
    st->forwarding = false;
}

void on_key(lv_obj_t * cont, gridnav_t * st, uint32_t key)
{
    lv_obj_t * cur = focused_child(cont, st);
    dir_t d;
    if(!key_direction(key, st->ctrl, &d)) {
        if(cur) forward(st, cur, LV_EVENT_KEY, &key);
        return;
    }
    if(!cur) {
        move_focus(cont, st, extreme_child(cont, false, nullptr, nullptr), LV_ANIM_ON);
        return;
    }
    if((st->ctrl & LV_GRIDNAV_CTRL_SCROLL_FIRST) && scroll_child(cur, d)) return;
    lv_obj_t * next = nearest_in_line(cont, cur, d);
    if(!next && (st->ctrl & LV_GRIDNAV_CTRL_ROLLOVER)) next = rollover_target(cont, cur, d);
    if(next) move_focus(cont, st, next, LV_ANIM_ON);
}

bool from_keys(lv_event_t * e)
{
    lv_indev_t * indev = lv_event_get_indev(e);
    if(!indev) indev = lv_indev_active();
    if(!indev) return false;
    lv_indev_type_t t = lv_indev_get_type(indev);
    return t == LV_INDEV_TYPE_KEYPAD || t == LV_INDEV_TYPE_ENCODER;
}

bool is_press_event(lv_event_code_t code)
{
    switch(code) {
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING:
        case LV_EVENT_PRESS_LOST:
        case LV_EVENT_LONG_PRESSED:
        case LV_EVENT_LONG_PRESSED_REPEAT:
        case LV_EVENT_SHORT_CLICKED:
        case LV_EVENT_CLICKED:
        case LV_EVENT_RELEASED: return true;
        default: return false;
    }
}

void gridnav_event_cb(lv_event_t * e)
{
    lv_obj_t * cont = lv_event_get_current_target_obj(e);
    gridnav_t * st = static_cast<gridnav_t *>(lv_event_get_user_data(e));
    lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_DELETE) {
        /* the children are deleted after this and may still send the container events */
        lv_obj_remove_event_cb_with_user_data(cont, gridnav_event_cb, st);
        lv_free(st);
        return;
    }
    /* events bubbling up from a child are the child's own business */
    if(st->forwarding || lv_event_get_target_obj(e) != cont) return;
    if(code == LV_EVENT_KEY) {
        on_key(cont, st, lv_event_get_key(e));
    }
    else if(code == LV_EVENT_FOCUSED) {
        lv_obj_t * cur = focused_child(cont, st);
        move_focus(cont, st, cur ? cur : extreme_child(cont, false, nullptr, nullptr), LV_ANIM_OFF);
    }
    else if(code == LV_EVENT_DEFOCUSED) {
        lv_obj_t * cur = focused_child(cont, st);
        if(cur) lv_obj_remove_state(cur, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY);
    }
    else if(is_press_event(code) && from_keys(e)) {
        lv_obj_t * cur = focused_child(cont, st);
        if(cur) forward(st, cur, code, lv_event_get_indev(e));
    }
}

} // namespace

extern "C" void lv_gridnav_add(lv_obj_t * obj, lv_gridnav_ctrl_t ctrl)
{
    if(!obj) return;
    gridnav_t * st = find_state(obj);
    if(st) {
        st->ctrl = ctrl;
        return;
    }
    st = static_cast<gridnav_t *>(lv_zalloc(sizeof(gridnav_t)));
    if(!st) return;
    st->ctrl = ctrl;
    lv_obj_add_event_cb(obj, gridnav_event_cb, LV_EVENT_ALL, st);
    /* the arrows are gridnav's now, not the container's scrolling keys */
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_WITH_ARROW);
}

extern "C" void lv_gridnav_remove(lv_obj_t * obj)
{
    if(!obj) return;
    gridnav_t * st = find_state(obj);
    if(!st) return;
    lv_obj_t * cur = focused_child(obj, st);
    if(cur) lv_obj_remove_state(cur, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY);
    lv_obj_remove_event_cb_with_user_data(obj, gridnav_event_cb, st);
    lv_free(st);
}

extern "C" void lv_gridnav_set_focused(lv_obj_t * cont, lv_obj_t * to_focus, lv_anim_enable_t anim_en)
{
    if(!cont || !to_focus) return;
    gridnav_t * st = find_state(cont);
    if(!st || !is_child(cont, to_focus)) {
        LV_LOG_WARN("lv_gridnav_set_focused: not a child of a gridnav container");
        return;
    }
    move_focus(cont, st, to_focus, anim_en);
}

#endif
