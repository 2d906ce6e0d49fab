/**
 * @file lv_buttonmatrix.cpp
 * Button matrix: rows share the content height equally (minus pad_row gaps); within a row
 * buttons share the width (minus pad_column gaps) in proportion to their relative widths.
 * Buttons are drawn with the ITEMS part's styles in the button's own state (checked,
 * disabled, pressed/focused for the selected one), the text centred in each.
 */
#include "widgets/buttonmatrix/lv_buttonmatrix_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void btnm_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void btnm_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void btnm_event(const lv_obj_class_t * class_p, lv_event_t * e);

constexpr uint32_t WIDTH_MASK = 0x000F;

const char * const default_map[] = {"Btn1", "Btn2", "Btn3", "\n", "Btn4", "Btn5", ""};

} // namespace

extern "C" const lv_obj_class_t lv_buttonmatrix_class = {
    &lv_obj_class, btnm_constructor, btnm_destructor, btnm_event, nullptr, "buttonmatrix",
    LV_DPI_DEF * 2, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_buttonmatrix_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_buttonmatrix_t * as_btnm(const lv_obj_t * obj)
{
    return reinterpret_cast<lv_buttonmatrix_t *>(const_cast<lv_obj_t *>(obj));
}

bool is_row_break(const char * s) { return s && s[0] == '\n' && s[1] == '\0'; }
/* LVGL ends a map with "" or with NULL (the keyboard examples use NULL) */
bool is_map_end(const char * s) { return s == nullptr || s[0] == '\0'; }

uint32_t button_width(lv_buttonmatrix_ctrl_t ctrl)
{
    uint32_t w = ctrl & WIDTH_MASK;
    return w == 0 ? 1 : w;
}

void btnm_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    btnm->map_p = nullptr;
    btnm->item_dsc_cb = nullptr;
    btnm->button_areas = nullptr;
    btnm->ctrl_bits = nullptr;
    btnm->btn_cnt = 0;
    btnm->row_cnt = 0;
    btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
    btnm->one_check = 0;
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

/** Counts the buttons and rows of a map. */
void count_map(const char * const * map, uint32_t * btn_cnt, uint32_t * row_cnt)
{
    *btn_cnt = 0;
    *row_cnt = 1;
    for(uint32_t i = 0; !is_map_end(map[i]); i++) {
        if(is_row_break(map[i])) (*row_cnt)++;
        else (*btn_cnt)++;
    }
}

/** (Re)allocates the per-button arrays; keeps the control flags if the count is unchanged. */
bool alloc_buttons(lv_buttonmatrix_t * btnm, uint32_t btn_cnt)
{
    if(btnm->button_areas && btnm->ctrl_bits && btn_cnt == btnm->btn_cnt) return true;
    lv_free(btnm->button_areas);
    lv_free(btnm->ctrl_bits);
    btnm->button_areas = nullptr;
    btnm->ctrl_bits = nullptr;
    btnm->btn_cnt = 0;
    if(btn_cnt == 0) return true;
    btnm->button_areas = static_cast<lv_area_t *>(lv_malloc_zeroed(sizeof(lv_area_t) * btn_cnt));
    btnm->ctrl_bits = static_cast<lv_buttonmatrix_ctrl_t *>(lv_malloc_zeroed(sizeof(lv_buttonmatrix_ctrl_t) * btn_cnt));
    if(!btnm->button_areas || !btnm->ctrl_bits) {
        lv_free(btnm->button_areas);
        lv_free(btnm->ctrl_bits);
        btnm->button_areas = nullptr;
        btnm->ctrl_bits = nullptr;
        return false;
    }
    btnm->btn_cnt = btn_cnt;
    return true;
}

/** Computes every button's area from the map, the widths and the current size. */
void layout_buttons(lv_obj_t * obj)
{
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btnm->map_p == nullptr || btnm->btn_cnt == 0) return;
    const int32_t sleft = lv_obj_get_style_space_left(obj, LV_PART_MAIN);
    const int32_t stop = lv_obj_get_style_space_top(obj, LV_PART_MAIN);
    const int32_t pcol = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    const int32_t prow = lv_obj_get_style_pad_row(obj, LV_PART_MAIN);
    const int32_t max_w = lv_obj_get_content_width(obj);
    const int32_t max_h = lv_obj_get_content_height(obj);
    const bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    const int32_t rows = static_cast<int32_t>(btnm->row_cnt);
    const int32_t max_h_no_gap = max_h - prow * (rows - 1);

    const char * const * map_row = btnm->map_p;
    uint32_t btn_i = 0;
    for(int32_t row = 0; row < rows; row++) {
        uint32_t units = 0;
        uint32_t cnt = 0;
        while(!is_map_end(map_row[cnt]) && !is_row_break(map_row[cnt])) {
            units += button_width(btnm->ctrl_bits[btn_i + cnt]);
            cnt++;
        }
        if(cnt > 0) {
            const int32_t y1 = stop + max_h_no_gap * row / rows + row * prow;
            const int32_t y2 = stop + max_h_no_gap * (row + 1) / rows + row * prow - 1;
            int32_t max_w_no_gap = max_w - pcol * static_cast<int32_t>(cnt - 1);
            if(max_w_no_gap < 0) max_w_no_gap = 0;
            uint32_t unit_pos = 0;
            for(uint32_t b = 0; b < cnt; b++, btn_i++) {
                const uint32_t bw = button_width(btnm->ctrl_bits[btn_i]);
                int32_t x1 = max_w_no_gap * static_cast<int32_t>(unit_pos) / static_cast<int32_t>(units) + static_cast<int32_t>(b) * pcol;
                int32_t x2 = max_w_no_gap * static_cast<int32_t>(unit_pos + bw) / static_cast<int32_t>(units) +
                             static_cast<int32_t>(b) * pcol - 1;
                if(rtl) {
                    const int32_t t = x1;
                    x1 = max_w - x2 - 1;
                    x2 = max_w - t - 1;
                }
                lv_area_set(&btnm->button_areas[btn_i], x1 + sleft, y1, x2 + sleft, y2);
                unit_pos += bw;
            }
        }
        map_row = &map_row[cnt];
        if(is_map_end(map_row[0])) break;
        map_row++; /* skip the "\n" */
    }
    lv_obj_invalidate(obj);
}

lv_state_t button_state(const lv_buttonmatrix_t * btnm, uint32_t i, lv_state_t obj_state)
{
    lv_state_t st = LV_STATE_DEFAULT;
    const lv_buttonmatrix_ctrl_t ctrl = btnm->ctrl_bits[i];
    if(ctrl & LV_BUTTONMATRIX_CTRL_CHECKED) st |= LV_STATE_CHECKED;
    if(ctrl & LV_BUTTONMATRIX_CTRL_DISABLED) st |= LV_STATE_DISABLED;
    else if(i == btnm->btn_id_sel) {
        st |= obj_state & (LV_STATE_PRESSED | LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY | LV_STATE_EDITED);
    }
    return st;
}

/** Fills the ITEMS descriptors as if the matrix were in `state` (no transitions). */
void item_dscs(lv_obj_t * obj, lv_state_t state, lv_draw_rect_dsc_t * rect, lv_draw_label_dsc_t * label)
{
    const lv_state_t ori = obj->state;
    obj->state = state;
    obj->skip_trans = 1;
    lv_draw_rect_dsc_init(rect);
    lv_draw_label_dsc_init(label);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, rect);
    lv_obj_init_draw_label_dsc(obj, LV_PART_ITEMS, label);
    obj->skip_trans = 0;
    obj->state = ori;
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btnm->btn_cnt == 0 || btnm->map_p == nullptr) return;
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_draw_rect_dsc_t rect_def, rect;
    lv_draw_label_dsc_t label_def, label;
    item_dscs(obj, LV_STATE_DEFAULT, &rect_def, &label_def);
    const int32_t obj_w = lv_obj_get_width(obj);

    uint32_t txt_i = 0;
    for(uint32_t i = 0; i < btnm->btn_cnt; i++, txt_i++) {
        while(is_row_break(btnm->map_p[txt_i])) txt_i++;
        if(btnm->ctrl_bits[i] & LV_BUTTONMATRIX_CTRL_HIDDEN) continue;
        const lv_state_t st = button_state(btnm, i, obj->state);
        if(st == LV_STATE_DEFAULT) {
            rect = rect_def;
            label = label_def;
        }
        else {
            item_dscs(obj, st, &rect, &label);
        }
        if(btnm->ctrl_bits[i] & LV_BUTTONMATRIX_CTRL_RECOLOR) label.flag = static_cast<lv_text_flag_t>(label.flag | LV_TEXT_FLAG_RECOLOR);
        else label.flag = static_cast<lv_text_flag_t>(label.flag & ~LV_TEXT_FLAG_RECOLOR);
        rect.base.id1 = i;
        label.base.id1 = i;
        if(btnm->item_dsc_cb) btnm->item_dsc_cb(obj, i, &rect, &label);

        lv_area_t area = btnm->button_areas[i];
        lv_area_move(&area, obj->coords.x1, obj->coords.y1);
        lv_draw_rect(layer, &rect, &area);

        const char * txt = btnm->map_p[txt_i];
        lv_point_t size;
        lv_text_get_size(&size, txt, label.font, label.letter_space, label.line_space, obj_w, label.flag);
        area.x1 += (lv_area_get_width(&area) - size.x) / 2;
        area.y1 += (lv_area_get_height(&area) - size.y) / 2;
        area.x2 = area.x1 + size.x;
        area.y2 = area.y1 + size.y;
        label.text = txt;
        lv_draw_label(layer, &label, &area);
    }
}

/** Checks/unchecks a checkable button as a release would, honouring one_checked. */
void toggle_checked(lv_obj_t * obj, uint32_t id)
{
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    const lv_buttonmatrix_ctrl_t ctrl = btnm->ctrl_bits[id];
    if(!(ctrl & LV_BUTTONMATRIX_CTRL_CHECKABLE)) return;
    if(ctrl & LV_BUTTONMATRIX_CTRL_CHECKED) {
        if(!btnm->one_check) lv_buttonmatrix_clear_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_CHECKED);
    }
    else {
        lv_buttonmatrix_set_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_CHECKED);
    }
}

/** The visible button under the active pointer, LV_BUTTONMATRIX_BUTTON_NONE if none. */
uint32_t button_under_pointer(lv_obj_t * obj)
{
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    lv_indev_t * indev = lv_indev_active();
    if(indev == nullptr) return LV_BUTTONMATRIX_BUTTON_NONE;
    const lv_indev_type_t type = lv_indev_get_type(indev);
    if(type != LV_INDEV_TYPE_POINTER && type != LV_INDEV_TYPE_BUTTON) return btnm->btn_id_sel;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    for(uint32_t i = 0; i < btnm->btn_cnt; i++) {
        if(btnm->ctrl_bits[i] & LV_BUTTONMATRIX_CTRL_HIDDEN) continue;
        lv_area_t a = btnm->button_areas[i];
        lv_area_move(&a, obj->coords.x1, obj->coords.y1);
        if(lv_area_is_point_on(&a, &p, 0)) return i;
    }
    return LV_BUTTONMATRIX_BUTTON_NONE;
}

bool selected_is_usable(const lv_buttonmatrix_t * btnm)
{
    return btnm->btn_id_sel < btnm->btn_cnt &&
           !(btnm->ctrl_bits[btnm->btn_id_sel] & (LV_BUTTONMATRIX_CTRL_DISABLED | LV_BUTTONMATRIX_CTRL_HIDDEN));
}

void btnm_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_buttonmatrix_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_ITEMS));
            break;
        case LV_EVENT_STYLE_CHANGED:
        case LV_EVENT_SIZE_CHANGED:
            layout_buttons(obj);
            break;
        case LV_EVENT_PRESSED:
            /* the pressed button is the one under the pointer (or the one selected by code) */
            if(lv_indev_active() != nullptr) btnm->btn_id_sel = button_under_pointer(obj);
            if(selected_is_usable(btnm)) {
                lv_obj_invalidate(obj);
                if(!(btnm->ctrl_bits[btnm->btn_id_sel] & LV_BUTTONMATRIX_CTRL_CLICK_TRIG)) {
                    uint32_t id = btnm->btn_id_sel;
                    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &id);
                }
            }
            break;
        case LV_EVENT_PRESSING:
            if(lv_indev_active() != nullptr) {
                const uint32_t id = button_under_pointer(obj);
                if(id != btnm->btn_id_sel) {
                    btnm->btn_id_sel = id;
                    lv_obj_invalidate(obj);
                }
            }
            break;
        case LV_EVENT_RELEASED:
            if(selected_is_usable(btnm)) {
                uint32_t id = btnm->btn_id_sel;
                toggle_checked(obj, id);
                lv_obj_invalidate(obj);
                if(btnm->ctrl_bits[id] & LV_BUTTONMATRIX_CTRL_CLICK_TRIG) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &id);
            }
            break;
        case LV_EVENT_LONG_PRESSED_REPEAT:
            if(selected_is_usable(btnm) && !(btnm->ctrl_bits[btnm->btn_id_sel] & LV_BUTTONMATRIX_CTRL_NO_REPEAT)) {
                uint32_t id = btnm->btn_id_sel;
                lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, &id);
            }
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_buttonmatrix_create(lv_obj_t * parent) { return lv_widget_create(&lv_buttonmatrix_class, parent); }

void lv_buttonmatrix_set_map(lv_obj_t * obj, const char * const map[])
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    if(map == nullptr) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    uint32_t btn_cnt;
    uint32_t row_cnt;
    count_map(map, &btn_cnt, &row_cnt);
    if(!alloc_buttons(btnm, btn_cnt)) return;
    btnm->map_p = map;
    btnm->row_cnt = row_cnt;
    if(btnm->btn_id_sel != LV_BUTTONMATRIX_BUTTON_NONE && btnm->btn_id_sel >= btn_cnt) btnm->btn_id_sel = LV_BUTTONMATRIX_BUTTON_NONE;
    layout_buttons(obj);
}

void lv_buttonmatrix_set_ctrl_map(lv_obj_t * obj, const lv_buttonmatrix_ctrl_t ctrl_map[])
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(ctrl_map == nullptr || btnm->ctrl_bits == nullptr) return;
    lv_memcpy(btnm->ctrl_bits, ctrl_map, sizeof(lv_buttonmatrix_ctrl_t) * btnm->btn_cnt);
    layout_buttons(obj);
}

void lv_buttonmatrix_set_selected_button(lv_obj_t * obj, uint32_t btn_id)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt && btn_id != LV_BUTTONMATRIX_BUTTON_NONE) return;
    btnm->btn_id_sel = btn_id;
    lv_obj_invalidate(obj);
}

void lv_buttonmatrix_set_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    if(btnm->one_check && (ctrl & LV_BUTTONMATRIX_CTRL_CHECKED)) lv_buttonmatrix_clear_button_ctrl_all(obj, LV_BUTTONMATRIX_CTRL_CHECKED);
    const bool width_changed = (ctrl & WIDTH_MASK) && (ctrl & WIDTH_MASK) != (btnm->ctrl_bits[btn_id] & WIDTH_MASK);
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[btn_id] | ctrl);
    if(width_changed || (ctrl & LV_BUTTONMATRIX_CTRL_HIDDEN)) layout_buttons(obj);
    lv_obj_invalidate(obj);
}

void lv_buttonmatrix_clear_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[btn_id] & ~ctrl);
    if(ctrl & (WIDTH_MASK | LV_BUTTONMATRIX_CTRL_HIDDEN)) layout_buttons(obj);
    lv_obj_invalidate(obj);
}

void lv_buttonmatrix_set_button_ctrl_all(lv_obj_t * obj, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    for(uint32_t i = 0; i < btnm->btn_cnt; i++) lv_buttonmatrix_set_button_ctrl(obj, i, ctrl);
}

void lv_buttonmatrix_clear_button_ctrl_all(lv_obj_t * obj, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    for(uint32_t i = 0; i < btnm->btn_cnt; i++) {
        btnm->ctrl_bits[i] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[i] & ~ctrl);
    }
    if(ctrl & (WIDTH_MASK | LV_BUTTONMATRIX_CTRL_HIDDEN)) layout_buttons(obj);
    lv_obj_invalidate(obj);
}

void lv_buttonmatrix_set_button_width(lv_obj_t * obj, uint32_t btn_id, uint32_t width)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return;
    btnm->ctrl_bits[btn_id] = static_cast<lv_buttonmatrix_ctrl_t>((btnm->ctrl_bits[btn_id] & ~WIDTH_MASK) | (width & WIDTH_MASK));
    layout_buttons(obj);
}

void lv_buttonmatrix_set_one_checked(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return;
    lv_buttonmatrix_t * btnm = as_btnm(obj);
    btnm->one_check = en ? 1 : 0;
    if(!en) return;
    /* keep only the first checked button */
    bool seen = false;
    for(uint32_t i = 0; i < btnm->btn_cnt; i++) {
        if(!(btnm->ctrl_bits[i] & LV_BUTTONMATRIX_CTRL_CHECKED)) continue;
        if(seen) btnm->ctrl_bits[i] = static_cast<lv_buttonmatrix_ctrl_t>(btnm->ctrl_bits[i] & ~LV_BUTTONMATRIX_CTRL_CHECKED);
        seen = true;
    }
    lv_obj_invalidate(obj);
}

const char * const * lv_buttonmatrix_get_map(const lv_obj_t * obj) { return as_btnm(obj)->map_p; }
uint32_t lv_buttonmatrix_get_selected_button(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return {};
    return as_btnm(obj)->btn_id_sel;
}

const char * lv_buttonmatrix_get_button_text(const lv_obj_t * obj, uint32_t btn_id)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return {};
    const lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt || btnm->map_p == nullptr) return nullptr;
    uint32_t btn_i = 0;
    for(uint32_t txt_i = 0; !is_map_end(btnm->map_p[txt_i]); txt_i++) {
        if(is_row_break(btnm->map_p[txt_i])) continue;
        if(btn_i == btn_id) return btnm->map_p[txt_i];
        btn_i++;
    }
    return nullptr;
}

bool lv_buttonmatrix_has_button_ctrl(lv_obj_t * obj, uint32_t btn_id, lv_buttonmatrix_ctrl_t ctrl)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return {};
    const lv_buttonmatrix_t * btnm = as_btnm(obj);
    if(btn_id >= btnm->btn_cnt) return false;
    return (btnm->ctrl_bits[btn_id] & ctrl) == ctrl;
}

bool lv_buttonmatrix_get_one_checked(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_buttonmatrix_class)) return {};
    return as_btnm(obj)->one_check;
}

} // extern "C"
