/**
 * @file lv_obj_pos.cpp
 * Position, size and layout. Setters only write styles and mark the layout dirty; the
 * real coordinates are computed by lv_obj_update_layout (children first, so content sizes
 * see their children's final sizes), repeated until nothing is dirty.
 */
#include "lv_obj_private.h"
#include "lv_global.h"

namespace {

/** True when `align` puts a child at the start of the axis (left for x, top for y): its far
 *  edge then sets the content size directly. */
bool aligned_at_start(lv_align_t align, bool horizontal)
{
    switch(align) {
        case LV_ALIGN_DEFAULT:
        case LV_ALIGN_TOP_LEFT: return true;
        case LV_ALIGN_BOTTOM_LEFT:
        case LV_ALIGN_LEFT_MID: return horizontal;
        case LV_ALIGN_TOP_RIGHT:
        case LV_ALIGN_TOP_MID: return !horizontal;
        default: return false;
    }
}

/** The size LV_SIZE_CONTENT gives along one axis: the object's own content (self size)
 *  or its children's extent from the content start, whichever is larger, plus padding. */
int32_t calc_content_size(lv_obj_t * obj, bool horizontal)
{
    int32_t * scroll = obj->spec_attr ? (horizontal ? &obj->spec_attr->scroll.x : &obj->spec_attr->scroll.y) : nullptr;
    int32_t scroll_saved = scroll ? *scroll : 0;
    if(scroll) *scroll = 0;

    int32_t space_start = horizontal ? lv_obj_get_style_space_left(obj, LV_PART_MAIN) : lv_obj_get_style_space_top(obj, LV_PART_MAIN);
    int32_t space_end = horizontal ? lv_obj_get_style_space_right(obj, LV_PART_MAIN) : lv_obj_get_style_space_bottom(obj, LV_PART_MAIN);
    int32_t self = (horizontal ? lv_obj_get_self_width(obj) : lv_obj_get_self_height(obj)) + space_start + space_end;
    int32_t obj_start = horizontal ? obj->coords.x1 : obj->coords.y1;

    int32_t child_res = LV_COORD_MIN;
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) {
        lv_obj_t * child = obj->spec_attr->children[i];
        if(lv_obj_has_flag_any(child, static_cast<lv_obj_flag_t>(LV_OBJ_FLAG_HIDDEN | LV_OBJ_FLAG_FLOATING))) continue;
        int32_t child_end = (horizontal ? child->coords.x2 : child->coords.y2) - obj_start + 1;
        lv_align_t align = static_cast<lv_align_t>(lv_obj_get_style_align(child, LV_PART_MAIN));
        if(lv_obj_is_layout_positioned(child) || aligned_at_start(align, horizontal)) {
            child_res = LV_MAX(child_res, child_end);
            continue;
        }
        /* only an unshifted child counts: a shift would make the size depend on itself */
        int32_t shift = horizontal ? lv_obj_get_style_x(child, LV_PART_MAIN) : lv_obj_get_style_y(child, LV_PART_MAIN);
        if(shift == 0) {
            int32_t extent = horizontal ? lv_area_get_width(&child->coords) : lv_area_get_height(&child->coords);
            child_res = LV_MAX(child_res, extent + space_start);
        }
    }
    if(child_res != LV_COORD_MIN) child_res += space_end;
    if(scroll) *scroll = scroll_saved;
    if(child_res == LV_COORD_MIN) return self;
    return LV_MAX(child_res, self);
}

/** Width or height from the style: content, percentage of the parent, or pixels; clamped. */
int32_t resolve_size(lv_obj_t * obj, bool horizontal)
{
    lv_obj_t * parent = obj->parent;
    int32_t v = horizontal ? lv_obj_get_style_width(obj, LV_PART_MAIN) : lv_obj_get_style_height(obj, LV_PART_MAIN);
    int32_t parent_size = horizontal ? lv_obj_get_content_width(parent) : lv_obj_get_content_height(parent);
    if(v == LV_SIZE_CONTENT) {
        v = calc_content_size(obj, horizontal);
    }
    else if(LV_COORD_IS_PCT(v)) {
        /* a percentage of a content-sized parent would be circular: use only the padding */
        bool parent_content = horizontal ? (!parent->w_layout && lv_obj_get_style_width(parent, LV_PART_MAIN) == LV_SIZE_CONTENT)
                                         : (!parent->h_layout && lv_obj_get_style_height(parent, LV_PART_MAIN) == LV_SIZE_CONTENT);
        if(parent_content) {
            int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
            v = horizontal ? lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + lv_obj_get_style_pad_right(obj, LV_PART_MAIN)
                           : lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
            v += 2 * border;
        }
        else {
            v = (LV_COORD_GET_PCT(v) * parent_size) / 100;
        }
    }
    if(horizontal) {
        return lv_clamp_width(v, lv_obj_get_style_min_width(obj, LV_PART_MAIN), lv_obj_get_style_max_width(obj, LV_PART_MAIN),
                              parent_size);
    }
    return lv_clamp_height(v, lv_obj_get_style_min_height(obj, LV_PART_MAIN), lv_obj_get_style_max_height(obj, LV_PART_MAIN),
                           parent_size);
}

void layout_update_core(lv_obj_t * obj)
{
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) layout_update_core(obj->spec_attr->children[i]);

    if(obj->layout_inv) {
        obj->layout_inv = 0;
        lv_obj_refr_size(obj);
        lv_obj_refr_pos(obj);
        if(cnt > 0) lv_obj_layout_apply(obj);
    }
    if(obj->readjust_scroll_after_layout) {
        obj->readjust_scroll_after_layout = 0;
        lv_obj_readjust_scroll(obj, LV_ANIM_OFF);
    }
}

int32_t clamp_with_pct(int32_t v, int32_t min_v, int32_t max_v, int32_t ref)
{
    if(LV_COORD_IS_PCT(min_v)) min_v = (ref * LV_COORD_GET_PCT(min_v)) / 100;
    if(LV_COORD_IS_PCT(max_v)) max_v = (ref * LV_COORD_GET_PCT(max_v)) / 100;
    return LV_CLAMP(min_v, v, max_v);
}

} // namespace

extern "C" {

int32_t lv_clamp_width(int32_t width, int32_t min_width, int32_t max_width, int32_t ref_width)
{
    return clamp_with_pct(width, min_width, max_width, ref_width);
}

int32_t lv_clamp_height(int32_t height, int32_t min_height, int32_t max_height, int32_t ref_height)
{
    return clamp_with_pct(height, min_height, max_height, ref_height);
}

void lv_obj_set_pos(lv_obj_t * obj, int32_t x, int32_t y)
{
    lv_obj_set_x(obj, x);
    lv_obj_set_y(obj, y);
}

void lv_obj_set_x(lv_obj_t * obj, int32_t x) { lv_obj_set_style_x(obj, x, LV_PART_MAIN); }
void lv_obj_set_y(lv_obj_t * obj, int32_t y) { lv_obj_set_style_y(obj, y, LV_PART_MAIN); }

void lv_obj_set_size(lv_obj_t * obj, int32_t w, int32_t h)
{
    lv_obj_set_width(obj, w);
    lv_obj_set_height(obj, h);
}

void lv_obj_set_width(lv_obj_t * obj, int32_t w) { lv_obj_set_style_width(obj, w, LV_PART_MAIN); }
void lv_obj_set_height(lv_obj_t * obj, int32_t h) { lv_obj_set_style_height(obj, h, LV_PART_MAIN); }

void lv_obj_set_content_width(lv_obj_t * obj, int32_t w)
{
    lv_obj_set_width(obj, w + lv_obj_get_style_space_left(obj, LV_PART_MAIN) + lv_obj_get_style_space_right(obj, LV_PART_MAIN));
}

void lv_obj_set_content_height(lv_obj_t * obj, int32_t h)
{
    lv_obj_set_height(obj, h + lv_obj_get_style_space_top(obj, LV_PART_MAIN) + lv_obj_get_style_space_bottom(obj, LV_PART_MAIN));
}

void lv_obj_set_layout(lv_obj_t * obj, uint32_t layout) { lv_obj_set_style_layout(obj, static_cast<uint16_t>(layout), LV_PART_MAIN); }

bool lv_obj_is_layout_positioned(const lv_obj_t * obj)
{
    if(lv_obj_has_flag_any(obj, static_cast<lv_obj_flag_t>(LV_OBJ_FLAG_HIDDEN | LV_OBJ_FLAG_IGNORE_LAYOUT | LV_OBJ_FLAG_FLOATING))) {
        return false;
    }
    lv_obj_t * parent = obj->parent;
    if(!parent) return false;
    return lv_obj_get_style_layout(parent, LV_PART_MAIN) != LV_LAYOUT_NONE;
}

void lv_obj_mark_layout_as_dirty(lv_obj_t * obj)
{
    lv_obj_t * scr = lv_obj_get_screen(obj);
    /* already marked: the refresh timer was woken then and is never paused */
    if(obj->layout_inv && scr->scr_layout_inv) return;
    obj->layout_inv = 1;
    scr->scr_layout_inv = 1;
    lv_display_t * disp = lv_obj_get_display(scr);
    if(disp) {
        lv_timer_t * t = lv_display_get_refr_timer(disp);
        if(t) lv_timer_resume(t);
    }
}

void lv_obj_update_layout(const lv_obj_t * obj)
{
    if(!obj) return;
    lv_obj_t * scr = lv_obj_get_screen(obj);
    /* layout callbacks may dirty the screen again (e.g. a size change); iterate, bounded */
    for(int guard = 0; scr->scr_layout_inv && guard < 64; guard++) {
        scr->scr_layout_inv = 0;
        layout_update_core(scr);
    }
}

bool lv_obj_refr_size(lv_obj_t * obj)
{
    if(obj->w_layout && obj->h_layout) return false;
    lv_obj_t * parent = obj->parent;
    if(!parent) return false;

    int32_t w = obj->w_layout ? lv_obj_get_width(obj) : resolve_size(obj, true);
    int32_t h = obj->h_layout ? lv_obj_get_height(obj) : resolve_size(obj, false);
    if(lv_obj_get_width(obj) == w && lv_obj_get_height(obj) == h) return false;

    lv_obj_invalidate(obj);
    lv_area_t ori = obj->coords;
    lv_area_t parent_fit;
    lv_obj_get_content_coords(parent, &parent_fit);
    bool on1 = lv_area_is_in(&ori, &parent_fit, 0);
    if(!on1) lv_obj_scrollbar_invalidate(parent);

    obj->coords.y2 = obj->coords.y1 + h - 1;
    if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) obj->coords.x1 = obj->coords.x2 - w + 1;
    else obj->coords.x2 = obj->coords.x1 + w - 1;

    lv_obj_send_event(obj, LV_EVENT_SIZE_CHANGED, &ori);
    lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, obj);
    lv_obj_invalidate(obj);
    obj->readjust_scroll_after_layout = 1;

    bool on2 = lv_area_is_in(&obj->coords, &parent_fit, 0);
    if(on1 || on2) lv_obj_scrollbar_invalidate(parent);
    lv_obj_refresh_ext_draw_size(obj);
    return true;
}

void lv_obj_refr_pos(lv_obj_t * obj)
{
    if(lv_obj_is_layout_positioned(obj)) return;
    lv_obj_t * parent = obj->parent;
    int32_t x = lv_obj_get_style_x(obj, LV_PART_MAIN);
    int32_t y = lv_obj_get_style_y(obj, LV_PART_MAIN);
    if(!parent) {
        lv_obj_move_to(obj, x, y);
        return;
    }
    int32_t pw = lv_obj_get_content_width(parent);
    int32_t ph = lv_obj_get_content_height(parent);
    if(LV_COORD_IS_PCT(x)) x = lv_obj_get_style_width(parent, LV_PART_MAIN) == LV_SIZE_CONTENT ? 0 : (pw * LV_COORD_GET_PCT(x)) / 100;
    if(LV_COORD_IS_PCT(y)) y = lv_obj_get_style_height(parent, LV_PART_MAIN) == LV_SIZE_CONTENT ? 0 : (ph * LV_COORD_GET_PCT(y)) / 100;

    int32_t w = lv_obj_get_width(obj);
    int32_t h = lv_obj_get_height(obj);
    int32_t tr_x = lv_obj_get_style_translate_x(obj, LV_PART_MAIN);
    int32_t tr_y = lv_obj_get_style_translate_y(obj, LV_PART_MAIN);
    if(LV_COORD_IS_PCT(tr_x)) tr_x = (w * LV_COORD_GET_PCT(tr_x)) / 100;
    if(LV_COORD_IS_PCT(tr_y)) tr_y = (h * LV_COORD_GET_PCT(tr_y)) / 100;
    x += tr_x;
    y += tr_y;

    lv_align_t align = static_cast<lv_align_t>(lv_obj_get_style_align(obj, LV_PART_MAIN));
    if(align == LV_ALIGN_DEFAULT) {
        align = lv_obj_get_style_base_dir(parent, LV_PART_MAIN) == LV_BASE_DIR_RTL ? LV_ALIGN_TOP_RIGHT : LV_ALIGN_TOP_LEFT;
    }
    switch(align) {
        case LV_ALIGN_TOP_MID: x += pw / 2 - w / 2; break;
        case LV_ALIGN_TOP_RIGHT: x += pw - w; break;
        case LV_ALIGN_LEFT_MID: y += ph / 2 - h / 2; break;
        case LV_ALIGN_BOTTOM_LEFT: y += ph - h; break;
        case LV_ALIGN_BOTTOM_MID: x += pw / 2 - w / 2; y += ph - h; break;
        case LV_ALIGN_BOTTOM_RIGHT: x += pw - w; y += ph - h; break;
        case LV_ALIGN_RIGHT_MID: x += pw - w; y += ph / 2 - h / 2; break;
        case LV_ALIGN_CENTER: x += pw / 2 - w / 2; y += ph / 2 - h / 2; break;
        default: break;
    }
    lv_obj_move_to(obj, x, y);
}

void lv_obj_move_to(lv_obj_t * obj, int32_t x, int32_t y)
{
    lv_obj_t * parent = obj->parent;
    if(parent) {
        if(lv_obj_has_flag(obj, LV_OBJ_FLAG_FLOATING)) {
            x += parent->coords.x1;
            y += parent->coords.y1;
        }
        else {
            x += parent->coords.x1 - lv_obj_get_scroll_x(parent);
            y += parent->coords.y1 - lv_obj_get_scroll_y(parent);
        }
        x += lv_obj_get_style_space_left(parent, LV_PART_MAIN);
        y += lv_obj_get_style_space_top(parent, LV_PART_MAIN);
    }
    int32_t dx = x - obj->coords.x1;
    int32_t dy = y - obj->coords.y1;
    if(dx == 0 && dy == 0) return;

    lv_obj_invalidate(obj);
    lv_area_t parent_fit;
    bool on1 = false;
    if(parent) {
        lv_obj_get_content_coords(parent, &parent_fit);
        on1 = lv_area_is_in(&obj->coords, &parent_fit, 0);
        if(!on1) lv_obj_scrollbar_invalidate(parent);
    }
    lv_area_move(&obj->coords, dx, dy);
    lv_obj_move_children_by(obj, dx, dy, false);
    if(parent) lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, obj);
    lv_obj_invalidate(obj);
    if(parent) {
        bool on2 = lv_area_is_in(&obj->coords, &parent_fit, 0);
        if(on1 || on2) lv_obj_scrollbar_invalidate(parent);
    }
}

void lv_obj_move_children_by(lv_obj_t * obj, int32_t x_diff, int32_t y_diff, bool ignore_floating)
{
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) {
        lv_obj_t * child = obj->spec_attr->children[i];
        if(ignore_floating && lv_obj_has_flag(child, LV_OBJ_FLAG_FLOATING)) continue;
        lv_area_move(&child->coords, x_diff, y_diff);
        lv_obj_move_children_by(child, x_diff, y_diff, false);
    }
}

void lv_obj_set_align(lv_obj_t * obj, lv_align_t align) { lv_obj_set_style_align(obj, align, LV_PART_MAIN); }

void lv_obj_align(lv_obj_t * obj, lv_align_t align, int32_t x_ofs, int32_t y_ofs)
{
    lv_obj_set_style_align(obj, align, LV_PART_MAIN);
    lv_obj_set_pos(obj, x_ofs, y_ofs);
}

void lv_obj_center(lv_obj_t * obj) { lv_obj_align(obj, LV_ALIGN_CENTER, 0, 0); }

void lv_obj_align_to(lv_obj_t * obj, const lv_obj_t * base, lv_align_t align, int32_t x_ofs, int32_t y_ofs)
{
    lv_obj_update_layout(obj);
    if(!base) base = obj->parent;
    lv_obj_t * parent = obj->parent;
    if(!base || !parent) return;

    int32_t pleft = lv_obj_get_style_space_left(parent, LV_PART_MAIN);
    int32_t ptop = lv_obj_get_style_space_top(parent, LV_PART_MAIN);
    int32_t bleft = lv_obj_get_style_space_left(base, LV_PART_MAIN);
    int32_t btop = lv_obj_get_style_space_top(base, LV_PART_MAIN);
    int32_t w = lv_obj_get_width(obj);
    int32_t h = lv_obj_get_height(obj);
    int32_t bw = lv_obj_get_width(base);
    int32_t bh = lv_obj_get_height(base);
    int32_t cw = lv_obj_get_content_width(base);
    int32_t ch = lv_obj_get_content_height(base);

    if(align == LV_ALIGN_DEFAULT) {
        align = lv_obj_get_style_base_dir(base, LV_PART_MAIN) == LV_BASE_DIR_RTL ? LV_ALIGN_TOP_RIGHT : LV_ALIGN_TOP_LEFT;
    }
    int32_t x = 0;
    int32_t y = 0;
    switch(align) {
        case LV_ALIGN_CENTER: x = cw / 2 - w / 2 + bleft; y = ch / 2 - h / 2 + btop; break;
        case LV_ALIGN_TOP_LEFT: x = bleft; y = btop; break;
        case LV_ALIGN_TOP_MID: x = cw / 2 - w / 2 + bleft; y = btop; break;
        case LV_ALIGN_TOP_RIGHT: x = cw - w + bleft; y = btop; break;
        case LV_ALIGN_BOTTOM_LEFT: x = bleft; y = ch - h + btop; break;
        case LV_ALIGN_BOTTOM_MID: x = cw / 2 - w / 2 + bleft; y = ch - h + btop; break;
        case LV_ALIGN_BOTTOM_RIGHT: x = cw - w + bleft; y = ch - h + btop; break;
        case LV_ALIGN_LEFT_MID: x = bleft; y = ch / 2 - h / 2 + btop; break;
        case LV_ALIGN_RIGHT_MID: x = cw - w + bleft; y = ch / 2 - h / 2 + btop; break;
        case LV_ALIGN_OUT_TOP_LEFT: x = 0; y = -h; break;
        case LV_ALIGN_OUT_TOP_MID: x = bw / 2 - w / 2; y = -h; break;
        case LV_ALIGN_OUT_TOP_RIGHT: x = bw - w; y = -h; break;
        case LV_ALIGN_OUT_BOTTOM_LEFT: x = 0; y = bh; break;
        case LV_ALIGN_OUT_BOTTOM_MID: x = bw / 2 - w / 2; y = bh; break;
        case LV_ALIGN_OUT_BOTTOM_RIGHT: x = bw - w; y = bh; break;
        case LV_ALIGN_OUT_LEFT_TOP: x = -w; y = 0; break;
        case LV_ALIGN_OUT_LEFT_MID: x = -w; y = bh / 2 - h / 2; break;
        case LV_ALIGN_OUT_LEFT_BOTTOM: x = -w; y = bh - h; break;
        case LV_ALIGN_OUT_RIGHT_TOP: x = bw; y = 0; break;
        case LV_ALIGN_OUT_RIGHT_MID: x = bw; y = bh / 2 - h / 2; break;
        case LV_ALIGN_OUT_RIGHT_BOTTOM: x = bw; y = bh - h; break;
        default: break;
    }
    x += x_ofs + base->coords.x1 - parent->coords.x1 + lv_obj_get_scroll_left(parent) - pleft;
    y += y_ofs + base->coords.y1 - parent->coords.y1 + lv_obj_get_scroll_top(parent) - ptop;
    lv_obj_set_style_align(obj, LV_ALIGN_TOP_LEFT, LV_PART_MAIN);
    lv_obj_set_pos(obj, x, y);
}

void lv_obj_get_coords(const lv_obj_t * obj, lv_area_t * coords)
{
    if(!coords) return;
    *coords = obj->coords;
}

int32_t lv_obj_get_x(const lv_obj_t * obj)
{
    lv_obj_t * parent = obj->parent;
    if(!parent) return obj->coords.x1;
    return obj->coords.x1 - parent->coords.x1 + lv_obj_get_scroll_x(parent) - lv_obj_get_style_space_left(parent, LV_PART_MAIN);
}

int32_t lv_obj_get_y(const lv_obj_t * obj)
{
    lv_obj_t * parent = obj->parent;
    if(!parent) return obj->coords.y1;
    return obj->coords.y1 - parent->coords.y1 + lv_obj_get_scroll_y(parent) - lv_obj_get_style_space_top(parent, LV_PART_MAIN);
}

int32_t lv_obj_get_x2(const lv_obj_t * obj) { return lv_obj_get_x(obj) + lv_obj_get_width(obj); }
int32_t lv_obj_get_y2(const lv_obj_t * obj) { return lv_obj_get_y(obj) + lv_obj_get_height(obj); }
int32_t lv_obj_get_x_aligned(const lv_obj_t * obj) { return lv_obj_get_style_x(obj, LV_PART_MAIN); }
int32_t lv_obj_get_y_aligned(const lv_obj_t * obj) { return lv_obj_get_style_y(obj, LV_PART_MAIN); }
int32_t lv_obj_get_width(const lv_obj_t * obj) { return lv_area_get_width(&obj->coords); }
int32_t lv_obj_get_height(const lv_obj_t * obj) { return lv_area_get_height(&obj->coords); }

int32_t lv_obj_get_content_width(const lv_obj_t * obj)
{
    return lv_obj_get_width(obj) - lv_obj_get_style_space_left(obj, LV_PART_MAIN) - lv_obj_get_style_space_right(obj, LV_PART_MAIN);
}

int32_t lv_obj_get_content_height(const lv_obj_t * obj)
{
    return lv_obj_get_height(obj) - lv_obj_get_style_space_top(obj, LV_PART_MAIN) - lv_obj_get_style_space_bottom(obj, LV_PART_MAIN);
}

void lv_obj_get_content_coords(const lv_obj_t * obj, lv_area_t * area)
{
    if(!area) return;  /* a script passed None */
    *area = obj->coords;
    area->x1 += lv_obj_get_style_space_left(obj, LV_PART_MAIN);
    area->x2 -= lv_obj_get_style_space_right(obj, LV_PART_MAIN);
    area->y1 += lv_obj_get_style_space_top(obj, LV_PART_MAIN);
    area->y2 -= lv_obj_get_style_space_bottom(obj, LV_PART_MAIN);
}

int32_t lv_obj_get_self_width(const lv_obj_t * obj)
{
    lv_point_t p = {0, 0};
    lv_obj_send_event(const_cast<lv_obj_t *>(obj), LV_EVENT_GET_SELF_SIZE, &p);
    return p.x;
}

int32_t lv_obj_get_self_height(const lv_obj_t * obj)
{
    lv_point_t p = {0, 0};
    lv_obj_send_event(const_cast<lv_obj_t *>(obj), LV_EVENT_GET_SELF_SIZE, &p);
    return p.y;
}

bool lv_obj_refresh_self_size(lv_obj_t * obj)
{
    int32_t w = lv_obj_get_style_width(obj, LV_PART_MAIN);
    int32_t h = lv_obj_get_style_height(obj, LV_PART_MAIN);
    if(w != LV_SIZE_CONTENT && h != LV_SIZE_CONTENT) return false;
    lv_obj_mark_layout_as_dirty(obj);
    return true;
}

/** True when the main part of `obj` is rotated or scaled. Cached in the object: every
 *  invalidation asks it for the object and its ancestors, and lv_obj_refresh_style clears
 *  the cache when a transform property (or any style) changes. Not cached while a widget
 *  resolves styles in a borrowed state (skip_trans: drawing items as pressed, ...). */
static bool has_own_transform(const lv_obj_t * obj)
{
    if(obj->transform_known) return obj->has_transform;
    bool t = (obj->styles && (lv_obj_get_style_transform_rotation(obj, LV_PART_MAIN) != 0 ||
                              lv_obj_get_style_transform_scale_x(obj, LV_PART_MAIN) != LV_SCALE_NONE ||
                              lv_obj_get_style_transform_scale_y(obj, LV_PART_MAIN) != LV_SCALE_NONE)) ||
             lv_obj_get_transform(obj) != nullptr;
    if(!obj->skip_trans) {
        lv_obj_t * cache = const_cast<lv_obj_t *>(obj);
        cache->has_transform = t;
        cache->transform_known = 1;
    }
    return t;
}

static bool has_transform_chain(const lv_obj_t * obj)
{
    for(; obj; obj = obj->parent) {
        if(has_own_transform(obj)) return true;
    }
    return false;
}

lv_display_t * lv_obj_shown_on_display(const lv_obj_t * obj)
{
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_HIDDEN)) return nullptr;
    lv_obj_t * scr = lv_obj_get_screen(obj);
    lv_display_t * disp = lv_obj_get_display(scr);
    if(!disp) return nullptr;
    if(scr != lv_display_get_screen_active(disp) && scr != lv_display_get_screen_prev(disp) &&
       scr != lv_display_get_layer_top(disp) && scr != lv_display_get_layer_sys(disp) &&
       scr != lv_display_get_layer_bottom(disp)) {
        return nullptr;
    }
    return disp;
}

/** Clips `area` by every ancestor that clips its children and by the display; false when
 *  nothing is left or an ancestor is hidden. */
static bool clip_to_visible(const lv_obj_t * obj, lv_display_t * disp, lv_area_t * area)
{
    /* clip by every ancestor that clips its children */
    for(const lv_obj_t * p = obj->parent; p; p = p->parent) {
        if(lv_obj_has_flag(p, LV_OBJ_FLAG_HIDDEN)) return false;
        if(lv_obj_has_flag(p, LV_OBJ_FLAG_OVERFLOW_VISIBLE)) continue;
        if(!lv_area_intersect(area, area, &p->coords)) return false;
    }
    lv_area_t scr_area = {0, 0, lv_display_get_horizontal_resolution(disp) - 1, lv_display_get_vertical_resolution(disp) - 1};
    return lv_area_intersect(area, area, &scr_area);
}

void lv_obj_invalidate_area(const lv_obj_t * obj, const lv_area_t * area)
{
    if(!area) return;  /* a script passed None */
    /* cheap checks first: most invalidations while a screen is built hit no shown screen */
    lv_display_t * disp = lv_obj_shown_on_display(obj);
    if(!disp || !lv_display_is_invalidation_enabled(disp)) return;
    lv_area_t a = *area;
    /* transformed objects (or ancestors) cover a different screen area */
    if(has_transform_chain(obj)) {
        lv_obj_get_transformed_area(obj, &a, LV_OBJ_POINT_TRANSFORM_FLAG_RECURSIVE);
        lv_area_increase(&a, 5, 5); /* room for rounding in the transformation */
    }
    if(!clip_to_visible(obj, disp, &a)) return;
    lv_inv_area(disp, &a);
}

/** Maps points through the object's transform matrix as it is drawn (rotation and scale
 *  around the top-left corner, then the translation). */
static void matrix_transform_points(const lv_obj_t * obj, const lv_obj_matrix_parts_t & m, lv_point_t * p,
                                    size_t count, bool inverse)
{
    const lv_point_t corner = {obj->coords.x1, obj->coords.y1};
    if(inverse) {
        for(size_t i = 0; i < count; i++) {
            p[i].x -= m.translate.x;
            p[i].y -= m.translate.y;
        }
        int32_t sx = (256 * 256 + m.scale_x - 1) / m.scale_x;
        int32_t sy = (256 * 256 + m.scale_y - 1) / m.scale_y;
        lv_point_array_transform(p, count, -m.rotation, sx, sy, &corner, false);
        return;
    }
    lv_point_array_transform(p, count, m.rotation, m.scale_x, m.scale_y, &corner, true);
    for(size_t i = 0; i < count; i++) {
        p[i].x += m.translate.x;
        p[i].y += m.translate.y;
    }
}

static void transform_points(const lv_obj_t * obj, lv_point_t * p, size_t count, bool inverse)
{
    lv_obj_matrix_parts_t parts;
    if(lv_obj_get_matrix_parts(obj, &parts)) {
        matrix_transform_points(obj, parts, p, count, inverse);
        return;
    }
    int32_t angle = lv_obj_get_style_transform_rotation(obj, LV_PART_MAIN);
    int32_t scale_x = lv_obj_get_style_transform_scale_x_safe(obj, LV_PART_MAIN);
    int32_t scale_y = lv_obj_get_style_transform_scale_y_safe(obj, LV_PART_MAIN);
    if(angle == 0 && scale_x == LV_SCALE_NONE && scale_y == LV_SCALE_NONE) return;
    lv_point_t pivot = {lv_obj_get_style_transform_pivot_x(obj, LV_PART_MAIN),
                        lv_obj_get_style_transform_pivot_y(obj, LV_PART_MAIN)};
    if(LV_COORD_IS_PCT(pivot.x)) pivot.x = (LV_COORD_GET_PCT(pivot.x) * lv_obj_get_width(obj)) / 100;
    if(LV_COORD_IS_PCT(pivot.y)) pivot.y = (LV_COORD_GET_PCT(pivot.y) * lv_obj_get_height(obj)) / 100;
    pivot.x += obj->coords.x1;
    pivot.y += obj->coords.y1;
    if(inverse) {
        angle = -angle;
        scale_x = (256 * 256 + scale_x - 1) / scale_x;
        scale_y = (256 * 256 + scale_y - 1) / scale_y;
    }
    lv_point_array_transform(p, count, angle, scale_x, scale_y, &pivot, !inverse);
}

extern "C" void lv_obj_transform_point_array(const lv_obj_t * obj, lv_point_t points[], size_t count,
                                             lv_obj_point_transform_flag_t flags)
{
    bool inverse = flags & LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE;
    if(flags & LV_OBJ_POINT_TRANSFORM_FLAG_RECURSIVE) {
        /* outward: the object's own transform first; inward: the outermost first */
        if(inverse) {
            const lv_obj_t * chain[32];
            size_t n = 0;
            for(const lv_obj_t * o = obj; o && n < 32; o = o->parent) chain[n++] = o;
            while(n-- > 0) transform_points(chain[n], points, count, true);
        }
        else {
            for(const lv_obj_t * o = obj; o; o = o->parent) transform_points(o, points, count, false);
        }
    }
    else {
        transform_points(obj, points, count, inverse);
    }
}

extern "C" void lv_obj_transform_point(const lv_obj_t * obj, lv_point_t * p, lv_obj_point_transform_flag_t flags)
{
    lv_obj_transform_point_array(obj, p, 1, flags);
}

extern "C" void lv_obj_get_transformed_area(const lv_obj_t * obj, lv_area_t * area, lv_obj_point_transform_flag_t flags)
{
    if(!area) return;  /* a script passed None */
    lv_point_t p[4] = {
        {area->x1, area->y1}, {area->x1, area->y2 + 1}, {area->x2 + 1, area->y1}, {area->x2 + 1, area->y2 + 1},
    };
    lv_obj_transform_point_array(obj, p, 4, flags);
    area->x1 = LV_MIN(LV_MIN(p[0].x, p[1].x), LV_MIN(p[2].x, p[3].x));
    area->x2 = LV_MAX(LV_MAX(p[0].x, p[1].x), LV_MAX(p[2].x, p[3].x));
    area->y1 = LV_MIN(LV_MIN(p[0].y, p[1].y), LV_MIN(p[2].y, p[3].y));
    area->y2 = LV_MAX(LV_MAX(p[0].y, p[1].y), LV_MAX(p[2].y, p[3].y));
}

void lv_obj_invalidate(const lv_obj_t * obj)
{
    lv_area_t a = obj->coords;
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&a, ext, ext);
    lv_obj_invalidate_area(obj, &a);
}

bool lv_obj_area_is_visible(const lv_obj_t * obj, lv_area_t * area)
{
    if(!area) return false;  /* a script passed None */
    lv_display_t * disp = lv_obj_shown_on_display(obj);
    return disp && clip_to_visible(obj, disp, area);
}

bool lv_obj_is_visible(const lv_obj_t * obj)
{
    lv_area_t a = obj->coords;
    return lv_obj_area_is_visible(obj, &a);
}

void lv_obj_set_ext_click_area(lv_obj_t * obj, int32_t size)
{
    lv_obj_allocate_spec_attr(obj);
    if(obj->spec_attr) obj->spec_attr->ext_click_pad = size;
}

void lv_obj_get_click_area(const lv_obj_t * obj, lv_area_t * area)
{
    if(!area) return;  /* a script passed None */
    *area = obj->coords;
    if(obj->spec_attr) lv_area_increase(area, obj->spec_attr->ext_click_pad, obj->spec_attr->ext_click_pad);
}

bool lv_obj_hit_test(lv_obj_t * obj, const lv_point_t * point)
{
    if(!point) return false;  /* a script passed None */
    if(!lv_obj_has_flag(obj, LV_OBJ_FLAG_CLICKABLE) || lv_obj_has_state(obj, LV_STATE_DISABLED)) return false;
    lv_area_t a;
    lv_obj_get_click_area(obj, &a);
    if(!lv_area_is_point_on(&a, point, 0)) return false;
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_ADV_HITTEST)) {
        lv_hit_test_info_t info = {point, true};
        lv_obj_send_event(obj, LV_EVENT_HIT_TEST, &info);
        return info.res;
    }
    return true;
}

} // extern "C"
