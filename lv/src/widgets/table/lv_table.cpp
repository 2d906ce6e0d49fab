/**
 * @file lv_table.cpp
 * Table. Cells are stored row-major, each an lv_malloc'd block with its control bits, user
 * data and text (NULL while empty). Column widths are set by the user; a row is as high as
 * its tallest wrapped cell text plus the ITEMS paddings (at least one line). Cells are drawn
 * with the ITEMS part; a MERGE_RIGHT cell spans the next column(s), and cell borders overlap
 * the neighbour's by half their width so adjacent borders are not doubled.
 */
#include "core/lv_obj_private.h"

#include <stdarg.h>
#include <stdio.h>

namespace {

struct table_cell_t {
    lv_table_cell_ctrl_t ctrl;
    void * user_data;
    char txt[1]; /* allocated to the text's length */
};

struct lv_table_t {
    lv_obj_t obj;
    uint32_t col_cnt;
    uint32_t row_cnt;
    table_cell_t ** cells; /* row_cnt * col_cnt */
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
bool is_table(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_table_class) && as_table(obj)->cells; }

table_cell_t * cell_at(const lv_table_t * t, uint32_t row, uint32_t col) { return t->cells[row * t->col_cnt + col]; }

/** Resizes the grid to rows x cols, keeping the cells that stay and freeing the others. */
bool resize_grid(lv_table_t * t, uint32_t rows, uint32_t cols)
{
    if(rows == 0) rows = 1;
    if(cols == 0) cols = 1;
    table_cell_t ** cells = static_cast<table_cell_t **>(lv_malloc_zeroed(sizeof(table_cell_t *) * rows * cols));
    int32_t * row_h = static_cast<int32_t *>(lv_malloc_zeroed(sizeof(int32_t) * rows));
    int32_t * col_w = static_cast<int32_t *>(lv_malloc_zeroed(sizeof(int32_t) * cols));
    if(!cells || !row_h || !col_w) {
        lv_free(cells);
        lv_free(row_h);
        lv_free(col_w);
        return false;
    }
    for(uint32_t r = 0; r < t->row_cnt; r++) {
        for(uint32_t c = 0; c < t->col_cnt; c++) {
            table_cell_t * cell = cell_at(t, r, c);
            if(r < rows && c < cols) cells[r * cols + c] = cell;
            else lv_free(cell);
        }
    }
    for(uint32_t c = 0; c < cols; c++) col_w[c] = c < t->col_cnt ? t->col_w[c] : LV_DPI_DEF;
    lv_free(t->cells);
    lv_free(t->row_h);
    lv_free(t->col_w);
    t->cells = cells;
    t->row_h = row_h;
    t->col_w = col_w;
    t->row_cnt = rows;
    t->col_cnt = cols;
    if(t->row_act >= rows) t->row_act = LV_TABLE_CELL_NONE;
    if(t->col_act >= cols) t->col_act = LV_TABLE_CELL_NONE;
    return true;
}

bool is_merged_right(const lv_table_t * t, uint32_t row, uint32_t col)
{
    table_cell_t * cell = cell_at(t, row, col);
    return cell && (cell->ctrl & LV_TABLE_CELL_CTRL_MERGE_RIGHT);
}

/** Width of the cell at (row, col) including the columns merged into it. */
int32_t merged_width(const lv_table_t * t, uint32_t row, uint32_t col, uint32_t * merged)
{
    int32_t w = t->col_w[col];
    uint32_t n = 0;
    while(col + n + 1 < t->col_cnt && is_merged_right(t, row, col + n)) {
        n++;
        w += t->col_w[col + n];
    }
    if(merged) *merged = n;
    return w;
}

void refresh_row_height(lv_obj_t * obj, uint32_t row)
{
    lv_table_t * t = as_table(obj);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_ITEMS);
    int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_ITEMS);
    int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_ITEMS);
    int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_ITEMS);
    int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_ITEMS);
    int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_ITEMS);
    int32_t bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_ITEMS);
    int32_t min_h = lv_obj_get_style_min_height(obj, LV_PART_ITEMS);
    int32_t max_h = lv_obj_get_style_max_height(obj, LV_PART_ITEMS);

    int32_t h = lv_font_get_line_height(font) + top + bottom;
    for(uint32_t col = 0; col < t->col_cnt; col++) {
        uint32_t merged = 0;
        int32_t cell_w = merged_width(t, row, col, &merged);
        table_cell_t * cell = cell_at(t, row, col);
        if(cell && cell->txt[0] != '\0') {
            lv_text_flag_t flag = (cell->ctrl & LV_TABLE_CELL_CTRL_TEXT_CROP) ? LV_TEXT_FLAG_EXPAND : LV_TEXT_FLAG_NONE;
            lv_point_t size;
            lv_text_get_size(&size, cell->txt, font, letter_space, line_space, cell_w - left - right, flag);
            if(!(cell->ctrl & LV_TABLE_CELL_CTRL_TEXT_CROP)) h = LV_MAX(h, size.y + top + bottom);
        }
        col += merged;
    }
    h = LV_MAX(h, min_h);
    h = LV_MIN(h, max_h);
    t->row_h[row] = h;
}

void refresh_size(lv_obj_t * obj)
{
    lv_table_t * t = as_table(obj);
    for(uint32_t r = 0; r < t->row_cnt; r++) refresh_row_height(obj, r);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void table_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_table_t * t = as_table(obj);
    t->col_act = LV_TABLE_CELL_NONE;
    t->row_act = LV_TABLE_CELL_NONE;
    if(!resize_grid(t, 1, 1)) return;
    refresh_size(obj);
}

void table_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_table_t * t = as_table(obj);
    if(t->cells) {
        for(uint32_t i = 0; i < t->row_cnt * t->col_cnt; i++) lv_free(t->cells[i]);
    }
    lv_free(t->cells);
    lv_free(t->row_h);
    lv_free(t->col_w);
    t->cells = nullptr;
    t->row_h = t->col_w = nullptr;
}

/** Grows the table to include (row, col). */
bool ensure_cell(lv_table_t * t, uint32_t row, uint32_t col)
{
    if(row < t->row_cnt && col < t->col_cnt) return true;
    return resize_grid(t, LV_MAX(t->row_cnt, row + 1), LV_MAX(t->col_cnt, col + 1));
}

/** Replaces a cell's text, keeping its control bits and user data. */
void store_text(lv_obj_t * obj, uint32_t row, uint32_t col, const char * txt)
{
    lv_table_t * t = as_table(obj);
    if(!ensure_cell(t, row, col)) return;
    table_cell_t *& slot = t->cells[row * t->col_cnt + col];
    size_t len = lv_strlen(txt);
    table_cell_t * cell = static_cast<table_cell_t *>(lv_malloc(sizeof(table_cell_t) + len));
    if(!cell) return;
    cell->ctrl = slot ? slot->ctrl : LV_TABLE_CELL_CTRL_NONE;
    cell->user_data = slot ? slot->user_data : nullptr;
    lv_memcpy(cell->txt, txt, len + 1);
    lv_free(slot);
    slot = cell;
    refresh_size(obj);
}

/** The cell's block, created empty if needed (for control bits and user data). */
table_cell_t * cell_block(lv_obj_t * obj, uint32_t row, uint32_t col)
{
    lv_table_t * t = as_table(obj);
    if(!ensure_cell(t, row, col)) return nullptr;
    table_cell_t *& slot = t->cells[row * t->col_cnt + col];
    if(!slot) {
        slot = static_cast<table_cell_t *>(lv_malloc_zeroed(sizeof(table_cell_t)));
    }
    return slot;
}

void draw_cells(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_table_t * t = as_table(obj);
    lv_area_t clip = layer->_clip_area;
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t bg_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t bg_left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    int32_t cell_left = lv_obj_get_style_pad_left(obj, LV_PART_ITEMS);
    int32_t cell_right = lv_obj_get_style_pad_right(obj, LV_PART_ITEMS);
    int32_t cell_top = lv_obj_get_style_pad_top(obj, LV_PART_ITEMS);
    int32_t cell_bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_ITEMS);
    lv_state_t state_ori = obj->state;

    lv_area_t cell_area;
    cell_area.y2 = obj->coords.y1 + bg_top - 1 - lv_obj_get_scroll_y(obj) + border;
    for(uint32_t row = 0; row < t->row_cnt; row++) {
        int32_t h_row = t->row_h[row];
        cell_area.y1 = cell_area.y2 + 1;
        cell_area.y2 = cell_area.y1 + h_row - 1;
        if(cell_area.y1 > clip.y2) break;
        cell_area.x2 = obj->coords.x1 + bg_left - 1 - lv_obj_get_scroll_x(obj) + border;
        for(uint32_t col = 0; col < t->col_cnt; col++) {
            uint32_t merged = 0;
            int32_t w = merged_width(t, row, col, &merged);
            cell_area.x1 = cell_area.x2 + 1;
            cell_area.x2 = cell_area.x1 + w - 1;
            if(cell_area.y2 < clip.y1 || cell_area.x1 > clip.x2 || cell_area.x2 < clip.x1) {
                col += merged;
                continue;
            }
            /* the selected cell is drawn in the table's state, the others in the default one */
            bool selected = row == t->row_act && col == t->col_act;
            obj->state = selected ? state_ori : static_cast<lv_state_t>(LV_STATE_DEFAULT);
            obj->skip_trans = 1;
            lv_draw_rect_dsc_t rect;
            lv_draw_rect_dsc_init(&rect);
            lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &rect);
            lv_draw_label_dsc_t label;
            lv_draw_label_dsc_init(&label);
            lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, &label);
            obj->state = state_ori;
            obj->skip_trans = 0;

            /* overlap the neighbours' borders instead of doubling them */
            lv_area_t border_area = cell_area;
            int32_t bw = rect.border_width;
            if((rect.border_side & LV_BORDER_SIDE_LEFT) && border_area.x1 > obj->coords.x1 + border) border_area.x1 -= bw / 2;
            if((rect.border_side & LV_BORDER_SIDE_TOP) && border_area.y1 > obj->coords.y1 + border) border_area.y1 -= bw / 2;
            if((rect.border_side & LV_BORDER_SIDE_RIGHT) && border_area.x2 < obj->coords.x2 - border - 1) border_area.x2 += bw / 2 + (bw & 1);
            if((rect.border_side & LV_BORDER_SIDE_BOTTOM) && border_area.y2 < obj->coords.y2 - border - 1) border_area.y2 += bw / 2 + (bw & 1);
            lv_draw_rect(layer, &rect, &border_area);

            table_cell_t * cell = cell_at(t, row, col);
            if(cell && cell->txt[0] != '\0') {
                lv_area_t txt_area = {cell_area.x1 + cell_left, cell_area.y1 + cell_top, cell_area.x2 - cell_right,
                                      cell_area.y2 - cell_bottom};
                bool crop = cell->ctrl & LV_TABLE_CELL_CTRL_TEXT_CROP;
                if(crop) label.flag = static_cast<lv_text_flag_t>(label.flag | LV_TEXT_FLAG_EXPAND);
                lv_point_t size;
                lv_text_get_size(&size, cell->txt, label.font, label.letter_space, label.line_space,
                                 lv_area_get_width(&txt_area), label.flag);
                if(!crop) { /* centred vertically */
                    txt_area.y1 = cell_area.y1 + h_row / 2 - size.y / 2;
                    txt_area.y2 = cell_area.y1 + h_row / 2 + size.y / 2;
                }
                lv_area_t label_clip;
                if(lv_area_intersect(&label_clip, &clip, &cell_area)) {
                    layer->_clip_area = label_clip;
                    label.text = cell->txt;
                    lv_draw_label(layer, &label, &txt_area);
                    layer->_clip_area = clip;
                }
            }
            col += merged;
        }
    }
}

/** The cell under the pointer, false if none. */
bool cell_under_pointer(lv_obj_t * obj, uint32_t * row_out, uint32_t * col_out)
{
    lv_table_t * t = as_table(obj);
    lv_indev_t * indev = lv_indev_active();
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_POINTER) return false;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t x = p.x - obj->coords.x1 - lv_obj_get_style_pad_left(obj, LV_PART_MAIN) - border + lv_obj_get_scroll_x(obj);
    int32_t y = p.y - obj->coords.y1 - lv_obj_get_style_pad_top(obj, LV_PART_MAIN) - border + lv_obj_get_scroll_y(obj);
    if(x < 0 || y < 0) return false;
    uint32_t col = 0;
    for(; col < t->col_cnt && x >= t->col_w[col]; col++) x -= t->col_w[col];
    uint32_t row = 0;
    for(; row < t->row_cnt && y >= t->row_h[row]; row++) y -= t->row_h[row];
    if(col >= t->col_cnt || row >= t->row_cnt) return false;
    *row_out = row;
    *col_out = col;
    return true;
}

void move_selection(lv_obj_t * obj, uint32_t key)
{
    lv_table_t * t = as_table(obj);
    if(t->row_act == LV_TABLE_CELL_NONE || t->col_act == LV_TABLE_CELL_NONE) {
        t->row_act = 0;
        t->col_act = 0;
    }
    else if(key == LV_KEY_RIGHT && t->col_act + 1 < t->col_cnt) t->col_act++;
    else if(key == LV_KEY_LEFT && t->col_act > 0) t->col_act--;
    else if(key == LV_KEY_DOWN && t->row_act + 1 < t->row_cnt) t->row_act++;
    else if(key == LV_KEY_UP && t->row_act > 0) t->row_act--;
    else return;
    lv_obj_invalidate(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void table_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_table_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    if(!is_table(obj)) return;
    lv_table_t * t = as_table(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED: refresh_size(obj); break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = static_cast<lv_point_t *>(lv_event_get_param(e));
            if(!p) break;
            int32_t w = 0, h = 0;
            for(uint32_t c = 0; c < t->col_cnt; c++) w += t->col_w[c];
            for(uint32_t r = 0; r < t->row_cnt; r++) h += t->row_h[r];
            p->x = LV_MAX(p->x, w - 1); /* as LVGL: one less than the cells span */
            p->y = LV_MAX(p->y, h - 1);
            break;
        }
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING: {
            uint32_t row, col;
            if(cell_under_pointer(obj, &row, &col) && (row != t->row_act || col != t->col_act)) {
                t->row_act = row;
                t->col_act = col;
                lv_obj_invalidate(obj);
            }
            break;
        }
        case LV_EVENT_RELEASED: {
            lv_indev_t * indev = lv_indev_active();
            if(indev && lv_indev_get_scroll_obj(indev)) break;
            if(t->row_act != LV_TABLE_CELL_NONE) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            break;
        }
        case LV_EVENT_KEY: move_selection(obj, lv_event_get_key(e)); break;
        case LV_EVENT_DRAW_MAIN: draw_cells(obj, lv_event_get_layer(e)); break;
        default: break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_table_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_table_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_table_set_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col, const char * txt)
{
    if(!is_table(obj) || !txt) return;
    store_text(obj, row, col, txt);
}

void lv_table_set_cell_value_fmt(lv_obj_t * obj, uint32_t row, uint32_t col, const char * fmt, ...)
{
    if(!is_table(obj) || !fmt) return;
    va_list args;
    va_start(args, fmt);
    va_list copy;
    va_copy(copy, args);
    int len = vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    if(len >= 0) {
        char * buf = static_cast<char *>(lv_malloc(static_cast<size_t>(len) + 1));
        if(buf) {
            vsnprintf(buf, static_cast<size_t>(len) + 1, fmt, args);
            store_text(obj, row, col, buf);
            lv_free(buf);
        }
    }
    va_end(args);
}

void lv_table_set_row_count(lv_obj_t * obj, uint32_t row_cnt)
{
    if(!is_table(obj) || row_cnt == as_table(obj)->row_cnt) return;
    if(resize_grid(as_table(obj), row_cnt, as_table(obj)->col_cnt)) refresh_size(obj);
}

void lv_table_set_column_count(lv_obj_t * obj, uint32_t col_cnt)
{
    if(!is_table(obj) || col_cnt == as_table(obj)->col_cnt) return;
    if(resize_grid(as_table(obj), as_table(obj)->row_cnt, col_cnt)) refresh_size(obj);
}

void lv_table_set_column_width(lv_obj_t * obj, uint32_t col_id, int32_t w)
{
    if(!is_table(obj)) return;
    lv_table_t * t = as_table(obj);
    if(col_id >= t->col_cnt && !resize_grid(t, t->row_cnt, col_id + 1)) return;
    t->col_w[col_id] = w;
    refresh_size(obj);
}

void lv_table_set_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!is_table(obj)) return;
    table_cell_t * cell = cell_block(obj, row, col);
    if(!cell) return;
    cell->ctrl = static_cast<lv_table_cell_ctrl_t>(cell->ctrl | ctrl);
    refresh_size(obj);
}

void lv_table_clear_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!is_table(obj)) return;
    table_cell_t * cell = cell_block(obj, row, col);
    if(!cell) return;
    cell->ctrl = static_cast<lv_table_cell_ctrl_t>(cell->ctrl & ~ctrl);
    refresh_size(obj);
}

void lv_table_set_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col, void * user_data)
{
    if(!is_table(obj)) return;
    table_cell_t * cell = cell_block(obj, row, col);
    if(cell) cell->user_data = user_data;
}

void lv_table_set_selected_cell(lv_obj_t * obj, uint16_t row, uint16_t col)
{
    if(!is_table(obj)) return;
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return;
    t->row_act = row;
    t->col_act = col;
    lv_obj_invalidate(obj);
}

const char * lv_table_get_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col)
{
    if(!is_table(obj)) return "";
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return "";
    table_cell_t * cell = cell_at(t, row, col);
    return cell ? cell->txt : "";
}

uint32_t lv_table_get_row_count(lv_obj_t * obj) { return is_table(obj) ? as_table(obj)->row_cnt : 0; }
uint32_t lv_table_get_column_count(lv_obj_t * obj) { return is_table(obj) ? as_table(obj)->col_cnt : 0; }

int32_t lv_table_get_column_width(lv_obj_t * obj, uint32_t col)
{
    if(!is_table(obj) || col >= as_table(obj)->col_cnt) return 0;
    return as_table(obj)->col_w[col];
}

bool lv_table_has_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl)
{
    if(!is_table(obj)) return false;
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return false;
    table_cell_t * cell = cell_at(t, row, col);
    return cell && (cell->ctrl & ctrl) == ctrl;
}

void lv_table_get_selected_cell(lv_obj_t * obj, uint32_t * row, uint32_t * col)
{
    uint32_t r = is_table(obj) ? as_table(obj)->row_act : LV_TABLE_CELL_NONE;
    uint32_t c = is_table(obj) ? as_table(obj)->col_act : LV_TABLE_CELL_NONE;
    if(row) *row = r;
    if(col) *col = c;
}

void * lv_table_get_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col)
{
    if(!is_table(obj)) return nullptr;
    lv_table_t * t = as_table(obj);
    if(row >= t->row_cnt || col >= t->col_cnt) return nullptr;
    table_cell_t * cell = cell_at(t, row, col);
    return cell ? cell->user_data : nullptr;
}

} // extern "C"
