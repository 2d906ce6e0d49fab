/**
 * @file lv_obj_scroll.cpp
 * Scroll position, scrollable extents, programmatic scrolling (with ease-out animation)
 * and scrollbar geometry. spec_attr->scroll holds how far the content is scrolled: positive
 * values mean the content moved left/up.
 */
#include "lv_obj_private.h"
#include "lv_global.h"

namespace {

constexpr uint32_t SCROLL_ANIM_TIME_MIN = 200;
constexpr uint32_t SCROLL_ANIM_TIME_MAX = 400;

bool skip_child(const lv_obj_t * child)
{
    return lv_obj_has_flag_any(child, static_cast<lv_obj_flag_t>(LV_OBJ_FLAG_HIDDEN | LV_OBJ_FLAG_FLOATING));
}

void scroll_x_anim(void * obj, int32_t v)
{
    lv_obj_t * o = static_cast<lv_obj_t *>(obj);
    lv_obj_scroll_by_raw(o, v + lv_obj_get_scroll_x(o), 0);
}

void scroll_y_anim(void * obj, int32_t v)
{
    lv_obj_t * o = static_cast<lv_obj_t *>(obj);
    lv_obj_scroll_by_raw(o, 0, v + lv_obj_get_scroll_y(o));
}

void scroll_end_cb(lv_anim_t * a)
{
    /* the object may be gone if the animation was deleted together with it */
    lv_obj_t * obj = static_cast<lv_obj_t *>(a->var);
    if(!obj->is_deleting) lv_obj_send_event(obj, LV_EVENT_SCROLL_END, nullptr);
}

} // namespace

extern "C" {

lv_result_t lv_obj_scroll_by_raw(lv_obj_t * obj, int32_t x, int32_t y)
{
    if(x == 0 && y == 0) return LV_RESULT_OK;
    lv_obj_allocate_spec_attr(obj);
    if(!obj->spec_attr) return LV_RESULT_OK;
    obj->spec_attr->scroll.x -= x;
    obj->spec_attr->scroll.y -= y;
    lv_obj_move_children_by(obj, x, y, true);
    lv_result_t res = lv_obj_send_event(obj, LV_EVENT_SCROLL, nullptr);
    if(res != LV_RESULT_OK) return res;
    lv_obj_invalidate(obj);
    return LV_RESULT_OK;
}

void lv_obj_set_scrollbar_mode(lv_obj_t * obj, lv_scrollbar_mode_t mode)
{
    lv_obj_allocate_spec_attr(obj);
    if(!obj->spec_attr || obj->spec_attr->scrollbar_mode == mode) return;
    obj->spec_attr->scrollbar_mode = mode;
    lv_obj_invalidate(obj);
}

void lv_obj_set_scroll_dir(lv_obj_t * obj, lv_dir_t dir)
{
    lv_obj_allocate_spec_attr(obj);
    if(obj->spec_attr) obj->spec_attr->scroll_dir = dir;
}

void lv_obj_set_scroll_snap_x(lv_obj_t * obj, lv_scroll_snap_t align)
{
    lv_obj_allocate_spec_attr(obj);
    if(obj->spec_attr) obj->spec_attr->scroll_snap_x = align;
}

void lv_obj_set_scroll_snap_y(lv_obj_t * obj, lv_scroll_snap_t align)
{
    lv_obj_allocate_spec_attr(obj);
    if(obj->spec_attr) obj->spec_attr->scroll_snap_y = align;
}

lv_scrollbar_mode_t lv_obj_get_scrollbar_mode(const lv_obj_t * obj)
{
    return obj->spec_attr ? static_cast<lv_scrollbar_mode_t>(obj->spec_attr->scrollbar_mode) : LV_SCROLLBAR_MODE_AUTO;
}

lv_dir_t lv_obj_get_scroll_dir(const lv_obj_t * obj)
{
    return obj->spec_attr ? static_cast<lv_dir_t>(obj->spec_attr->scroll_dir) : LV_DIR_ALL;
}

lv_scroll_snap_t lv_obj_get_scroll_snap_x(const lv_obj_t * obj)
{
    return obj->spec_attr ? static_cast<lv_scroll_snap_t>(obj->spec_attr->scroll_snap_x) : LV_SCROLL_SNAP_NONE;
}

lv_scroll_snap_t lv_obj_get_scroll_snap_y(const lv_obj_t * obj)
{
    return obj->spec_attr ? static_cast<lv_scroll_snap_t>(obj->spec_attr->scroll_snap_y) : LV_SCROLL_SNAP_NONE;
}

int32_t lv_obj_get_scroll_x(const lv_obj_t * obj) { return (obj && obj->spec_attr) ? obj->spec_attr->scroll.x : 0; }
int32_t lv_obj_get_scroll_y(const lv_obj_t * obj) { return (obj && obj->spec_attr) ? obj->spec_attr->scroll.y : 0; }
int32_t lv_obj_get_scroll_top(const lv_obj_t * obj) { return lv_obj_get_scroll_y(obj); }

/** How far the content reaches past the visible end of `obj` along one axis (bottom, or
 *  right): the children's far edges with their margins, or the object's own content. */
static int32_t scroll_to_end(const lv_obj_t * obj, bool horizontal)
{
    int32_t child_res = LV_COORD_MIN;
    for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) {
        lv_obj_t * c = obj->spec_attr->children[i];
        if(skip_child(c)) continue;
        int32_t end = horizontal ? c->coords.x2 + lv_obj_get_style_margin_right(c, LV_PART_MAIN)
                                 : c->coords.y2 + lv_obj_get_style_margin_bottom(c, LV_PART_MAIN);
        child_res = LV_MAX(child_res, end);
    }
    int32_t pad_start = horizontal ? lv_obj_get_style_pad_left(obj, LV_PART_MAIN) : lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t pad_end = horizontal ? lv_obj_get_style_pad_right(obj, LV_PART_MAIN) : lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    if(child_res != LV_COORD_MIN) child_res -= (horizontal ? obj->coords.x2 : obj->coords.y2) - pad_end - border;
    int32_t self = horizontal ? lv_obj_get_self_width(obj) : lv_obj_get_self_height(obj);
    self -= (horizontal ? lv_obj_get_width(obj) : lv_obj_get_height(obj)) - pad_start - pad_end - 2 * border;
    self -= horizontal ? lv_obj_get_scroll_x(obj) : lv_obj_get_scroll_y(obj);
    return LV_MAX(child_res, self);
}

int32_t lv_obj_get_scroll_bottom(const lv_obj_t * obj) { return scroll_to_end(obj, false); }

int32_t lv_obj_get_scroll_left(const lv_obj_t * obj)
{
    if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) != LV_BASE_DIR_RTL) return lv_obj_get_scroll_x(obj);
    /* right-to-left: the content may extend to the left */
    int32_t child_res = 0;
    for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) {
        lv_obj_t * c = obj->spec_attr->children[i];
        if(skip_child(c)) continue;
        child_res = LV_MIN(child_res, c->coords.x1 - lv_obj_get_style_margin_left(c, LV_PART_MAIN));
    }
    int32_t x1 = obj->coords.x1 + lv_obj_get_style_space_left(obj, LV_PART_MAIN);
    return child_res ? x1 - child_res : 0;
}

int32_t lv_obj_get_scroll_right(const lv_obj_t * obj)
{
    if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) return -lv_obj_get_scroll_x(obj);
    return scroll_to_end(obj, true);
}

void lv_obj_get_scroll_end(lv_obj_t * obj, lv_point_t * end)
{
    if(!end) return;  /* a script passed None */
    lv_anim_t * a = lv_anim_get(obj, scroll_x_anim);
    end->x = a ? -a->end_value : lv_obj_get_scroll_x(obj);
    a = lv_anim_get(obj, scroll_y_anim);
    end->y = a ? -a->end_value : lv_obj_get_scroll_y(obj);
}

/** Starts animation `a` scrolling one axis by `delta` from scroll position `pos`, taking
 *  longer on larger displays (`res`: the display's size along the axis). False if a
 *  SCROLL_BEGIN handler refused (the object may be gone). */
static bool start_scroll_anim(lv_obj_t * obj, lv_anim_t * a, int32_t res, int32_t pos, int32_t delta,
                              lv_anim_exec_xcb_t exec_cb)
{
    uint32_t t = lv_anim_speed_clamped(static_cast<uint32_t>(res) >> 1, SCROLL_ANIM_TIME_MIN, SCROLL_ANIM_TIME_MAX);
    lv_anim_set_duration(a, t);
    lv_anim_set_values(a, -pos, -pos + delta);
    lv_anim_set_exec_cb(a, exec_cb);
    if(lv_obj_send_event(obj, LV_EVENT_SCROLL_BEGIN, a) != LV_RESULT_OK) return false;
    lv_anim_start(a);
    return true;
}

void lv_obj_scroll_by(lv_obj_t * obj, int32_t dx, int32_t dy, lv_anim_enable_t anim_en)
{
    if(dx == 0 && dy == 0) return;
    if(anim_en) {
        lv_display_t * d = lv_obj_get_display(obj);
        lv_anim_t a;
        lv_anim_init(&a);
        lv_anim_set_var(&a, obj);
        lv_anim_set_deleted_cb(&a, scroll_end_cb);
        lv_anim_set_path_cb(&a, lv_anim_path_ease_out);
        if(dx && !start_scroll_anim(obj, &a, lv_display_get_horizontal_resolution(d), lv_obj_get_scroll_x(obj), dx,
                                    scroll_x_anim))
            return;
        if(dy) start_scroll_anim(obj, &a, lv_display_get_vertical_resolution(d), lv_obj_get_scroll_y(obj), dy, scroll_y_anim);
    }
    else {
        /* an instant scroll cancels a running animated one */
        lv_anim_delete(obj, scroll_x_anim);
        lv_anim_delete(obj, scroll_y_anim);
        if(lv_obj_send_event(obj, LV_EVENT_SCROLL_BEGIN, nullptr) != LV_RESULT_OK) return;
        if(lv_obj_scroll_by_raw(obj, dx, dy) != LV_RESULT_OK) return;
        lv_obj_send_event(obj, LV_EVENT_SCROLL_END, nullptr);
    }
}

void lv_obj_scroll_by_bounded(lv_obj_t * obj, int32_t dx, int32_t dy, lv_anim_enable_t anim_en)
{
    if(dx == 0 && dy == 0) return;
    lv_obj_update_layout(obj);
    int32_t x_current = -lv_obj_get_scroll_x(obj);
    int32_t x_bounded = x_current + dx;
    int32_t right = lv_obj_get_scroll_right(obj) + lv_obj_get_scroll_x(obj);
    if(x_bounded < -right) x_bounded = -right;
    if(x_bounded > 0) x_bounded = 0;
    int32_t y_current = -lv_obj_get_scroll_y(obj);
    int32_t y_bounded = y_current + dy;
    int32_t bottom = lv_obj_get_scroll_bottom(obj) + lv_obj_get_scroll_y(obj);
    if(y_bounded < -bottom) y_bounded = -bottom;
    if(y_bounded > 0) y_bounded = 0;
    lv_obj_scroll_by(obj, x_bounded - x_current, y_bounded - y_current, anim_en);
}

void lv_obj_scroll_to(lv_obj_t * obj, int32_t x, int32_t y, lv_anim_enable_t anim_en)
{
    lv_obj_scroll_to_x(obj, x, anim_en);
    lv_obj_scroll_to_y(obj, y, anim_en);
}

void lv_obj_scroll_to_x(lv_obj_t * obj, int32_t x, lv_anim_enable_t anim_en)
{
    lv_anim_delete(obj, scroll_x_anim);
    lv_obj_update_layout(obj);
    if(x < 0) x = 0;
    if(x > 0) {
        int32_t scroll_max = lv_obj_get_scroll_left(obj) + lv_obj_get_scroll_right(obj);
        if(x > scroll_max) x = scroll_max;
    }
    lv_obj_scroll_by(obj, lv_obj_get_scroll_x(obj) - x, 0, anim_en);
}

void lv_obj_scroll_to_y(lv_obj_t * obj, int32_t y, lv_anim_enable_t anim_en)
{
    lv_anim_delete(obj, scroll_y_anim);
    lv_obj_update_layout(obj);
    if(y < 0) y = 0;
    if(y > 0) {
        int32_t scroll_max = lv_obj_get_scroll_top(obj) + lv_obj_get_scroll_bottom(obj);
        if(y > scroll_max) y = scroll_max;
    }
    lv_obj_scroll_by(obj, 0, lv_obj_get_scroll_y(obj) - y, anim_en);
}

bool lv_obj_is_scrolling(const lv_obj_t * obj)
{
    return lv_anim_get(const_cast<lv_obj_t *>(obj), scroll_x_anim) || lv_anim_get(const_cast<lv_obj_t *>(obj), scroll_y_anim);
}

void lv_obj_stop_scroll_anim(const lv_obj_t * obj)
{
    lv_anim_delete(const_cast<lv_obj_t *>(obj), scroll_x_anim);
    lv_anim_delete(const_cast<lv_obj_t *>(obj), scroll_y_anim);
}

void lv_obj_get_scrollbar_area(lv_obj_t * obj, lv_area_t * hor, lv_area_t * ver)
{
    if(!hor || !ver) return;  /* a script passed None */
    lv_area_set(hor, 0, 0, -1, -1);
    lv_area_set(ver, 0, 0, -1, -1);
    if(!lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLLABLE)) return;
    lv_scrollbar_mode_t sm = lv_obj_get_scrollbar_mode(obj);
    /* ACTIVE shows the bars only while an input device scrolls the object */
    if(sm == LV_SCROLLBAR_MODE_OFF || sm == LV_SCROLLBAR_MODE_ACTIVE) return;

    int32_t st = lv_obj_get_scroll_top(obj);
    int32_t sb = lv_obj_get_scroll_bottom(obj);
    int32_t sl = lv_obj_get_scroll_left(obj);
    int32_t sr = lv_obj_get_scroll_right(obj);
    lv_dir_t dir = lv_obj_get_scroll_dir(obj);
    bool ver_draw = (dir & LV_DIR_VER) && (sm == LV_SCROLLBAR_MODE_ON || (st > 0 || sb > 0));
    bool hor_draw = (dir & LV_DIR_HOR) && (sm == LV_SCROLLBAR_MODE_ON || (sl > 0 || sr > 0));
    if(!hor_draw && !ver_draw) return;
    if(lv_obj_get_style_bg_opa(obj, LV_PART_SCROLLBAR) < LV_OPA_MIN &&
       lv_obj_get_style_border_opa(obj, LV_PART_SCROLLBAR) < LV_OPA_MIN) {
        return;
    }
    bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_SCROLLBAR) == LV_BASE_DIR_RTL;
    int32_t top_space = lv_obj_get_style_pad_top(obj, LV_PART_SCROLLBAR);
    int32_t bottom_space = lv_obj_get_style_pad_bottom(obj, LV_PART_SCROLLBAR);
    int32_t left_space = lv_obj_get_style_pad_left(obj, LV_PART_SCROLLBAR);
    int32_t right_space = lv_obj_get_style_pad_right(obj, LV_PART_SCROLLBAR);
    int32_t thickness = lv_obj_get_style_width(obj, LV_PART_SCROLLBAR);
    int32_t obj_h = lv_obj_get_height(obj);
    int32_t obj_w = lv_obj_get_width(obj);
    int32_t ver_req = ver_draw ? thickness : 0;
    int32_t hor_req = hor_draw ? thickness : 0;
    int32_t min_size = lv_dpx(10);

    int32_t content_h = obj_h + st + sb;
    if(ver_draw && content_h) {
        ver->y1 = obj->coords.y1;
        ver->y2 = obj->coords.y2;
        if(rtl) {
            ver->x1 = obj->coords.x1 + left_space;
            ver->x2 = ver->x1 + thickness - 1;
        }
        else {
            ver->x2 = obj->coords.x2 - right_space;
            ver->x1 = ver->x2 - thickness + 1;
        }
        int32_t track = obj_h - top_space - bottom_space - hor_req;
        int32_t sb_h = LV_MAX((track * obj_h) / content_h, min_size);
        int32_t rem = track - sb_h;
        int32_t scroll_h = content_h - obj_h;
        if(scroll_h <= 0) {
            ver->y1 = obj->coords.y1 + top_space;
            ver->y2 = obj->coords.y2 - bottom_space - hor_req - 1;
        }
        else {
            int32_t sb_y = rem - (rem * sb) / scroll_h;
            ver->y1 = obj->coords.y1 + sb_y + top_space;
            ver->y2 = ver->y1 + sb_h - 1;
            if(ver->y1 < obj->coords.y1 + top_space) {
                ver->y1 = obj->coords.y1 + top_space;
                if(ver->y1 + min_size > ver->y2) ver->y2 = ver->y1 + min_size;
            }
            if(ver->y2 > obj->coords.y2 - hor_req - bottom_space) {
                ver->y2 = obj->coords.y2 - hor_req - bottom_space;
                if(ver->y2 - min_size < ver->y1) ver->y1 = ver->y2 - min_size;
            }
        }
    }

    int32_t content_w = obj_w + sl + sr;
    if(hor_draw && content_w) {
        hor->y2 = obj->coords.y2 - bottom_space;
        hor->y1 = hor->y2 - thickness + 1;
        hor->x1 = obj->coords.x1;
        hor->x2 = obj->coords.x2;
        int32_t track = obj_w - left_space - right_space - ver_req;
        int32_t sb_w = LV_MAX((track * obj_w) / content_w, min_size);
        int32_t rem = track - sb_w;
        int32_t scroll_w = content_w - obj_w;
        if(scroll_w <= 0) {
            if(rtl) {
                hor->x1 = obj->coords.x1 + left_space + ver_req - 1;
                hor->x2 = obj->coords.x2 - right_space;
            }
            else {
                hor->x1 = obj->coords.x1 + left_space;
                hor->x2 = obj->coords.x2 - right_space - ver_req - 1;
            }
        }
        else {
            int32_t sb_x = rem - (rem * sr) / scroll_w;
            int32_t x_off = rtl ? ver_req : 0;
            hor->x1 = obj->coords.x1 + sb_x + left_space + x_off;
            hor->x2 = hor->x1 + sb_w - 1;
            if(hor->x1 < obj->coords.x1 + left_space + x_off) {
                hor->x1 = obj->coords.x1 + left_space + x_off;
                if(hor->x1 + min_size > hor->x2) hor->x2 = hor->x1 + min_size;
            }
            int32_t right_lim = obj->coords.x2 - (rtl ? 0 : ver_req) - right_space;
            if(hor->x2 > right_lim) {
                hor->x2 = right_lim;
                if(hor->x2 - min_size < hor->x1) hor->x1 = hor->x2 - min_size;
            }
        }
    }
}

void lv_obj_scrollbar_invalidate(lv_obj_t * obj)
{
    if(!lv_obj_shown_on_display(obj)) return; /* the areas would invalidate nothing */
    lv_area_t hor, ver;
    lv_obj_get_scrollbar_area(obj, &hor, &ver);
    if(lv_area_get_size(&hor) > 0) lv_obj_invalidate_area(obj, &hor);
    if(lv_area_get_size(&ver) > 0) lv_obj_invalidate_area(obj, &ver);
}

void lv_obj_readjust_scroll(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    /* keep the content inside the scrollable range after a size change */
    if(lv_obj_get_scroll_snap_x(obj) != LV_SCROLL_SNAP_NONE || lv_obj_get_scroll_snap_y(obj) != LV_SCROLL_SNAP_NONE) {
        return;
    }
    int32_t st = lv_obj_get_scroll_top(obj);
    int32_t sb = lv_obj_get_scroll_bottom(obj);
    if(sb < 0 && st > 0) lv_obj_scroll_by(obj, 0, LV_MIN(st, -sb), anim_en);
    int32_t sl = lv_obj_get_scroll_left(obj);
    int32_t sr = lv_obj_get_scroll_right(obj);
    if(sr < 0 && sl > 0) lv_obj_scroll_by(obj, LV_MIN(sl, -sr), 0, anim_en);
}

/** How far to scroll so the snappable child nearest to the snap line (within [min, max]
 *  after shifting by ofs) lands on it; 0 when nothing snaps. */
static int32_t snap_distance(const lv_obj_t * obj, bool hor, int32_t min, int32_t max, int32_t ofs)
{
    lv_scroll_snap_t align = hor ? lv_obj_get_scroll_snap_x(obj) : lv_obj_get_scroll_snap_y(obj);
    if(align == LV_SCROLL_SNAP_NONE) return 0;
    int32_t pad_start = hor ? lv_obj_get_style_pad_left(obj, LV_PART_MAIN) : lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t pad_end = hor ? lv_obj_get_style_pad_right(obj, LV_PART_MAIN) : lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    int32_t o1 = hor ? obj->coords.x1 : obj->coords.y1;
    int32_t o2 = hor ? obj->coords.x2 : obj->coords.y2;
    int32_t dist = LV_COORD_MAX;
    for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) {
        const lv_obj_t * c = obj->spec_attr->children[i];
        if(skip_child(c) || !lv_obj_has_flag(c, LV_OBJ_FLAG_SNAPPABLE)) continue;
        int32_t c1 = hor ? c->coords.x1 : c->coords.y1;
        int32_t c2 = hor ? c->coords.x2 : c->coords.y2;
        int32_t child_pos;
        int32_t parent_pos;
        if(align == LV_SCROLL_SNAP_START) {
            child_pos = c1;
            parent_pos = o1 + pad_start;
        }
        else if(align == LV_SCROLL_SNAP_END) {
            child_pos = c2;
            parent_pos = o2 - pad_end;
        }
        else {
            child_pos = c1 + (c2 - c1 + 1) / 2;
            parent_pos = o1 + pad_start + ((o2 - o1 + 1) - pad_start - pad_end) / 2;
        }
        child_pos += ofs;
        if(child_pos >= min && child_pos <= max) {
            int32_t d = child_pos - parent_pos;
            if(LV_ABS(d) < LV_ABS(dist)) dist = d;
        }
    }
    return dist == LV_COORD_MAX ? 0 : -dist;
}

void lv_obj_update_snap(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    lv_obj_update_layout(obj);
    int32_t dx = snap_distance(obj, true, obj->coords.x1, obj->coords.x2, 0);
    int32_t dy = snap_distance(obj, false, obj->coords.y1, obj->coords.y2, 0);
    lv_obj_scroll_by(obj, dx, dy, anim_en);
}

/** The scroll along one axis that brings [c1, c2] into the content range [p1, p2] of the
 *  parent, as LVGL does it: only as far as needed and never scrolling in past the content
 *  (room_before/room_after: how far the parent can still scroll that way), then, with
 *  snapping, whatever puts the child on the snap line (even past the content's end). */
static int32_t scroll_into_view_1d(int32_t c1, int32_t c2, int32_t p1, int32_t p2, int32_t room_before,
                                   int32_t room_after, lv_scroll_snap_t snap)
{
    int32_t before = p1 - c1; /* > 0: the child starts above/left of the content range */
    int32_t after = c2 - p2;  /* > 0: the child ends below/right of it */
    int32_t d = 0;
    if(before >= 0 && after >= 0) d = 0;
    else if(before > 0) d = room_before - before < 0 ? 0 : before;
    else if(after > 0) d = room_after - after < 0 ? 0 : -after;
    switch(snap) {
        case LV_SCROLL_SNAP_START: d = p1 - c1; break;
        case LV_SCROLL_SNAP_END: d = p2 - c2; break;
        case LV_SCROLL_SNAP_CENTER: d = (p1 + (p2 - p1 + 1) / 2) - (c1 + (c2 - c1 + 1) / 2); break;
        default: break;
    }
    return d;
}

void lv_obj_scroll_to_view(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    lv_obj_t * parent = obj->parent;
    if(!parent || !lv_obj_has_flag(parent, LV_OBJ_FLAG_SCROLLABLE)) return;
    lv_obj_update_layout(obj);
    lv_area_t pc;
    lv_obj_get_content_coords(parent, &pc);
    int32_t dy = scroll_into_view_1d(obj->coords.y1, obj->coords.y2, pc.y1, pc.y2, lv_obj_get_scroll_top(parent),
                                     lv_obj_get_scroll_bottom(parent), lv_obj_get_scroll_snap_y(parent));
    int32_t dx = scroll_into_view_1d(obj->coords.x1, obj->coords.x2, pc.x1, pc.x2, lv_obj_get_scroll_left(parent),
                                     lv_obj_get_scroll_right(parent), lv_obj_get_scroll_snap_x(parent));
    /* a running scroll animation ends here */
    bool y_del = lv_anim_delete(parent, scroll_y_anim);
    bool x_del = lv_anim_delete(parent, scroll_x_anim);
    if((y_del || x_del) && lv_obj_send_event(parent, LV_EVENT_SCROLL_END, nullptr) != LV_RESULT_OK) return;
    lv_dir_t dir = lv_obj_get_scroll_dir(parent);
    if((dx < 0 && !(dir & LV_DIR_LEFT)) || (dx > 0 && !(dir & LV_DIR_RIGHT))) dx = 0;
    if((dy < 0 && !(dir & LV_DIR_TOP)) || (dy > 0 && !(dir & LV_DIR_BOTTOM))) dy = 0;
    lv_obj_scroll_by(parent, dx, dy, anim_en);
}

void lv_obj_scroll_to_view_recursive(lv_obj_t * obj, lv_anim_enable_t anim_en)
{
    for(lv_obj_t * o = obj; o && o->parent; o = o->parent) lv_obj_scroll_to_view(o, anim_en);
}

} // extern "C"
