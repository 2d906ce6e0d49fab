/**
 * @file lv_checkbox.cpp
 * Checkbox: the marker is a square of the font's line height grown by the INDICATOR
 * padding, at the top-left of the content; the text follows after pad_column, centred on
 * the marker's first line.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_checkbox_t {
    lv_obj_t obj;
    char * txt;
    uint8_t static_txt : 1;
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

char default_text[] = "Check box";

lv_checkbox_t * as_cb(const lv_obj_t * obj) { return reinterpret_cast<lv_checkbox_t *>(const_cast<lv_obj_t *>(obj)); }

void checkbox_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_checkbox_t * cb = as_cb(obj);
    cb->txt = default_text;
    cb->static_txt = 1;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
}

void free_text(lv_checkbox_t * cb)
{
    if(!cb->static_txt) lv_free(cb->txt);
    cb->txt = nullptr;
}

void checkbox_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    free_text(as_cb(obj));
}

lv_point_t text_size(lv_obj_t * obj)
{
    lv_point_t size;
    lv_text_get_size(&size, as_cb(obj)->txt, lv_obj_get_style_text_font(obj, LV_PART_MAIN),
                     lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN), lv_obj_get_style_text_line_space(obj, LV_PART_MAIN),
                     LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    return size;
}

lv_point_t marker_size(lv_obj_t * obj)
{
    int32_t font_h = lv_font_get_line_height(lv_obj_get_style_text_font(obj, LV_PART_MAIN));
    return {font_h + lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR) + lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR),
            font_h + lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR) + lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR)};
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_checkbox_t * cb = as_cb(obj);
    lv_layer_t * layer = lv_event_get_layer(e);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    const int32_t font_h = lv_font_get_line_height(font);
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    const int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;
    const int32_t col = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    const bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    const lv_point_t msize = marker_size(obj);

    lv_area_t marker;
    if(rtl) {
        marker.x2 = obj->coords.x2 - lv_obj_get_style_pad_right(obj, LV_PART_MAIN) - border;
        marker.x1 = marker.x2 - msize.x + 1;
    }
    else {
        marker.x1 = obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
        marker.x2 = marker.x1 + msize.x - 1;
    }
    marker.y1 = obj->coords.y1 + top;
    marker.y2 = marker.y1 + msize.y - 1;

    lv_area_t marker_drawn = marker;
    const int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_INDICATOR);
    const int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_INDICATOR);
    marker_drawn.x1 -= tw;
    marker_drawn.x2 += tw;
    marker_drawn.y1 -= th;
    marker_drawn.y2 += th;
    lv_draw_rect_dsc_t marker_dsc;
    lv_draw_rect_dsc_init(&marker_dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &marker_dsc);
    lv_draw_rect(layer, &marker_dsc, &marker_drawn);

    if(cb->txt == nullptr) return;
    lv_point_t tsize = text_size(obj);
    lv_draw_label_dsc_t txt_dsc;
    lv_draw_label_dsc_init(&txt_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &txt_dsc);
    txt_dsc.text = cb->txt;
    const int32_t y_ofs = (lv_area_get_height(&marker) - font_h) / 2;
    lv_area_t txt_area;
    if(rtl) {
        txt_area.x2 = marker.x1 - col;
        txt_area.x1 = txt_area.x2 - tsize.x + 1;
    }
    else {
        txt_area.x1 = marker.x2 + col;
        txt_area.x2 = txt_area.x1 + tsize.x - 1;
    }
    txt_area.y1 = obj->coords.y1 + top + y_ofs;
    txt_area.y2 = txt_area.y1 + tsize.y - 1;
    lv_draw_label(layer, &txt_dsc, &txt_area);
}

void checkbox_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_checkbox_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            lv_point_t tsize = as_cb(obj)->txt ? text_size(obj) : lv_point_t{0, 0};
            lv_point_t msize = marker_size(obj);
            p->x = msize.x + tsize.x + lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
            p->y = LV_MAX(msize.y, tsize.y);
            break;
        }
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        case LV_EVENT_STYLE_CHANGED:
            lv_obj_refresh_self_size(obj);
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

lv_obj_t * lv_checkbox_create(lv_obj_t * parent) { return lv_widget_create(&lv_checkbox_class, parent); }

void lv_checkbox_set_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_checkbox_class)) return;
    lv_checkbox_t * cb = as_cb(obj);
    char * copy = lv_widget_strdup(txt ? txt : "");
    if(copy == nullptr) return;
    free_text(cb);
    cb->txt = copy;
    cb->static_txt = 0;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

void lv_checkbox_set_text_static(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_checkbox_class)) return;
    lv_checkbox_t * cb = as_cb(obj);
    free_text(cb);
    cb->txt = const_cast<char *>(txt ? txt : "");
    cb->static_txt = 1;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

const char * lv_checkbox_get_text(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_checkbox_class)) return {};
    return as_cb(obj)->txt;
}

} // extern "C"
