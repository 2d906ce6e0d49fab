/**
 * @file lv_slider.cpp
 * Slider: a bar whose knob (KNOB part) sits at the end of the indicator, a square of the
 * slider's thickness enlarged by the knob paddings; RANGE mode has a second knob at the
 * start. Pressing and dragging sets the nearest knob's value.
 */
#include "widgets/bar/lv_bar_private.h"

namespace {

struct lv_slider_t {
    lv_bar_t bar;
    lv_area_t left_knob_area;
    lv_area_t right_knob_area;
    int32_t * value_to_set; /* the value dragged now, nullptr when not dragging */
    bool dragging;
    bool left_knob_focus;
};

void slider_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void slider_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_slider_class = {
    &lv_bar_class, slider_constructor, nullptr, slider_event, nullptr, "slider",
    0, 0, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_slider_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_slider_t * as_slider(const lv_obj_t * obj) { return reinterpret_cast<lv_slider_t *>(const_cast<lv_obj_t *>(obj)); }

void position_knob(lv_obj_t * obj, lv_area_t * knob, int32_t knob_size, bool hor)
{
    if(hor) {
        knob->x1 -= knob_size >> 1;
        knob->x2 = knob->x1 + knob_size - 1;
        knob->y1 = obj->coords.y1;
        knob->y2 = obj->coords.y2;
    }
    else {
        knob->y1 -= knob_size >> 1;
        knob->y2 = knob->y1 + knob_size - 1;
        knob->x1 = obj->coords.x1;
        knob->x2 = obj->coords.x2;
    }
    int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_KNOB);
    int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_KNOB);
    knob->x1 -= lv_obj_get_style_pad_left(obj, LV_PART_KNOB) + tw;
    knob->x2 += lv_obj_get_style_pad_right(obj, LV_PART_KNOB) + tw;
    knob->y1 -= lv_obj_get_style_pad_top(obj, LV_PART_KNOB) + th;
    knob->y2 += lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB) + th;
}

void draw_knob(lv_slider_t * slider, lv_layer_t * layer)
{
    lv_obj_t * obj = &slider->bar.obj;
    bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    bool hor = lv_bar_is_horizontal(obj);
    bool sym = lv_bar_is_symmetrical(obj);
    const lv_area_t & indic = slider->bar.indic_area;
    lv_area_t knob;
    int32_t knob_size;
    if(hor) {
        knob_size = lv_obj_get_height(obj);
        if(sym && slider->bar.cur_value < 0) knob.x1 = indic.x1;
        else knob.x1 = rtl ? indic.x1 : indic.x2;
    }
    else {
        knob_size = lv_obj_get_width(obj);
        if(sym && slider->bar.cur_value < 0) knob.y1 = indic.y2;
        else knob.y1 = indic.y1;
    }
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &dsc);
    position_knob(obj, &knob, knob_size, hor);
    slider->right_knob_area = knob;
    lv_draw_rect(layer, &dsc, &knob);

    if(slider->bar.mode == LV_BAR_MODE_RANGE) {
        lv_area_t left;
        if(hor) left.x1 = rtl ? indic.x2 : indic.x1;
        else left.y1 = indic.y2;
        position_knob(obj, &left, knob_size, hor);
        slider->left_knob_area = left;
        lv_draw_rect(layer, &dsc, &left);
    }
}

/** The value under the pointer while dragging. */
void drag(lv_slider_t * slider, lv_indev_t * indev)
{
    lv_obj_t * obj = &slider->bar.obj;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    bool hor = lv_bar_is_horizontal(obj);
    int32_t range = slider->bar.max_value - slider->bar.min_value;
    int32_t v;
    if(hor) {
        int32_t w = lv_obj_get_width(obj) - lv_obj_get_style_pad_left(obj, LV_PART_MAIN) - lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
        int32_t x = p.x - (obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN));
        if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) x = w - x;
        v = w > 0 ? (x * range + w / 2) / w + slider->bar.min_value : slider->bar.min_value;
    }
    else {
        int32_t h = lv_obj_get_height(obj) - lv_obj_get_style_pad_top(obj, LV_PART_MAIN) - lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
        int32_t y = (obj->coords.y2 - lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN)) - p.y;
        v = h > 0 ? (y * range + h / 2) / h + slider->bar.min_value : slider->bar.min_value;
    }
    if(slider->bar.val_reversed) v = slider->bar.max_value - (v - slider->bar.min_value);
    int32_t before = slider->left_knob_focus ? slider->bar.start_value : slider->bar.cur_value;
    if(slider->left_knob_focus) lv_bar_set_start_value(obj, v, LV_ANIM_OFF);
    else lv_bar_set_value(obj, v, LV_ANIM_OFF);
    int32_t after = slider->left_knob_focus ? slider->bar.start_value : slider->bar.cur_value;
    if(after != before) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void slider_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_slider_t * s = as_slider(obj);
    s->value_to_set = nullptr;
    s->dragging = false;
    s->left_knob_focus = false;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_set_ext_click_area(obj, lv_dpx(8));
}

void slider_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_slider_t * slider = as_slider(obj);
    /* the knob is outside the bar: the hit test considers it */
    if(code == LV_EVENT_HIT_TEST) {
        lv_hit_test_info_t * info = lv_event_get_hit_test_info(e);
        lv_area_t a = obj->coords;
        int32_t ext = lv_obj_get_style_pad_left(obj, LV_PART_KNOB);
        lv_area_increase(&a, LV_MAX(ext, 0), LV_MAX(ext, 0));
        info->res = lv_area_is_point_on(&a, info->point, 0) || lv_area_is_point_on(&slider->right_knob_area, info->point, 0) ||
                    lv_area_is_point_on(&slider->left_knob_area, info->point, 0);
        return;
    }
    if(lv_obj_event_base(&lv_slider_class, e) != LV_RESULT_OK) return;
    switch(code) {
        case LV_EVENT_PRESSED: {
            slider->dragging = true;
            if(slider->bar.mode == LV_BAR_MODE_RANGE) {
                /* drag the knob nearer to the press */
                lv_point_t p;
                lv_indev_get_point(lv_indev_active(), &p);
                bool hor = lv_bar_is_horizontal(obj);
                int32_t dl = hor ? LV_ABS(p.x - (slider->left_knob_area.x1 + slider->left_knob_area.x2) / 2)
                                 : LV_ABS(p.y - (slider->left_knob_area.y1 + slider->left_knob_area.y2) / 2);
                int32_t dr = hor ? LV_ABS(p.x - (slider->right_knob_area.x1 + slider->right_knob_area.x2) / 2)
                                 : LV_ABS(p.y - (slider->right_knob_area.y1 + slider->right_knob_area.y2) / 2);
                slider->left_knob_focus = dl < dr;
            }
            else {
                slider->left_knob_focus = false;
            }
            break;
        }
        case LV_EVENT_PRESSING:
            if(slider->dragging && lv_indev_active()) drag(slider, lv_indev_active());
            break;
        case LV_EVENT_RELEASED:
        case LV_EVENT_PRESS_LOST:
            slider->dragging = false;
            break;
        case LV_EVENT_KEY: {
            uint32_t key = lv_event_get_key(e);
            int32_t v = lv_bar_get_value(obj);
            if(key == LV_KEY_RIGHT || key == LV_KEY_UP) lv_bar_set_value(obj, v + 1, LV_ANIM_ON);
            else if(key == LV_KEY_LEFT || key == LV_KEY_DOWN) lv_bar_set_value(obj, v - 1, LV_ANIM_ON);
            else break;
            lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            break;
        }
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t l = lv_obj_get_style_pad_left(obj, LV_PART_KNOB);
            int32_t r = lv_obj_get_style_pad_right(obj, LV_PART_KNOB);
            int32_t t = lv_obj_get_style_pad_top(obj, LV_PART_KNOB);
            int32_t b = lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB);
            int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_KNOB);
            int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_KNOB);
            int32_t knob = LV_MIN(lv_obj_get_width(obj) + 2 * tw, lv_obj_get_height(obj) + 2 * th) >> 1;
            knob += LV_MAX(LV_MAX(l, r), LV_MAX(t, b));
            knob += 2; /* rounding */
            knob += lv_obj_calculate_ext_draw_size(obj, LV_PART_KNOB);
            lv_event_set_ext_draw_size(e, knob);
            break;
        }
        case LV_EVENT_SIZE_CHANGED:
            lv_obj_refresh_ext_draw_size(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_knob(slider, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_slider_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_slider_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_slider_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim) { if(!lv_obj_has_class(obj, &lv_slider_class)) return; lv_bar_set_value(obj, value, anim); }
void lv_slider_set_start_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim) { if(!lv_obj_has_class(obj, &lv_slider_class)) return; lv_bar_set_start_value(obj, value, anim); }
void lv_slider_set_range(lv_obj_t * obj, int32_t min, int32_t max) { if(!lv_obj_has_class(obj, &lv_slider_class)) return; lv_bar_set_range(obj, min, max); }
void lv_slider_set_mode(lv_obj_t * obj, lv_slider_mode_t mode) { if(!lv_obj_has_class(obj, &lv_slider_class)) return; lv_bar_set_mode(obj, static_cast<lv_bar_mode_t>(mode)); }

void lv_slider_set_orientation(lv_obj_t * obj, lv_slider_orientation_t orientation)
{
    if(!lv_obj_has_class(obj, &lv_slider_class)) return;
    lv_bar_set_orientation(obj, static_cast<lv_bar_orientation_t>(orientation));
}

int32_t lv_slider_get_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return {}; return lv_bar_get_value(obj); }
int32_t lv_slider_get_left_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return {}; return lv_bar_get_start_value(obj); }
int32_t lv_slider_get_min_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return {}; return lv_bar_get_min_value(obj); }
int32_t lv_slider_get_max_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return {}; return lv_bar_get_max_value(obj); }
bool lv_slider_is_dragged(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return false; return as_slider(obj)->dragging; }
lv_slider_mode_t lv_slider_get_mode(lv_obj_t * slider) { return static_cast<lv_slider_mode_t>(lv_bar_get_mode(slider)); }

lv_slider_orientation_t lv_slider_get_orientation(lv_obj_t * slider)
{
    return static_cast<lv_slider_orientation_t>(lv_bar_get_orientation(slider));
}

bool lv_slider_is_symmetrical(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_slider_class)) return false; return lv_bar_is_symmetrical(obj); }

} // extern "C"
