/**
 * @file lv_table.cpp
 * Table: cells are heap blocks (control flags, user data, text) in a row-major array; a
 * row is as tall as its tallest wrapped cell text plus the ITEMS padding. Cells merged to
 * the right draw across the following columns. Neighbouring cell borders overlap by half
 * their width so that inner lines are not doubled.
 */
#include <cstdarg>
#include <cstdio>

#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct cell_t {
    lv_table_cell_ctrl_t ctrl;
    void * user_data;
    char txt[1]; /* the text follows */
};

struct lv_table_t {
    lv_obj_t obj;
    uint32_t col_cnt;
    uint32_t row_cnt;
    cell_t ** cells;
    int32_t * row_h;
    int32_t * col_w;
    uint32_t col_act;
    uint32_t row_act;
};

void table_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void table_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void table_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_table_class = {
    &lv_obj_class, table_constructor, table_destructor, table_event, nullptr, "table",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_table_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_table_t * as_table(const lv_obj_t * obj) { return reinterpret_cast<lv_table_t *>(const_cast<lv_obj_t *>(obj)); }

void free_cell(cell_t * c)
{
    if(c == nullptr) return;
    lv_free(c->user_data);
    lv_free(c);
}

void table_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_table_t * t = as_table(obj);
    t->col_cnt = 1;
    t->row_cnt = 1;
    t->col_w = static_cast<int32_t *>(lv_malloc(sizeof(int32_t)));
    t->row_h = static_cast<int32_t *>(lv_malloc(sizeof(int32_t)));
    t->cells = static_cast<cell_t **>(lv_malloc_zeroed(sizeof(cell_t *)));
    if(t->col_w) t->col_w[0] = LV_DPI_DEF;
    if(t->row_h) t->row_h[0] = 0;
    t->col_act = LV_TABLE_CELL_NONE;
    t->row_act = LV_TABLE_CELL_NONE;
}

void table_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_table_t * t = as_table(obj);
    if(t->cells) {
        for(uint32_t i = 0; i < t->row_cnt * t->col_cnt; i++) free_cell(t->cells[i]);
    }
    lv_free(t->cells);
    lv_free(t->row_h);
    lv_free(t->col_w);
    t->cells = nullptr;
    t->row_h = nullptr;
    t->col_w = nullptr;
}

struct cell_pad_t {
    int32_t left, right, top, bottom;
};

cell_pad_t cell_pad(const lv_obj_t * obj)
{
    return {lv_obj_get_style_pad_left(obj, LV_PART_ITEMS), lv_obj_get_style_pad_right(obj, LV_PART_ITEMS),
            lv_obj_get_style_pad_top(obj, LV_PART_ITEMS), lv_obj_get_style_pad_bottom(obj, LV_PART_ITEMS)};
}

/** How many columns after `col` the cell at (row, col) spans into. */
uint32_t merged_count(const lv_table_t * t, uint32_t row, uint32_t col)
{
    uint32_t n = 0;
    while(col + n + 1 < t->col_cnt) {
        const cell_t * c = t->cells[row * t->col_cnt + col + n];
        if(c == nullptr || !(c->ctrl & LV_TABLE_CELL_CTRL_MERGE_RIGHT)) break;
        n++;
    }
    return n;
}

void refresh_row_height(lv_obj_t * obj, uint32_t row)
{
    lv_table_t * t = as_table(obj);
    const cell_pad_t pad = cell_pad(obj);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_ITEMS);
    const int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_ITEMS);
    const int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_ITEMS);
    const int32_t min_h = lv_font_get_line_height(font) + pad.top + pad.bottom;
    int32_t h = min_h;
    for(uint32_t col = 0; col < t->col_cnt; col++) {
        const cell_t * c = t->cells[row * t->col_cnt + col];
        const uint32_t merged = merged_count(t, row, col);
        int32_t w = t->col_w[col];
        for(uint32_t k = 1; k <= merged; k++) w += t->col_w[col + k];
        if(c && c->txt[0] && !(c->ctrl & LV_TABLE_CELL_CTRL_TEXT_CROP)) {
            lv_point_t size;
            lv_text_get_size(&size, c->txt, font, letter_space, line_space, w - pad.left - pad.right, LV_TEXT_FLAG_NONE);
            h = LV_MAX(h, size.y + pad.top + pad.bottom);
        }
        col += merged;
    }
    t->row_h[row] = h;
}

void refresh_size(lv_obj_t * obj)
{
    lv_table_t * t = as_table(obj);
    for(uint32_t r = 0; r < t->row_cnt; r++) refresh_row_height(obj, r);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

/** Resizes the cell array keeping the cells that stay inside. */
bool resize(lv_obj_t * obj, uint32_t rows, uint32_t cols)
{
    lv_table_t * t = as_table(obj);
    if(rows == t->row_cnt && cols == t->col_cnt) return true;
    if(rows == 0 || cols == 0) return false;
    cell_t ** cells = static_cast<cell_t **>(lv_malloc_zeroed(sizeof(cell_t *) * rows * cols));
    int32_t * row_h = static_cast<int32_t *>(lv_malloc_zeroed(sizeof(int32_t) * rows));
    int32_t * col_w = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * cols));
    if(!cells || !row_h || !col_w) {
        lv_free(cells);
        lv_free(row_h);
        lv_free(col_w);
        return false;
    }
    for(uint32_t r = 0; r < t->row_cnt; r++) {
        for(uint32_t c = 0; c < t->col_cnt; c++) {
            cell_t * cell = t->cells[r * t->col_cnt + c];
            if(r < rows && c < cols) cells[r * cols + c] = cell;
            else free_cell(cell);
        }
    }
    for(uint32_t c = 0; c < cols; c++) col_w[c] = c < t->col_cnt ? t->col_w[c] : LV_DPI_DEF;
    /* rows that stay keep their height (only the row of a changed cell is measured again) */
    for(uint32_t r = 0; r < rows && r < t->row_cnt; r++) row_h[r] = t->row_h[r];
    lv_free(t->cells);
    lv_free(t->row_h);
    lv_free(t->col_w);
    t->cells = cells;
    t->row_h = row_h;
    t->col_w = col_w;
    t->row_cnt = rows;
    t->col_cnt = cols;
    if(t->row_act != LV_TABLE_CELL_NONE && t->row_act >= rows) t->row_act = rows - 1;
    if(t->col_act != LV_TABLE_CELL_NONE && t->col_act >= cols) t->col_act = cols - 1;
    return true;
}

/** The cell at (row, col), growing the table first; NULL when out of memory. */
cell_t ** cell_slot(lv_obj_t * obj, uint32_t row, uint32_t col)
{
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) {
        if(!resize(obj, LV_MAX(row + 1, t->row_cnt), LV_MAX(col + 1, t->col_cnt))) return nullptr;
    }
    return &t->cells[row * t->col_cnt + col];
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_table_t * t = as_table(obj);
    lv_layer_t * layer = lv_event_get_layer(e);
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    const int32_t bg_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    const int32_t bg_bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    const int32_t bg_left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    const int32_t bg_right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);

    const lv_state_t state_ori = obj->state;
    obj->state = LV_STATE_DEFAULT;
    obj->skip_trans = 1;
    lv_draw_rect_dsc_t rect_def, rect_act;
    lv_draw_label_dsc_t label_def, label_act;
    lv_draw_rect_dsc_init(&rect_def);
    lv_draw_label_dsc_init(&label_def);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &rect_def);
    lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, &label_def);
    obj->state = state_ori;
    obj->skip_trans = 0;

    const cell_pad_t pad = cell_pad(obj);
    lv_area_t clip;
    if(!lv_area_intersect(&clip, &obj->coords, &layer->_clip_area)) return;
    const lv_area_t clip_ori = layer->_clip_area;
    layer->_clip_area = clip;
    const bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    const int32_t scroll_x = lv_obj_get_scroll_x(obj);

    lv_area_t cell_area;
    cell_area.y2 = obj->coords.y1 + bg_top - 1 - lv_obj_get_scroll_y(obj) + border;
    for(uint32_t row = 0; row < t->row_cnt; row++) {
        const int32_t h_row = t->row_h[row];
        cell_area.y1 = cell_area.y2 + 1;
        cell_area.y2 = cell_area.y1 + h_row - 1;
        if(cell_area.y1 > clip.y2) break;
        if(rtl) cell_area.x1 = obj->coords.x2 - bg_right - 1 - scroll_x - border;
        else cell_area.x2 = obj->coords.x1 + bg_left - 1 - scroll_x + border;

        for(uint32_t col = 0; col < t->col_cnt; col++) {
            const uint32_t idx = row * t->col_cnt + col;
            if(rtl) {
                cell_area.x2 = cell_area.x1 - 1;
                cell_area.x1 = cell_area.x2 - t->col_w[col] + 1;
            }
            else {
                cell_area.x1 = cell_area.x2 + 1;
                cell_area.x2 = cell_area.x1 + t->col_w[col] - 1;
            }
            const uint32_t merged = merged_count(t, row, col);
            for(uint32_t k = 1; k <= merged; k++) {
                if(rtl) cell_area.x1 -= t->col_w[col + k];
                else cell_area.x2 += t->col_w[col + k];
            }
            if(cell_area.y2 < clip.y1) {
                col += merged;
                continue;
            }
            lv_state_t cell_state = LV_STATE_DEFAULT;
            if(row == t->row_act && col == t->col_act) {
                if(!(obj->state & LV_STATE_SCROLLED) && (obj->state & LV_STATE_PRESSED)) cell_state |= LV_STATE_PRESSED;
                cell_state |= obj->state & (LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY | LV_STATE_EDITED);
            }
            lv_draw_rect_dsc_t * rect = &rect_def;
            lv_draw_label_dsc_t * label = &label_def;
            if(cell_state != LV_STATE_DEFAULT) {
                obj->state = cell_state;
                obj->skip_trans = 1;
                lv_draw_rect_dsc_init(&rect_act);
                lv_draw_label_dsc_init(&label_act);
                lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &rect_act);
                lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, &label_act);
                obj->state = state_ori;
                obj->skip_trans = 0;
                rect = &rect_act;
                label = &label_act;
            }
            /* half of the border on each neighbour, so that inner lines are drawn once */
            lv_area_t border_area = cell_area;
            const int32_t bw = rect->border_width;
            if((rect->border_side & LV_BORDER_SIDE_LEFT) && border_area.x1 > obj->coords.x1 + bg_left) border_area.x1 -= bw / 2;
            if((rect->border_side & LV_BORDER_SIDE_TOP) && border_area.y1 > obj->coords.y1 + bg_top) border_area.y1 -= bw / 2;
            if((rect->border_side & LV_BORDER_SIDE_RIGHT) && border_area.x2 < obj->coords.x2 - bg_right - 1) {
                border_area.x2 += bw / 2 + (bw & 1);
            }
            if((rect->border_side & LV_BORDER_SIDE_BOTTOM) && border_area.y2 < obj->coords.y2 - bg_bottom - 1) {
                border_area.y2 += bw / 2 + (bw & 1);
            }
            /* draw tasks tell the cell: id1 = row, id2 = column (LVGL's) */
            rect->base.id1 = row;
            rect->base.id2 = col;
            lv_draw_rect(layer, rect, &border_area);

            const cell_t * c = t->cells[idx];
            if(c && c->txt[0]) {
                lv_area_t txt_area = {cell_area.x1 + pad.left, cell_area.y1 + pad.top, cell_area.x2 - pad.right,
                                      cell_area.y2 - pad.bottom};
                const bool crop = c->ctrl & LV_TABLE_CELL_CTRL_TEXT_CROP;
                const lv_text_flag_t flags = crop ? LV_TEXT_FLAG_EXPAND : LV_TEXT_FLAG_NONE;
                lv_point_t size;
                lv_text_get_size(&size, c->txt, label->font, label->letter_space, label->line_space, lv_area_get_width(&txt_area),
                                 flags);
                if(!crop) {
                    txt_area.y1 = cell_area.y1 + h_row / 2 - size.y / 2;
                    txt_area.y2 = cell_area.y1 + h_row / 2 + size.y / 2;
                }
                lv_area_t label_clip;
                if(lv_area_intersect(&label_clip, &clip, &cell_area)) {
                    layer->_clip_area = label_clip;
                    label->text = c->txt;
                    label->base.id1 = row;
                    label->base.id2 = col;
                    label->flag = static_cast<lv_text_flag_t>(label->flag | flags);
                    lv_draw_label(layer, label, &txt_area);
                    layer->_clip_area = clip;
                }
            }
            col += merged;
        }
    }
    layer->_clip_area = clip_ori;
}

void table_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_table_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_table_t * t = as_table(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED:
            refresh_size(obj);
            break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            int32_t w = 0;
            int32_t h = 0;
            for(uint32_t i = 0; i < t->col_cnt; i++) w += t->col_w[i];
            for(uint32_t i = 0; i < t->row_cnt; i++) h += t->row_h[i];
            p->x = LV_MAX(p->x, w - 1);
            p->y = LV_MAX(p->y, h - 1);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_table_create(lv_obj_t * parent) { return lv_widget_create(&lv_table_class, parent); }

void lv_table_set_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col, const char * txt)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    if(txt == nullptr) return;
    cell_t ** slot = cell_slot(obj, row, col);
    if(slot == nullptr) return;
    const size_t len = lv_strlen(txt);
    cell_t * cell = static_cast<cell_t *>(lv_malloc(sizeof(cell_t) + len));
    if(cell == nullptr) return;
    cell->ctrl = *slot ? (*slot)->ctrl : LV_TABLE_CELL_CTRL_NONE;
    cell->user_data = *slot ? (*slot)->user_data : nullptr;
    lv_memcpy(cell->txt, txt, len + 1);
    lv_free(*slot); /* the user data moved to the new cell */
    *slot = cell;
    refresh_row_height(obj, row);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void lv_table_set_cell_value_fmt(lv_obj_t * obj, uint32_t row, uint32_t col, const char * fmt, ...)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    va_list args;
    va_start(args, fmt);
    va_list args2;
    va_copy(args2, args);
    const int n = vsnprintf(nullptr, 0, fmt, args);
    va_end(args);
    if(n < 0) {
        va_end(args2);
        return;
    }
    char * buf = static_cast<char *>(lv_malloc(static_cast<size_t>(n) + 1));
    if(buf) vsnprintf(buf, static_cast<size_t>(n) + 1, fmt, args2);
    va_end(args2);
    if(buf == nullptr) return;
    lv_table_set_cell_value(obj, row, col, buf);
    lv_free(buf);
}

void lv_table_set_row_count(lv_obj_t * obj, uint32_t row_cnt)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    if(!resize(obj, row_cnt, as_table(obj)->col_cnt)) return;
    refresh_size(obj);
}

void lv_table_set_column_count(lv_obj_t * obj, uint32_t col_cnt)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    if(!resize(obj, as_table(obj)->row_cnt, col_cnt)) return;
    refresh_size(obj);
}

void lv_table_set_column_width(lv_obj_t * obj, uint32_t col_id, int32_t w)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    lv_table_t * t = as_table(obj);
    if(col_id >= t->col_cnt && !resize(obj, t->row_cnt, col_id + 1)) return;
    t->col_w[col_id] = w;
    refresh_size(obj);
}

void lv_table_set_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    cell_t ** slot = cell_slot(obj, row, col);
    if(slot == nullptr) return;
    if(*slot == nullptr) {
        *slot = static_cast<cell_t *>(lv_malloc_zeroed(sizeof(cell_t)));
        if(*slot == nullptr) return;
    }
    (*slot)->ctrl = static_cast<lv_table_cell_ctrl_t>((*slot)->ctrl | ctrl);
    refresh_row_height(obj, row);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void lv_table_clear_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return;
    cell_t * c = t->cells[row * t->col_cnt + col];
    if(c == nullptr) return;
    c->ctrl = static_cast<lv_table_cell_ctrl_t>(c->ctrl & ~ctrl);
    refresh_row_height(obj, row);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void lv_table_set_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col, void * user_data)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    cell_t ** slot = cell_slot(obj, row, col);
    if(slot == nullptr) return;
    if(*slot == nullptr) {
        *slot = static_cast<cell_t *>(lv_malloc_zeroed(sizeof(cell_t)));
        if(*slot == nullptr) return;
    }
    if((*slot)->user_data != user_data) lv_free((*slot)->user_data);
    (*slot)->user_data = user_data;
}

void lv_table_set_selected_cell(lv_obj_t * obj, uint16_t row, uint16_t col)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return;
    t->row_act = row;
    t->col_act = col;
    lv_obj_invalidate(obj);
}

const char * lv_table_get_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return "";
    const cell_t * c = t->cells[row * t->col_cnt + col];
    return c ? c->txt : "";
}

uint32_t lv_table_get_row_count(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    return as_table(obj)->row_cnt;
}
uint32_t lv_table_get_column_count(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    return as_table(obj)->col_cnt;
}

int32_t lv_table_get_column_width(lv_obj_t * obj, uint32_t col)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    lv_table_t * t = as_table(obj);
    return col < t->col_cnt ? t->col_w[col] : 0;
}

bool lv_table_has_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return false;
    const cell_t * c = t->cells[row * t->col_cnt + col];
    return c && (c->ctrl & ctrl) == ctrl;
}

void lv_table_get_selected_cell(lv_obj_t * obj, uint32_t * row, uint32_t * col)
{
    if(!lv_widget_check(obj, &lv_table_class)) return;
    lv_table_t * t = as_table(obj);
    if(row) *row = t->row_act;
    if(col) *col = t->col_act;
}

void * lv_table_get_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col)
{
    if(!lv_widget_check(obj, &lv_table_class)) return {};
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return nullptr;
    const cell_t * c = t->cells[row * t->col_cnt + col];
    return c ? c->user_data : nullptr;
}

} // extern "C"
