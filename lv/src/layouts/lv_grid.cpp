/**
 * @file lv_grid.cpp
 * Grid layout with LVGL's semantics: CONTENT tracks take the size of their largest
 * single-span item, fixed tracks their size, FR tracks share the remaining space (the last
 * one absorbs rounding); the tracks are placed by the grid alignment, then every item is
 * aligned (or stretched) in its cell, spans included.
 */
#include "core/lv_obj_private.h"

namespace {

constexpr int32_t GRID_CONTENT = LV_GRID_CONTENT;

bool is_fr(int32_t x) { return LV_GRID_IS_FR(x) && x != LV_GRID_TEMPLATE_LAST; }
int32_t get_fr(int32_t x) { return x - (LV_COORD_MAX - 100); }

struct grid_t {
    int32_t * x;
    int32_t * y;
    int32_t * w;
    int32_t * h;
    uint32_t col_num;
    uint32_t row_num;
};

uint32_t count_tracks(const int32_t * templ)
{
    uint32_t n = 0;
    while(templ[n] != LV_GRID_TEMPLATE_LAST) n++;
    return n;
}

bool skipped(const lv_obj_t * item)
{
    return lv_obj_has_flag_any(item, static_cast<lv_obj_flag_t>(LV_OBJ_FLAG_IGNORE_LAYOUT | LV_OBJ_FLAG_HIDDEN |
                                                                 LV_OBJ_FLAG_FLOATING));
}

/** Track sizes along one axis: content, fixed and fr tracks. */
void calc_tracks(lv_obj_t * cont, const int32_t * templ, uint32_t num, int32_t * size, bool cols)
{
    int32_t cont_size = cols ? lv_obj_get_content_width(cont) : lv_obj_get_content_height(cont);
    int32_t gap = cols ? lv_obj_get_style_pad_column(cont, LV_PART_MAIN) : lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
    uint32_t child_cnt = lv_obj_get_child_count(cont);
    for(uint32_t i = 0; i < num; i++) {
        size[i] = 0;
        if(templ[i] != GRID_CONTENT) continue;
        int32_t s = LV_COORD_MIN;
        for(uint32_t k = 0; k < child_cnt; k++) {
            lv_obj_t * item = cont->spec_attr->children[k];
            if(skipped(item)) continue;
            int32_t span = cols ? lv_obj_get_style_grid_cell_column_span(item, LV_PART_MAIN)
                                : lv_obj_get_style_grid_cell_row_span(item, LV_PART_MAIN);
            int32_t pos = cols ? lv_obj_get_style_grid_cell_column_pos(item, LV_PART_MAIN)
                               : lv_obj_get_style_grid_cell_row_pos(item, LV_PART_MAIN);
            if(span != 1 || pos != static_cast<int32_t>(i)) continue;
            s = LV_MAX(s, cols ? lv_obj_get_width(item) : lv_obj_get_height(item));
        }
        size[i] = s >= 0 ? s : 0;
    }
    int32_t fr_cnt = 0;
    int32_t used = 0;
    for(uint32_t i = 0; i < num; i++) {
        int32_t t = templ[i];
        if(is_fr(t)) fr_cnt += get_fr(t);
        else if(t == GRID_CONTENT) used += size[i];
        else {
            size[i] = t;
            used += t;
        }
    }
    cont_size -= gap * (static_cast<int32_t>(num) - 1);
    int32_t free_size = LV_MAX(cont_size - used, 0);
    int32_t last_fr_i = -1;
    int32_t last_fr = 0;
    for(uint32_t i = 0; i < num; i++) {
        if(!is_fr(templ[i])) continue;
        int32_t f = get_fr(templ[i]);
        size[i] = fr_cnt ? (free_size * f) / fr_cnt : 0;
        last_fr_i = static_cast<int32_t>(i);
        last_fr = f;
    }
    if(last_fr_i >= 0 && fr_cnt) size[last_fr_i] = free_size - (free_size * (fr_cnt - last_fr)) / fr_cnt;
}

int32_t grid_align(int32_t cont_size, bool auto_size, lv_grid_align_t align, int32_t gap, uint32_t num,
                   const int32_t * size, int32_t * pos, bool reverse)
{
    if(auto_size) {
        pos[0] = 0;
    }
    else {
        if(align == LV_GRID_ALIGN_SPACE_AROUND || align == LV_GRID_ALIGN_SPACE_BETWEEN || align == LV_GRID_ALIGN_SPACE_EVENLY) {
            gap = 0;
            if(num == 1) align = LV_GRID_ALIGN_CENTER;
        }
        int32_t grid_size = 0;
        for(uint32_t i = 0; i < num; i++) grid_size += size[i] + gap;
        grid_size -= gap;
        int32_t n = static_cast<int32_t>(num);
        switch(align) {
            case LV_GRID_ALIGN_CENTER: pos[0] = (cont_size - grid_size) / 2; break;
            case LV_GRID_ALIGN_END: pos[0] = cont_size - grid_size; break;
            case LV_GRID_ALIGN_SPACE_BETWEEN:
                pos[0] = 0;
                gap = (cont_size - grid_size) / (n - 1);
                break;
            case LV_GRID_ALIGN_SPACE_AROUND:
                gap = (cont_size - grid_size) / n;
                pos[0] = gap / 2;
                break;
            case LV_GRID_ALIGN_SPACE_EVENLY:
                gap = (cont_size - grid_size) / (n + 1);
                pos[0] = gap;
                break;
            default: pos[0] = 0; break;
        }
    }
    for(uint32_t i = 0; i + 1 < num; i++) pos[i + 1] = pos[i] + size[i] + gap;
    int32_t total = pos[num - 1] + size[num - 1] - pos[0];
    if(reverse) {
        for(uint32_t i = 0; i < num; i++) pos[i] = cont_size - pos[i] - size[i];
    }
    return total;
}

void item_repos(lv_obj_t * cont, lv_obj_t * item, const grid_t & g, const lv_point_t & abs)
{
    if(skipped(item)) return;
    int32_t col_span = lv_obj_get_style_grid_cell_column_span(item, LV_PART_MAIN);
    int32_t row_span = lv_obj_get_style_grid_cell_row_span(item, LV_PART_MAIN);
    int32_t col_pos = lv_obj_get_style_grid_cell_column_pos(item, LV_PART_MAIN);
    int32_t row_pos = lv_obj_get_style_grid_cell_row_pos(item, LV_PART_MAIN);
    if(row_span <= 0 || col_span <= 0 || col_pos < 0 || row_pos < 0) return;
    /* a cell outside the grid cannot be placed */
    if(static_cast<uint32_t>(col_pos + col_span) > g.col_num || static_cast<uint32_t>(row_pos + row_span) > g.row_num) return;
    lv_grid_align_t col_align = lv_obj_get_style_grid_cell_x_align(item, LV_PART_MAIN);
    lv_grid_align_t row_align = lv_obj_get_style_grid_cell_y_align(item, LV_PART_MAIN);

    int32_t col_x1 = g.x[col_pos];
    int32_t col_x2 = g.x[col_pos + col_span - 1] + g.w[col_pos + col_span - 1];
    int32_t col_w = col_x2 - col_x1;
    int32_t row_y1 = g.y[row_pos];
    int32_t row_y2 = g.y[row_pos + row_span - 1] + g.h[row_pos + row_span - 1];
    int32_t row_h = row_y2 - row_y1;

    if(lv_obj_get_style_base_dir(cont, LV_PART_MAIN) == LV_BASE_DIR_RTL) {
        if(col_align == LV_GRID_ALIGN_START) col_align = LV_GRID_ALIGN_END;
        else if(col_align == LV_GRID_ALIGN_END) col_align = LV_GRID_ALIGN_START;
    }
    int32_t item_w = lv_area_get_width(&item->coords);
    int32_t item_h = lv_area_get_height(&item->coords);
    int32_t x;
    int32_t y;
    switch(col_align) {
        case LV_GRID_ALIGN_STRETCH: x = g.x[col_pos]; item_w = col_w; item->w_layout = 1; break;
        case LV_GRID_ALIGN_CENTER: x = g.x[col_pos] + (col_w - item_w) / 2; item->w_layout = 0; break;
        case LV_GRID_ALIGN_END: x = g.x[col_pos] + col_w - item_w; item->w_layout = 0; break;
        default: x = g.x[col_pos]; item->w_layout = 0; break;
    }
    switch(row_align) {
        case LV_GRID_ALIGN_STRETCH: y = g.y[row_pos]; item_h = row_h; item->h_layout = 1; break;
        case LV_GRID_ALIGN_CENTER: y = g.y[row_pos] + (row_h - item_h) / 2; item->h_layout = 0; break;
        case LV_GRID_ALIGN_END: y = g.y[row_pos] + row_h - item_h; item->h_layout = 0; break;
        default: y = g.y[row_pos]; item->h_layout = 0; break;
    }
    if(lv_obj_get_width(item) != item_w || lv_obj_get_height(item) != item_h) {
        lv_area_t old = item->coords;
        lv_obj_invalidate(item);
        lv_area_set_width(&item->coords, item_w);
        lv_area_set_height(&item->coords, item_h);
        lv_obj_invalidate(item);
        lv_obj_send_event(item, LV_EVENT_SIZE_CHANGED, &old);
        lv_obj_send_event(cont, LV_EVENT_CHILD_CHANGED, item);
    }
    int32_t tr_x = lv_obj_get_style_translate_x(item, LV_PART_MAIN);
    int32_t tr_y = lv_obj_get_style_translate_y(item, LV_PART_MAIN);
    if(LV_COORD_IS_PCT(tr_x)) tr_x = (lv_obj_get_width(item) * LV_COORD_GET_PCT(tr_x)) / 100;
    if(LV_COORD_IS_PCT(tr_y)) tr_y = (lv_obj_get_height(item) * LV_COORD_GET_PCT(tr_y)) / 100;
    int32_t dx = abs.x + x + tr_x - item->coords.x1;
    int32_t dy = abs.y + y + tr_y - item->coords.y1;
    if(dx || dy) {
        lv_obj_invalidate(item);
        lv_area_move(&item->coords, dx, dy);
        lv_obj_invalidate(item);
        lv_obj_move_children_by(item, dx, dy, false);
    }
}

} // namespace

void lv_grid_update(lv_obj_t * cont, void * user_data)
{
    LV_UNUSED(user_data);
    const int32_t * col_templ = lv_obj_get_style_grid_column_dsc_array(cont, LV_PART_MAIN);
    const int32_t * row_templ = lv_obj_get_style_grid_row_dsc_array(cont, LV_PART_MAIN);
    if(!col_templ || !row_templ) return;
    grid_t g;
    g.col_num = count_tracks(col_templ);
    g.row_num = count_tracks(row_templ);
    if(g.col_num == 0 || g.row_num == 0) return;
    int32_t * mem = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * 2 * (g.col_num + g.row_num)));
    if(!mem) return;
    g.x = mem;
    g.w = mem + g.col_num;
    g.y = mem + 2 * g.col_num;
    g.h = mem + 2 * g.col_num + g.row_num;

    calc_tracks(cont, col_templ, g.col_num, g.w, true);
    calc_tracks(cont, row_templ, g.row_num, g.h, false);
    int32_t w_set = lv_obj_get_style_width(cont, LV_PART_MAIN);
    int32_t h_set = lv_obj_get_style_height(cont, LV_PART_MAIN);
    bool rtl = lv_obj_get_style_base_dir(cont, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    grid_align(lv_obj_get_content_width(cont), w_set == LV_SIZE_CONTENT && !cont->w_layout,
               lv_obj_get_style_grid_column_align(cont, LV_PART_MAIN), lv_obj_get_style_pad_column(cont, LV_PART_MAIN),
               g.col_num, g.w, g.x, rtl);
    grid_align(lv_obj_get_content_height(cont), h_set == LV_SIZE_CONTENT && !cont->h_layout,
               lv_obj_get_style_grid_row_align(cont, LV_PART_MAIN), lv_obj_get_style_pad_row(cont, LV_PART_MAIN),
               g.row_num, g.h, g.y, false);

    lv_point_t abs;
    abs.x = lv_obj_get_style_space_left(cont, LV_PART_MAIN) + cont->coords.x1 - lv_obj_get_scroll_x(cont);
    abs.y = lv_obj_get_style_space_top(cont, LV_PART_MAIN) + cont->coords.y1 - lv_obj_get_scroll_y(cont);
    uint32_t cnt = lv_obj_get_child_count(cont);
    for(uint32_t i = 0; i < cnt; i++) item_repos(cont, cont->spec_attr->children[i], g, abs);
    lv_free(mem);
    if(w_set == LV_SIZE_CONTENT || h_set == LV_SIZE_CONTENT) lv_obj_refr_size(cont);
}

extern "C" {

int32_t lv_grid_fr(uint8_t x) { return LV_GRID_FR(x); }
void lv_grid_init(void) {}

void lv_obj_set_grid_dsc_array(lv_obj_t * obj, const int32_t col_dsc[], const int32_t row_dsc[])
{
    lv_obj_set_style_grid_column_dsc_array(obj, col_dsc, 0);
    lv_obj_set_style_grid_row_dsc_array(obj, row_dsc, 0);
    lv_obj_set_style_layout(obj, LV_LAYOUT_GRID, 0);
}

void lv_obj_set_grid_align(lv_obj_t * obj, lv_grid_align_t column_align, lv_grid_align_t row_align)
{
    lv_obj_set_style_grid_column_align(obj, column_align, 0);
    lv_obj_set_style_grid_row_align(obj, row_align, 0);
}

void lv_obj_set_grid_cell(lv_obj_t * obj, lv_grid_align_t column_align, int32_t col_pos, int32_t col_span,
                          lv_grid_align_t row_align, int32_t row_pos, int32_t row_span)
{
    lv_obj_set_style_grid_cell_column_pos(obj, col_pos, 0);
    lv_obj_set_style_grid_cell_row_pos(obj, row_pos, 0);
    lv_obj_set_style_grid_cell_x_align(obj, column_align, 0);
    lv_obj_set_style_grid_cell_column_span(obj, col_span, 0);
    lv_obj_set_style_grid_cell_row_span(obj, row_span, 0);
    lv_obj_set_style_grid_cell_y_align(obj, row_align, 0);
    if(obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
}

} // extern "C"
