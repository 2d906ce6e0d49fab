/**
 * @file lv_checkbox.cpp
 * Checkbox: the marker is a square of the font's line height plus the INDICATOR paddings at
 * the top left (top right for right-to-left), the text follows after pad_column. Clicking
 * toggles CHECKED (the object is CHECKABLE).
 */
#include "core/lv_obj_private.h"

namespace {

struct lv_checkbox_t {
    lv_obj_t obj;
    char * txt;
    bool static_txt;
};

void checkbox_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void checkbox_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void checkbox_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_checkbox_class = {
    &lv_obj_class, checkbox_constructor, checkbox_destructor, checkbox_event, nullptr, "checkbox",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_checkbox_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_checkbox_t * as_cb(const lv_obj_t * obj) { return reinterpret_cast<lv_checkbox_t *>(const_cast<lv_obj_t *>(obj)); }

void checkbox_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_checkbox_t * cb = as_cb(obj);
    cb->txt = const_cast<char *>("Check box");
    cb->static_txt = true;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
}

void checkbox_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_checkbox_t * cb = as_cb(obj);
    if(!cb->static_txt) lv_free(cb->txt);
    cb->txt = nullptr;
}

lv_point_t text_size(lv_obj_t * obj)
{
    lv_point_t s;
    lv_text_get_size(&s, as_cb(obj)->txt, lv_obj_get_style_text_font(obj, LV_PART_MAIN),
                     lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN), lv_obj_get_style_text_line_space(obj, LV_PART_MAIN),
                     LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    return s;
}

void draw_main(lv_obj_t * obj, lv_layer_t * layer)
{
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t font_h = lv_font_get_line_height(font);
    bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    int32_t bg_border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t bg_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + bg_border;
    int32_t bg_side = (rtl ? lv_obj_get_style_pad_right(obj, LV_PART_MAIN) : lv_obj_get_style_pad_left(obj, LV_PART_MAIN)) + bg_border;
    int32_t col = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    int32_t ml = lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR);
    int32_t mr = lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR);
    int32_t mt = lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR);
    int32_t mb = lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR);

    lv_area_t marker;
    if(rtl) {
        marker.x2 = obj->coords.x2 - bg_side;
        marker.x1 = marker.x2 - (font_h + ml + mr) + 1;
    }
    else {
        marker.x1 = obj->coords.x1 + bg_side;
        marker.x2 = marker.x1 + font_h + ml + mr - 1;
    }
    marker.y1 = obj->coords.y1 + bg_top;
    marker.y2 = marker.y1 + font_h + mt + mb - 1;

    lv_draw_rect_dsc_t indic;
    lv_draw_rect_dsc_init(&indic);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &indic);
    lv_area_t marker_tr = marker;
    lv_area_increase(&marker_tr, lv_obj_get_style_transform_width(obj, LV_PART_INDICATOR),
                     lv_obj_get_style_transform_height(obj, LV_PART_INDICATOR));
    lv_draw_rect(layer, &indic, &marker_tr);

    lv_point_t ts = text_size(obj);
    lv_draw_label_dsc_t txt;
    lv_draw_label_dsc_init(&txt);
    lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &txt);
    txt.text = as_cb(obj)->txt;
    int32_t y_ofs = (lv_area_get_height(&marker) - font_h) / 2;
    lv_area_t area;
    if(rtl) {
        area.x2 = marker.x1 - col;
        area.x1 = area.x2 - ts.x + 1;
    }
    else {
        area.x1 = marker.x2 + col;
        area.x2 = area.x1 + ts.x - 1;
    }
    area.y1 = obj->coords.y1 + bg_top + y_ofs;
    area.y2 = area.y1 + ts.y - 1;
    lv_draw_label(layer, &txt, &area);
}

void checkbox_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_checkbox_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
            lv_point_t ts = text_size(obj);
            int32_t mw = font_h + lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR) + lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR);
            int32_t mh = font_h + lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR) + lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR);
            p->x = mw + ts.x + lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
            p->y = LV_MAX(mh, ts.y);
            break;
        }
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_checkbox_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_checkbox_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_checkbox_set_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_obj_has_class(obj, &lv_checkbox_class)) return;
    lv_checkbox_t * cb = as_cb(obj);
    char * copy = lv_strdup(txt ? txt : "");
    if(!copy) return;
    if(!cb->static_txt) lv_free(cb->txt);
    cb->txt = copy;
    cb->static_txt = false;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void lv_checkbox_set_text_static(lv_obj_t * obj, const char * txt)
{
    if(!lv_obj_has_class(obj, &lv_checkbox_class)) return;
    lv_checkbox_t * cb = as_cb(obj);
    if(!cb->static_txt) lv_free(cb->txt);
    cb->txt = const_cast<char *>(txt ? txt : "");
    cb->static_txt = true;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

const char * lv_checkbox_get_text(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_checkbox_class)) return nullptr; return as_cb(obj)->txt; }

} // extern "C"
