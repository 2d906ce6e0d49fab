/**
 * @file lv_flex.cpp
 * Flex layout with LVGL's semantics: children are split into tracks (rows or columns; a new
 * track starts when wrapping and the next item would overflow, or at an item flagged
 * FLEX_IN_NEW_TRACK); grow items share the free space of their track in proportion to
 * their grow values, re-distributed while min/max sizes clamp them; tracks and items are
 * then placed by the track, main and cross alignments.
 */
#include "core/lv_obj_private.h"

namespace {

struct grow_dsc_t {
    lv_obj_t * item;
    int32_t min_size;
    int32_t max_size;
    int32_t final_size;
    uint32_t grow_value;
    bool clamped;
};

struct flex_t {
    lv_flex_align_t main_place;
    lv_flex_align_t cross_place;
    lv_flex_align_t track_place;
    bool row;
    bool wrap;
    bool rev;
};

struct track_t {
    grow_dsc_t * grow_dsc;
    int32_t track_main_size;     /* main size of the track (all of it if it has grow items) */
    int32_t track_fix_main_size; /* main size taken by the non-growing items and the gaps */
    int32_t track_cross_size;
    uint32_t item_cnt;
    uint32_t grow_item_cnt;
    bool grow_dsc_calc;
};

bool skipped(const lv_obj_t * item)
{
    return lv_obj_has_flag_any(item, static_cast<lv_obj_flag_t>(LV_OBJ_FLAG_IGNORE_LAYOUT | LV_OBJ_FLAG_HIDDEN |
                                                                 LV_OBJ_FLAG_FLOATING));
}

int32_t main_size(const flex_t & f, const lv_obj_t * o) { return f.row ? lv_obj_get_width(o) : lv_obj_get_height(o); }
int32_t cross_size(const flex_t & f, const lv_obj_t * o) { return f.row ? lv_obj_get_height(o) : lv_obj_get_width(o); }

lv_obj_t * next_item(lv_obj_t * cont, bool rev, int32_t * id)
{
    *id += rev ? -1 : 1;
    if(*id < 0) return nullptr;
    return lv_obj_get_child(cont, *id);
}

/** Collects one track starting at item_start_id; returns the id of the next track's first item. */
int32_t find_track_end(lv_obj_t * cont, flex_t * f, int32_t item_start_id, int32_t max_main_size, int32_t item_gap,
                       track_t * t)
{
    int32_t w_set = lv_obj_get_style_width(cont, LV_PART_MAIN);
    int32_t h_set = lv_obj_get_style_height(cont, LV_PART_MAIN);
    /* a content-sized container cannot wrap: its size depends on the children */
    if(f->wrap && ((f->row && w_set == LV_SIZE_CONTENT) || (!f->row && h_set == LV_SIZE_CONTENT))) f->wrap = false;

    t->track_main_size = 0;
    t->track_fix_main_size = 0;
    t->grow_item_cnt = 0;
    t->track_cross_size = 0;
    t->item_cnt = 0;
    t->grow_dsc = nullptr;

    int32_t item_id = item_start_id;
    lv_obj_t * item = lv_obj_get_child(cont, item_id);
    while(item) {
        if(item_id != item_start_id && lv_obj_has_flag(item, LV_OBJ_FLAG_FLEX_IN_NEW_TRACK)) break;
        if(!skipped(item)) {
            uint8_t grow = lv_obj_get_style_flex_grow(item, LV_PART_MAIN);
            if(grow) {
                t->grow_item_cnt++;
                t->track_fix_main_size += item_gap;
                if(t->grow_dsc_calc) {
                    grow_dsc_t * d = static_cast<grow_dsc_t *>(lv_realloc(t->grow_dsc, sizeof(grow_dsc_t) * t->grow_item_cnt));
                    if(!d) {
                        t->grow_item_cnt--;
                        break;
                    }
                    t->grow_dsc = d;
                    grow_dsc_t & g = d[t->grow_item_cnt - 1];
                    g.item = item;
                    g.min_size = f->row ? lv_obj_get_style_min_width(item, LV_PART_MAIN) : lv_obj_get_style_min_height(item, LV_PART_MAIN);
                    g.max_size = f->row ? lv_obj_get_style_max_width(item, LV_PART_MAIN) : lv_obj_get_style_max_height(item, LV_PART_MAIN);
                    g.grow_value = grow;
                    g.clamped = false;
                    g.final_size = 0;
                }
            }
            else {
                int32_t s = main_size(*f, item);
                if(f->wrap && t->track_fix_main_size + s > max_main_size) break;
                t->track_fix_main_size += s + item_gap;
            }
            t->track_cross_size = LV_MAX(cross_size(*f, item), t->track_cross_size);
            t->item_cnt++;
        }
        item = next_item(cont, f->rev, &item_id);
    }
    if(t->track_fix_main_size > 0) t->track_fix_main_size -= item_gap; /* no gap after the last item */
    t->track_main_size = t->grow_item_cnt ? max_main_size : t->track_fix_main_size;

    /* a track holds at least one item even if it overflows */
    if(item && item_id == item_start_id) {
        item = lv_obj_get_child(cont, item_id);
        next_item(cont, f->rev, &item_id);
        if(item) {
            t->track_cross_size = cross_size(*f, item);
            t->track_main_size = main_size(*f, item);
            t->item_cnt = 1;
        }
    }
    return item_id;
}

void place_content(lv_flex_align_t place, int32_t max_size, int32_t content_size, int32_t item_cnt,
                   int32_t * start_pos, int32_t * gap)
{
    if(item_cnt <= 1 && (place == LV_FLEX_ALIGN_SPACE_BETWEEN || place == LV_FLEX_ALIGN_SPACE_AROUND ||
                         place == LV_FLEX_ALIGN_SPACE_EVENLY)) {
        place = LV_FLEX_ALIGN_CENTER;
    }
    switch(place) {
        case LV_FLEX_ALIGN_CENTER:
            *gap = 0;
            *start_pos += (max_size - content_size) / 2;
            break;
        case LV_FLEX_ALIGN_END:
            *gap = 0;
            *start_pos += max_size - content_size;
            break;
        case LV_FLEX_ALIGN_SPACE_BETWEEN:
            *gap = (max_size - content_size) / (item_cnt - 1);
            break;
        case LV_FLEX_ALIGN_SPACE_AROUND:
            *gap += (max_size - content_size) / item_cnt;
            *start_pos += *gap / 2;
            break;
        case LV_FLEX_ALIGN_SPACE_EVENLY:
            *gap = (max_size - content_size) / (item_cnt + 1);
            *start_pos += *gap;
            break;
        default:
            *gap = 0;
            break;
    }
}

void distribute_grow(track_t * t)
{
    bool again = true;
    while(again && t->grow_item_cnt) {
        again = false;
        int32_t grow_sum = 0;
        int32_t grow_space = t->track_main_size - t->track_fix_main_size;
        for(uint32_t i = 0; i < t->grow_item_cnt; i++) {
            if(!t->grow_dsc[i].clamped) grow_sum += static_cast<int32_t>(t->grow_dsc[i].grow_value);
            else grow_space -= t->grow_dsc[i].final_size;
        }
        for(uint32_t i = 0; i < t->grow_item_cnt; i++) {
            grow_dsc_t & g = t->grow_dsc[i];
            if(g.clamped || grow_sum == 0) continue;
            int32_t unit = grow_space / grow_sum;
            int32_t size = unit * static_cast<int32_t>(g.grow_value);
            int32_t clamped = LV_CLAMP(g.min_size, size, g.max_size);
            if(clamped != size) {
                g.clamped = true;
                again = true;
            }
            g.final_size = clamped;
            grow_sum -= static_cast<int32_t>(g.grow_value);
            grow_space -= g.final_size;
        }
    }
}

void set_main_size(const flex_t & f, lv_area_t * a, int32_t s)
{
    if(f.row) lv_area_set_width(a, s);
    else lv_area_set_height(a, s);
}

void children_repos(lv_obj_t * cont, flex_t * f, int32_t item_first_id, int32_t item_last_id, int32_t abs_x,
                    int32_t abs_y, int32_t max_main_size, int32_t item_gap, track_t * t)
{
    distribute_grow(t);
    bool rtl = lv_obj_get_style_base_dir(cont, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    int32_t main_pos = 0;
    int32_t place_gap = 0;
    place_content(f->main_place, max_main_size, t->track_main_size, static_cast<int32_t>(t->item_cnt), &main_pos, &place_gap);
    if(f->row && rtl) main_pos += lv_obj_get_content_width(cont);

    lv_obj_t * item = lv_obj_get_child(cont, item_first_id);
    while(item && item_first_id != item_last_id) {
        if(skipped(item)) {
            item = next_item(cont, f->rev, &item_first_id);
            continue;
        }
        if(lv_obj_get_style_flex_grow(item, LV_PART_MAIN)) {
            int32_t s = 0;
            for(uint32_t i = 0; i < t->grow_item_cnt; i++) {
                if(t->grow_dsc[i].item == item) {
                    s = t->grow_dsc[i].final_size;
                    break;
                }
            }
            item->w_layout = f->row;
            item->h_layout = !f->row;
            if(s != main_size(*f, item)) {
                lv_obj_invalidate(item);
                lv_area_t old = item->coords;
                set_main_size(*f, &item->coords, s);
                lv_obj_send_event(item, LV_EVENT_SIZE_CHANGED, &old);
                lv_obj_send_event(cont, LV_EVENT_CHILD_CHANGED, item);
                lv_obj_invalidate(item);
            }
        }
        else {
            item->w_layout = 0;
            item->h_layout = 0;
        }

        int32_t cross_pos = 0;
        if(f->cross_place == LV_FLEX_ALIGN_CENTER) {
            /* round the track up to even so a 1 px size change does not shift the item */
            cross_pos = (((t->track_cross_size + 1) & ~1) - cross_size(*f, item)) / 2;
        }
        else if(f->cross_place == LV_FLEX_ALIGN_END) {
            cross_pos = t->track_cross_size - cross_size(*f, item);
        }
        if(f->row && rtl) main_pos -= main_size(*f, item);

        int32_t tr_x = lv_obj_get_style_translate_x(item, LV_PART_MAIN);
        int32_t tr_y = lv_obj_get_style_translate_y(item, LV_PART_MAIN);
        if(LV_COORD_IS_PCT(tr_x)) tr_x = (lv_obj_get_width(item) * LV_COORD_GET_PCT(tr_x)) / 100;
        if(LV_COORD_IS_PCT(tr_y)) tr_y = (lv_obj_get_height(item) * LV_COORD_GET_PCT(tr_y)) / 100;
        int32_t dx = abs_x - item->coords.x1 + tr_x + (f->row ? main_pos : cross_pos);
        int32_t dy = abs_y - item->coords.y1 + tr_y + (f->row ? cross_pos : main_pos);
        if(dx || dy) {
            lv_obj_invalidate(item);
            lv_area_move(&item->coords, dx, dy);
            lv_obj_invalidate(item);
            lv_obj_move_children_by(item, dx, dy, false);
        }
        if(!(f->row && rtl)) main_pos += main_size(*f, item) + item_gap + place_gap;
        else main_pos -= item_gap + place_gap;
        item = next_item(cont, f->rev, &item_first_id);
    }
}

} // namespace

void lv_flex_update(lv_obj_t * cont, void * user_data)
{
    LV_UNUSED(user_data);
    uint32_t flow = lv_obj_get_style_flex_flow(cont, LV_PART_MAIN);
    flex_t f;
    f.row = !(flow & LV_FLEX_COLUMN);
    f.wrap = (flow & LV_FLEX_WRAP) != 0;
    f.rev = (flow & LV_FLEX_REVERSE) != 0;
    f.main_place = lv_obj_get_style_flex_main_place(cont, LV_PART_MAIN);
    f.cross_place = lv_obj_get_style_flex_cross_place(cont, LV_PART_MAIN);
    f.track_place = lv_obj_get_style_flex_track_place(cont, LV_PART_MAIN);

    bool rtl = lv_obj_get_style_base_dir(cont, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    int32_t track_gap = f.row ? lv_obj_get_style_pad_row(cont, LV_PART_MAIN) : lv_obj_get_style_pad_column(cont, LV_PART_MAIN);
    int32_t item_gap = f.row ? lv_obj_get_style_pad_column(cont, LV_PART_MAIN) : lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
    int32_t max_main_size = f.row ? lv_obj_get_content_width(cont) : lv_obj_get_content_height(cont);
    /* the border counts only on the sides it is drawn on */
    int32_t abs_y = cont->coords.y1 + lv_obj_get_style_space_top(cont, LV_PART_MAIN) - lv_obj_get_scroll_y(cont);
    int32_t abs_x = cont->coords.x1 + lv_obj_get_style_space_left(cont, LV_PART_MAIN) - lv_obj_get_scroll_x(cont);
    int32_t * cross_pos = f.row ? &abs_y : &abs_x;
    int32_t w_set = lv_obj_get_style_width(cont, LV_PART_MAIN);
    int32_t h_set = lv_obj_get_style_height(cont, LV_PART_MAIN);
    int32_t child_cnt = static_cast<int32_t>(lv_obj_get_child_count(cont));

    /* a content-sized cross direction has no free space to distribute */
    lv_flex_align_t track_cross_place = f.track_place;
    if((f.row && h_set == LV_SIZE_CONTENT && !cont->h_layout) || (!f.row && w_set == LV_SIZE_CONTENT && !cont->w_layout)) {
        track_cross_place = LV_FLEX_ALIGN_START;
    }
    if(rtl && !f.row) {
        if(track_cross_place == LV_FLEX_ALIGN_START) track_cross_place = LV_FLEX_ALIGN_END;
        else if(track_cross_place == LV_FLEX_ALIGN_END) track_cross_place = LV_FLEX_ALIGN_START;
    }

    int32_t total_track_cross = 0;
    int32_t gap = 0;
    if(track_cross_place != LV_FLEX_ALIGN_START) {
        int32_t track_cnt = 0;
        int32_t first = f.rev ? child_cnt - 1 : 0;
        while(first < child_cnt && first >= 0) {
            track_t t;
            t.grow_dsc_calc = false;
            int32_t next = find_track_end(cont, &f, first, max_main_size, item_gap, &t);
            total_track_cross += t.track_cross_size + track_gap;
            track_cnt++;
            first = next;
        }
        if(track_cnt) total_track_cross -= track_gap;
        int32_t max_cross = f.row ? lv_obj_get_content_height(cont) : lv_obj_get_content_width(cont);
        place_content(track_cross_place, max_cross, total_track_cross, track_cnt, cross_pos, &gap);
    }

    int32_t first = f.rev ? child_cnt - 1 : 0;
    if(rtl && !f.row) *cross_pos += total_track_cross;
    while(first < child_cnt && first >= 0) {
        track_t t;
        t.grow_dsc_calc = true;
        int32_t next = find_track_end(cont, &f, first, max_main_size, item_gap, &t);
        if(rtl && !f.row) *cross_pos -= t.track_cross_size;
        children_repos(cont, &f, first, next, abs_x, abs_y, max_main_size, item_gap, &t);
        first = next;
        lv_free(t.grow_dsc);
        if(rtl && !f.row) *cross_pos -= gap + track_gap;
        else *cross_pos += t.track_cross_size + gap + track_gap;
    }
    if(w_set == LV_SIZE_CONTENT || h_set == LV_SIZE_CONTENT) lv_obj_refr_size(cont);
}

extern "C" {

void lv_flex_init(void) {}

void lv_obj_set_flex_flow(lv_obj_t * obj, lv_flex_flow_t flow)
{
    lv_obj_set_style_flex_flow(obj, flow, 0);
    lv_obj_set_style_layout(obj, LV_LAYOUT_FLEX, 0);
}

void lv_obj_set_flex_align(lv_obj_t * obj, lv_flex_align_t main_place, lv_flex_align_t cross_place,
                           lv_flex_align_t track_cross_place)
{
    lv_obj_set_style_flex_main_place(obj, main_place, 0);
    lv_obj_set_style_flex_cross_place(obj, cross_place, 0);
    lv_obj_set_style_flex_track_place(obj, track_cross_place, 0);
    lv_obj_set_style_layout(obj, LV_LAYOUT_FLEX, 0);
}

void lv_obj_set_flex_grow(lv_obj_t * obj, uint8_t grow)
{
    lv_obj_set_style_flex_grow(obj, grow, 0);
    if(obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
}

} // extern "C"
