/**
 * @file lv_buttonmatrix.cpp
 * Button matrix. Rows share the content height (minus the row gaps) equally; the buttons of
 * a row share its width in proportion to their width units. Each button is drawn with the
 * ITEMS part styles of the state its control bits (and the object's press/focus) give it.
 */
#include "lv_buttonmatrix_private.h"

#include <string.h>

namespace {

const char * const default_map[] = {"Btn1", "Btn2", "Btn3", "\n", "Btn4", "Btn5", ""};

void btnm_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void btnm_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void btnm_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_buttonmatrix_class = {
    &lv_obj_class, btnm_constructor, btnm_destructor, btnm_event, nullptr, "buttonmatrix",
    LV_DPI_DEF * 2, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_buttonmatrix_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_buttonmatrix_t * as_btnm(const lv_obj_t * obj) { return reinterpret_cast<lv_buttonmatrix_t *>(const_cast<lv_obj_t *>(obj)); }

bool is_newline(const char * s) { return strcmp(s, "\n") == 0; }
uint32_t width_units(lv_buttonmatrix_ctrl_t c) { return (c & LV_BUTTONMATRIX_WIDTH_MASK) ? (c & LV_BUTTONMATRIX_WIDTH_MASK) : 1; }
bool has(lv_buttonmatrix_ctrl_t bits, uint32_t c) { return (bits & c) != 0; }

/** Counts buttons and rows; reallocates the areas and control bits when the count changes. */
bool allocate(lv_buttonmatrix_t * btnm, const char * const * map)
{
    btnm->row_cnt = 1;
    uint32_t cnt = 0;
    for(uint32_t i = 0; map[i] && map[i][0] != '\0'; i++) {
        if(is_newline(map[i])) btnm->row_cnt++;
        else cnt++;
    }
    if(cnt == btnm->btn_cnt && btnm->button_areas) return true;
    lv_free(btnm->button_areas);
    lv_free(btnm->ctrl_bits);
    btnm->button_areas = static_cast<lv_area_t *>(lv_malloc(sizeof(lv_area_t) * (cnt ? cnt : 1)));
    btnm->ctrl_bits = static_cast<lv_buttonmatrix_ctrl_t *>(lv_malloc_zeroed(sizeof(lv_buttonmatrix_ctrl_t) * (cnt ? cnt : 1)));
    if(!btnm->button_areas || !btnm->ctrl_bits) {
        lv_free(btnm->button_areas);
        lv_free(btnm->ctrl_bits);
        btnm->button_areas = nullptr;
        btnm->ctrl_bits = nullptr;
        btnm->btn_cnt = 0;
        return false;
    }
    btnm->btn_cnt = cnt;
    return true;
}

void layout_buttons(lv_buttonmatrix_t * btnm)
{
    lv_obj_t * obj = &btnm->obj;
    const char * const * map = btnm->map_p;
    if(!map || btnm->btn_cnt == 0) return;
    bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    int32_t sleft = lv_obj_get_style_space_left(obj, LV_PART_MAIN);
    int32_t stop = lv_obj_get_style_space_top(obj, LV_PART_MAIN);
    int32_t prow = lv_obj_get_style_pad_row(obj, LV_PART_MAIN);
    int32_t pcol = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    int32_t max_w = lv_obj_get_content_width(obj);
    int32_t max_h = lv_obj_get_content_height(obj);
    int32_t max_h_no_gap = max_h - prow * static_cast<int32_t>(btnm->row_cnt - 1);

    uint32_t btn_i = 0;
    const char * const * row_p = map;
    for(uint32_t row = 0; row < btnm->row_cnt; row++) {
        uint32_t units = 0;
        uint32_t n = 0;
        while(row_p[n] && !is_newline(row_p[n]) && row_p[n][0] != '\0') {
            units += width_units(btnm->ctrl_bits[btn_i + n]);
            n++;
        }
        if(n == 0) {
            row_p = &row_p[1];
            continue;
        }
        int32_t r = static_cast<int32_t>(row);
        int32_t rows = static_cast<int32_t>(btnm->row_cnt);
        int32_t y1 = stop + (max_h_no_gap * r) / rows + r * prow;
        int32_t y2 = stop + (max_h_no_gap * (r + 1)) / rows + r * prow - 1;
        int32_t max_w_no_gap = LV_MAX(max_w - pcol * static_cast<int32_t>(n - 1), 0);
        uint32_t unit_pos = 0;
        for(uint32_t b = 0; b < n; b++, btn_i++) {
            uint32_t u = width_units(btnm->ctrl_bits[btn_i]);
            int32_t x1 = (max_w_no_gap * static_cast<int32_t>(unit_pos)) / static_cast<int32_t>(units) + static_cast<int32_t>(b) * pcol;
            int32_t x2 = (max_w_no_gap * static_cast<int32_t>(unit_pos + u)) / static_cast<int32_t>(units) + static_cast<int32_t>(b) * pcol - 1;
            if(rtl) {
                int32_t t = x1;
                x1 = max_w - x2;
                x2 = max_w - t;
            }
            lv_area_set(&btnm->button_areas[btn_i], x1 + sleft, y1, x2 + sleft, y2);
            unit_pos += u;
        }
        row_p = &row_p[n + 1];
    }
    lv_obj_invalidate(obj);
}

void invalidate_button(lv_buttonmatrix_t * btnm, uint32_t id)
{
    if(id == LV_BUTTONMATRIX_BUTTON_NONE || id >= btnm->btn_cnt) return;
    lv_obj_t * obj = &btnm->obj;
    int32_t dpi = lv_display_get_dpi(lv_obj_get_display(obj));
    int32_t gap = LV_MAX(LV_MAX(lv_obj_get_style_pad_row(obj, LV_PART_MAIN), lv_obj_get_style_pad_column(obj, LV_PART_MAIN)), dpi / 10);
    lv_area_t a = btnm->button_areas[id];
    lv_area_move(&a, obj->coords.x1, obj->coords.y1);
    lv_area_increase(&a, gap, gap);
    if(has(btnm->ctrl_bits[id], LV_BUTTONMATRIX_CTRL_POPOVER)) a.y1 -= lv_area_get_height(&a);
    lv_obj_invalidate_area(obj, &a);
}

uint32_t button_at(lv_buttonmatrix_t * btnm, const lv_point_t * p)
{
    lv_obj_t * obj = &btnm->obj;
    /* the gaps between buttons count half to each neighbour */
    int32_t prow = lv_obj_get_style_pad_row(obj, LV_PART_MAIN) / 2 + 1;
    int32_t pcol = lv_obj_get_style_pad_column(obj, LV_PART_MAIN) / 2 + 1;
    for(uint32_t i = 0; i < btnm->btn_cnt; i++) {
        lv_area_t a = btnm->button_areas[i];
        lv_area_move(&a, obj->coords.x1, obj->coords.y1);
        lv_area_increase(&a, pcol, prow);
        if(lv_area_is_point_on(&a, p, 0)) return i;
    }
    return LV_BUTTONMATRIX_BUTTON_NONE;
}

const char * text_of(const lv_buttonmatrix_t * btnm, uint32_t id)
{
    uint32_t txt_i = 0;
    for(uint32_t b = 0; btnm->map_p[txt_i] && btnm->map_p[txt_i][0] != '\0'; txt_i++) {
        if(is_newline(btnm->map_p[txt_i])) continue;
        if(b++ == id) return btnm->map_p[txt_i];
    }
    return nullptr;
}

void draw_main(lv_buttonmatrix_t * btnm, lv_layer_t * layer)
{
    lv_obj_t * obj = &btnm->obj;
    if(btnm->btn_cnt == 0 || !btnm->map_p) return;
    lv_state_t state_ori = obj->state;
    lv_draw_rect_dsc_t rect_def;
    lv_draw_label_dsc_t label_def;
    obj->state = LV_STATE_DEFAULT;
    obj->skip_trans = 1;
    lv_draw_rect_dsc_init(&rect_def);
    lv_draw_label_dsc_init(&label_def);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &rect_def);
    lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, &label_def);
    obj->skip_trans = 0;
    obj->state = state_ori;
    int32_t ptop = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t pbottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    int32_t pleft = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    int32_t pright = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);

    uint32_t txt_i = 0;
    for(uint32_t i = 0; i < btnm->btn_cnt; i++, txt_i++) {
        while(is_newline(btnm->map_p[txt_i])) txt_i++;
        lv_buttonmatrix_ctrl_t bits = btnm->ctrl_bits[i];
        if(has(bits, LV_BUTTONMATRIX_CTRL_HIDDEN)) continue;
        lv_state_t st = LV_STATE_DEFAULT;
        if(has(bits, LV_BUTTONMATRIX_CTRL_CHECKED)) st |= LV_STATE_CHECKED;
        if(has(bits, LV_BUTTONMATRIX_CTRL_DISABLED)) st |= LV_STATE_DISABLED;
        else if(i == btnm->btn_id_sel) st |= state_ori & (LV_STATE_PRESSED | LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY | LV_STATE_EDITED);

        lv_area_t area = btnm->button_areas[i];
        lv_area_move(&area, obj->coords.x1, obj->coords.y1);
        lv_draw_rect_dsc_t rect = rect_def;
        lv_draw_label_dsc_t label = label_def;
        if(st != LV_STATE_DEFAULT) {
            obj->state = st;
            obj->skip_trans = 1;
            lv_draw_rect_dsc_init(&rect);
            lv_draw_label_dsc_init(&label);
            lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &rect);
            lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, &label);
            obj->state = state_ori;
            obj->skip_trans = 0;
        }
        rect.base.id1 = i;
        if(rect.border_side & LV_BORDER_SIDE_INTERNAL) {
            /* no border on the matrix's outer edges */
            uint32_t side = LV_BORDER_SIDE_FULL;
            if(area.x1 == obj->coords.x1 + pleft) side &= ~LV_BORDER_SIDE_LEFT;
            if(area.x2 == obj->coords.x2 - pright) side &= ~LV_BORDER_SIDE_RIGHT;
            if(area.y1 == obj->coords.y1 + ptop) side &= ~LV_BORDER_SIDE_TOP;
            if(area.y2 == obj->coords.y2 - pbottom) side &= ~LV_BORDER_SIDE_BOTTOM;
            rect.border_side = static_cast<lv_border_side_t>(side);
        }
        int32_t btn_h = lv_area_get_height(&area);
        bool popover = (st & LV_STATE_PRESSED) && has(bits, LV_BUTTONMATRIX_CTRL_POPOVER);
        if(popover) area.y1 -= btn_h;
        if(btnm->button_rect_hook) btnm->button_rect_hook(obj, i, &rect);
        lv_draw_rect(layer, &rect, &area);

        const char * txt = btnm->map_p[txt_i];
        if(has(bits, LV_BUTTONMATRIX_CTRL_RECOLOR)) label.flag = static_cast<lv_text_flag_t>(label.flag | LV_TEXT_FLAG_RECOLOR);
        lv_point_t ts;
        lv_text_get_size(&ts, txt, label.font, label.letter_space, label.line_space, lv_obj_get_width(obj), label.flag);
        area.x1 += (lv_area_get_width(&area) - ts.x) / 2;
        area.y1 += (lv_area_get_height(&area) - ts.y) / 2;
        area.x2 = area.x1 + ts.x;
        area.y2 = area.y1 + ts.y;
        if(popover) {
            area.y1 -= btn_h / 2;
            area.y2 -= btn_h / 2;
        }
        label.text = txt;
        label.base.id1 = i;
        lv_draw_label(layer, &label, &area);
    }
}

bool selectable(lv_buttonmatrix_ctrl_t bits)
{
    return !has(bits, LV_BUTTONMATRIX_CTRL_HIDDEN) && !has(bits, LV_BUTTONMATRIX_CTRL_DISABLED);
}

void make_one_checked(lv_obj_t * obj, uint32_t id)
{
    bool was = lv_buttonmatrix_has_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_CHECKED);
    lv_buttonmatrix_clear_button_ctrl_all(obj, LV_BUTTONMATRIX_CTRL_CHECKED);
    if(was) lv_buttonmatrix_set_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_CHECKED);
}

void btnm_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    btnm->btn_cnt = 0;
    btnm->row_cnt = 0;
    btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
    btnm->button_areas = nullptr;
    btnm->ctrl_bits = nullptr;
    btnm->map_p = nullptr;
    btnm->one_check = false;
    btnm->button_rect_hook = nullptr;
    lv_buttonmatrix_set_map(obj, default_map);
}

void btnm_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    lv_free(btnm->button_areas);
    lv_free(btnm->ctrl_bits);
    btnm->button_areas = nullptr;
    btnm->ctrl_bits = nullptr;
}

void btnm_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_buttonmatrix_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED:
        case LV_EVENT_SIZE_CHANGED:
            layout_buttons(btnm);
            break;
        case LV_EVENT_PRESSED: {
            invalidate_button(btnm, btnm->btn_id_sel);
            lv_indev_t * indev = lv_indev_active();
            if(indev && (lv_indev_get_type(indev) == LV_INDEV_TYPE_POINTER || lv_indev_get_type(indev) == LV_INDEV_TYPE_BUTTON)) {
                lv_point_t p;
                lv_indev_get_point(indev, &p);
                uint32_t id = button_at(btnm, &p);
                btnm->btn_id_sel = (id != LV_BUTTONMATRIX_BUTTON_NONE && selectable(btnm->ctrl_bits[id])) ? id : LV_BUTTONMATRIX_BUTTON_NONE;
                invalidate_button(btnm, btnm->btn_id_sel);
            }
            uint32_t sel = btnm->btn_id_sel;
            if(sel != LV_BUTTONMATRIX_BUTTON_NONE && !has(btnm->ctrl_bits[sel], LV_BUTTONMATRIX_CTRL_CLICK_TRIG) &&
               !has(btnm->ctrl_bits[sel], LV_BUTTONMATRIX_CTRL_POPOVER) && selectable(btnm->ctrl_bits[sel])) {
                lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &sel);
            }
            break;
        }
        case LV_EVENT_PRESSING: {
            lv_indev_t * indev = lv_indev_active();
            if(btnm->btn_id_sel != LV_BUTTONMATRIX_BUTTON_NONE && indev) {
                lv_point_t p;
                lv_indev_get_point(indev, &p);
                if(button_at(btnm, &p) != btnm->btn_id_sel) {
                    invalidate_button(btnm, btnm->btn_id_sel);
                    btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
                }
            }
            break;
        }
        case LV_EVENT_RELEASED: {
            uint32_t sel = btnm->btn_id_sel;
            if(sel != LV_BUTTONMATRIX_BUTTON_NONE) {
                lv_buttonmatrix_ctrl_t & bits = btnm->ctrl_bits[sel];
                if(has(bits, LV_BUTTONMATRIX_CTRL_CHECKABLE) && !has(bits, LV_BUTTONMATRIX_CTRL_DISABLED)) {
                    if(has(bits, LV_BUTTONMATRIX_CTRL_CHECKED) && !btnm->one_check) {
                        bits = static_cast<lv_buttonmatrix_ctrl_t>(bits & ~LV_BUTTONMATRIX_CTRL_CHECKED);
                    }
                    else {
                        bits = static_cast<lv_buttonmatrix_ctrl_t>(bits | LV_BUTTONMATRIX_CTRL_CHECKED);
                    }
                    if(btnm->one_check) make_one_checked(obj, sel);
                }
                if((has(bits, LV_BUTTONMATRIX_CTRL_CLICK_TRIG) || has(bits, LV_BUTTONMATRIX_CTRL_POPOVER)) && selectable(bits)) {
                    if(lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &sel) != LV_RESULT_OK) return;
                }
            }
            invalidate_button(btnm, btnm->btn_id_sel);
            break;
        }
        case LV_EVENT_LONG_PRESSED_REPEAT: {
            uint32_t sel = btnm->btn_id_sel;
            if(sel != LV_BUTTONMATRIX_BUTTON_NONE && !has(btnm->ctrl_bits[sel], LV_BUTTONMATRIX_CTRL_NO_REPEAT) &&
               selectable(btnm->ctrl_bits[sel])) {
                lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &sel);
            }
            break;
        }
        case LV_EVENT_PRESS_LOST:
            invalidate_button(btnm, btnm->btn_id_sel);
            btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
            break;
        case LV_EVENT_DEFOCUSED:
        case LV_EVENT_LEAVE:
            invalidate_button(btnm, btnm->btn_id_sel);
            btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
            break;
        case LV_EVENT_KEY: {
            uint32_t key = lv_event_get_key(e);
            invalidate_button(btnm, btnm->btn_id_sel);
            int dir = (key == LV_KEY_RIGHT || key == LV_KEY_DOWN) ? 1 : (key == LV_KEY_LEFT || key == LV_KEY_UP) ? -1 : 0;
            if(dir && btnm->btn_cnt) {
                int32_t i = btnm->btn_id_sel == LV_BUTTONMATRIX_BUTTON_NONE ? (dir > 0 ? -1 : static_cast<int32_t>(btnm->btn_cnt))
                                                                             : static_cast<int32_t>(btnm->btn_id_sel);
                for(uint32_t tries = 0; tries < btnm->btn_cnt; tries++) {
                    i += dir;
                    if(i < 0 || i >= static_cast<int32_t>(btnm->btn_cnt)) break;
                    if(selectable(btnm->ctrl_bits[i])) {
                        btnm->btn_id_sel = static_cast<uint32_t>(i);
                        break;
                    }
                }
            }
            invalidate_button(btnm, btnm->btn_id_sel);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(btnm, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_buttonmatrix_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_buttonmatrix_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_buttonmatrix_set_map(lv_obj_t * obj, const char * const map[])
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    if(!map) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(!allocate(btnm, map)) return;
    btnm->map_p = map;
    layout_buttons(btnm);
    lv_obj_refresh_ext_draw_size(obj);
}

void lv_buttonmatrix_set_ctrl_map(lv_obj_t * obj, const lv_buttonmatrix_ctrl_t ctrl_map[])
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(!ctrl_map || !btnm->ctrl_bits) return;
    lv_memcpy(btnm->ctrl_bits, ctrl_map, sizeof(lv_buttonmatrix_ctrl_t) * btnm->btn_cnt);
    layout_buttons(btnm);
}

void lv_buttonmatrix_set_selected_button(lv_obj_t * obj, uint32_t btn_id)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt && btn_id != LV_BUTTONMATRIX_BUTTON_NONE) return;
    invalidate_button(btnm, btnm->btn_id_sel);
    btnm->btn_id_sel = btn_id;
    invalidate_button(btnm, btn_id);
}

void lv_buttonmatrix_set_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    if(btnm->one_check && (ctrl & LV_BUTTONMATRIX_CTRL_CHECKED)) lv_buttonmatrix_clear_button_ctrl_all(obj, LV_BUTTONMATRIX_CTRL_CHECKED);
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[btn_id] | ctrl);
    invalidate_button(btnm, btn_id);
    if(ctrl & LV_BUTTONMATRIX_CTRL_POPOVER) lv_obj_refresh_ext_draw_size(obj);
}

void lv_buttonmatrix_clear_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[btn_id] & ~ctrl);
    invalidate_button(btnm, btn_id);
}

void lv_buttonmatrix_set_button_ctrl_all(lv_obj_t * obj, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    for(uint32_t i = 0; i < as_btnm(obj)->btn_cnt; i++) lv_buttonmatrix_set_button_ctrl(obj, i, ctrl);
}

void lv_buttonmatrix_clear_button_ctrl_all(lv_obj_t * obj, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    for(uint32_t i = 0; i < as_btnm(obj)->btn_cnt; i++) lv_buttonmatrix_clear_button_ctrl(obj, i, ctrl);
}

void lv_buttonmatrix_set_button_width(lv_obj_t * obj, uint32_t btn_id, uint32_t width)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>((btnm->ctrl_bits[btn_id] & ~LV_BUTTONMATRIX_WIDTH_MASK) |
                                                                  (width & LV_BUTTONMATRIX_WIDTH_MASK));
    layout_buttons(btnm);
}

void lv_buttonmatrix_set_one_checked(lv_obj_t * obj, bool en)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return;
    as_btnm(obj)->one_check = en;
    if(en && as_btnm(obj)->btn_cnt) make_one_checked(obj, 0);
}

const char * const * lv_buttonmatrix_get_map(const lv_obj_t * obj) { return as_btnm(obj)->map_p; }
uint32_t lv_buttonmatrix_get_selected_button(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return {}; return as_btnm(obj)->btn_id_sel; }

const char * lv_buttonmatrix_get_button_text(const lv_obj_t * obj, uint32_t btn_id)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return nullptr;
    if(btn_id == LV_BUTTONMATRIX_BUTTON_NONE || btn_id >= as_btnm(obj)->btn_cnt) return nullptr;
    return text_of(as_btnm(obj), btn_id);
}

bool lv_buttonmatrix_has_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return false;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return false;
    return (btnm->ctrl_bits[btn_id] & ctrl) == ctrl;
}

bool lv_buttonmatrix_get_one_checked(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_buttonmatrix_class)) return false; return as_btnm(obj)->one_check; }

} // extern "C"
