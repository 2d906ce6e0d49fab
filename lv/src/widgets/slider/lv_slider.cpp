/**
 * @file lv_slider.cpp
 * Slider: a bar whose knob sits on the indicator's end (two knobs in RANGE mode). The knob
 * is as large as the slider's smaller side, grown by the KNOB part's padding.
 * Pointer dragging waits for the core's input devices (lv_indev); values are set by code.
 */
#include "widgets/bar/lv_bar_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_slider_t {
    lv_bar_t bar;
    lv_area_t left_knob_area;
    lv_area_t right_knob_area;
    uint8_t dragging : 1;
    uint8_t left_knob_focus : 1; /**< RANGE mode: the start knob is being dragged */
};

void slider_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void slider_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_slider_class = {
    &lv_bar_class, slider_constructor, nullptr, slider_event, nullptr, "slider",
    LV_DPI_DEF * 2, LV_DPI_DEF / 10, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_slider_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_slider_t * as_slider(const lv_obj_t * obj) { return reinterpret_cast<lv_slider_t *>(const_cast<lv_obj_t *>(obj)); }

void slider_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_slider_t * slider = as_slider(obj);
    slider->dragging = 0;
    slider->left_knob_focus = 0;
    lv_area_set(&slider->left_knob_area, 0, 0, -1, -1);
    lv_area_set(&slider->right_knob_area, 0, 0, -1, -1);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_set_ext_click_area(obj, LV_DPX(8));
}

/** A knob of knob_size centred on `center` along the slider, grown by the KNOB padding. */
lv_area_t knob_area_at(lv_obj_t * obj, int32_t center, int32_t knob_size, bool hor)
{
    lv_area_t a;
    if(hor) {
        a.x1 = center - knob_size / 2;
        a.x2 = a.x1 + knob_size - 1;
        a.y1 = obj->coords.y1;
        a.y2 = obj->coords.y2;
    }
    else {
        a.y1 = center - knob_size / 2;
        a.y2 = a.y1 + knob_size - 1;
        a.x1 = obj->coords.x1;
        a.x2 = obj->coords.x2;
    }
    lv_widget_area_grow_by_pad(obj, LV_PART_KNOB, &a);
    int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_KNOB);
    int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_KNOB);
    a.x1 -= tw;
    a.x2 += tw;
    a.y1 -= th;
    a.y2 += th;
    return a;
}

void draw_knobs(lv_obj_t * obj, lv_event_t * e)
{
    lv_slider_t * slider = as_slider(obj);
    lv_bar_t * bar = &slider->bar;
    const bool hor = lv_bar_is_horizontal(obj);
    const bool reversed = lv_bar_is_reversed(obj);
    const bool sym_negative = lv_bar_is_symmetrical(obj) && lv_bar_get_value(obj) < 0;
    const lv_area_t & ind = bar->indic_area;
    int32_t knob_size = hor ? lv_obj_get_height(obj) : lv_obj_get_width(obj);

    int32_t value_pos;
    if(hor) value_pos = (sym_negative != reversed) ? ind.x1 : ind.x2;
    else value_pos = (sym_negative != reversed) ? ind.y2 : ind.y1;

    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &dsc);
    lv_layer_t * layer = lv_event_get_layer(e);

    slider->right_knob_area = knob_area_at(obj, value_pos, knob_size, hor);
    lv_draw_rect(layer, &dsc, &slider->right_knob_area);
    if(bar->mode == LV_BAR_MODE_RANGE) {
        int32_t start_pos = hor ? (reversed ? ind.x2 : ind.x1) : (reversed ? ind.y1 : ind.y2);
        slider->left_knob_area = knob_area_at(obj, start_pos, knob_size, hor);
        lv_draw_rect(layer, &dsc, &slider->left_knob_area);
    }
}

/** The value under a screen point along the slider. */
int32_t value_at(lv_obj_t * obj, lv_point_t p)
{
    const lv_bar_t * bar = &as_slider(obj)->bar;
    const int32_t lo = bar->min_value;
    const int32_t hi = bar->max_value;
    const int32_t range = hi - lo;
    int32_t pos;
    int32_t len;
    if(lv_bar_is_horizontal(obj)) {
        const int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
        len = lv_obj_get_width(obj) - left - lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
        pos = p.x - (obj->coords.x1 + left);
    }
    else {
        const int32_t bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
        len = lv_obj_get_height(obj) - bottom - lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
        pos = (obj->coords.y2 - bottom) - p.y;
    }
    if(lv_bar_is_reversed(obj)) pos = len - pos;
    if(len <= 0) return lo;
    int32_t v = static_cast<int32_t>((static_cast<int64_t>(pos) * range + len / 2) / len) + lo;
    return lv_widget_clamp(v, lo, hi);
}

/** Moves the dragged knob to the pointer; VALUE_CHANGED when the value changes. */
void drag_to(lv_obj_t * obj, lv_point_t p)
{
    lv_slider_t * slider = as_slider(obj);
    const int32_t v = value_at(obj, p);
    if(slider->bar.mode == LV_BAR_MODE_RANGE && slider->left_knob_focus) {
        const int32_t start = LV_MIN(v, lv_bar_get_value(obj));
        if(start == slider->bar.start_value) return;
        lv_bar_set_start_value(obj, start, LV_ANIM_OFF);
    }
    else {
        int32_t value = v;
        if(slider->bar.mode == LV_BAR_MODE_RANGE) value = LV_MAX(value, slider->bar.start_value);
        if(value == slider->bar.cur_value) return;
        lv_bar_set_value(obj, value, LV_ANIM_OFF);
    }
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void handle_pointer(lv_obj_t * obj, lv_event_code_t code)
{
    lv_slider_t * slider = as_slider(obj);
    lv_indev_t * indev = lv_indev_active();
    if(indev == nullptr) return;
    const lv_indev_type_t type = lv_indev_get_type(indev);
    if(type != LV_INDEV_TYPE_POINTER && type != LV_INDEV_TYPE_BUTTON) return;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    if(code == LV_EVENT_PRESSED) {
        slider->dragging = 1;
        slider->left_knob_focus = 0;
        if(slider->bar.mode == LV_BAR_MODE_RANGE) {
            /* the nearer knob follows the pointer */
            const bool hor = lv_bar_is_horizontal(obj);
            const lv_area_t & l = slider->left_knob_area;
            const lv_area_t & r = slider->right_knob_area;
            const int32_t dl = hor ? LV_ABS(p.x - (l.x1 + l.x2) / 2) : LV_ABS(p.y - (l.y1 + l.y2) / 2);
            const int32_t dr = hor ? LV_ABS(p.x - (r.x1 + r.x2) / 2) : LV_ABS(p.y - (r.y1 + r.y2) / 2);
            slider->left_knob_focus = dl < dr ? 1 : 0;
        }
        drag_to(obj, p);
    }
    else if(code == LV_EVENT_PRESSING && slider->dragging) {
        drag_to(obj, p);
    }
    else if(code == LV_EVENT_RELEASED || code == LV_EVENT_PRESS_LOST) {
        slider->dragging = 0;
        lv_obj_invalidate(obj);
    }
}

void handle_key(lv_obj_t * obj, uint32_t key)
{
    const int32_t v = lv_bar_get_value(obj);
    int32_t nv = v;
    if(key == LV_KEY_RIGHT || key == LV_KEY_UP) nv = v + 1;
    else if(key == LV_KEY_LEFT || key == LV_KEY_DOWN) nv = v - 1;
    else return;
    lv_bar_set_value(obj, nv, LV_ANIM_ON);
    if(lv_bar_get_value(obj) != v || as_slider(obj)->bar.cur_value != v) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void slider_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    if(code == LV_EVENT_HIT_TEST) {
        /* the knobs may stick out of the slider: they are clickable too */
        lv_hit_test_info_t * info = lv_event_get_hit_test_info(e);
        lv_slider_t * slider = as_slider(obj);
        if(!info->res) {
            info->res = lv_area_is_point_on(&slider->right_knob_area, info->point, 0) ||
                        lv_area_is_point_on(&slider->left_knob_area, info->point, 0);
        }
        return;
    }
    if(lv_obj_event_base(&lv_slider_class, e) != LV_RESULT_OK) return;
    switch(code) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t pad = LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, LV_PART_KNOB), lv_obj_get_style_pad_right(obj, LV_PART_KNOB)),
                                 LV_MAX(lv_obj_get_style_pad_top(obj, LV_PART_KNOB), lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB)));
            int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_KNOB);
            int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_KNOB);
            int32_t knob = LV_MIN(lv_obj_get_width(obj) + 2 * tw, lv_obj_get_height(obj) + 2 * th) / 2;
            knob += pad + 2; /* 2: rounding */
            knob += lv_obj_calculate_ext_draw_size(obj, LV_PART_KNOB);
            lv_event_set_ext_draw_size(e, knob);
            break;
        }
        case LV_EVENT_SIZE_CHANGED:
            lv_obj_refresh_ext_draw_size(obj);
            break;
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING:
        case LV_EVENT_RELEASED:
        case LV_EVENT_PRESS_LOST:
            handle_pointer(obj, code);
            break;
        case LV_EVENT_KEY:
            handle_key(obj, lv_event_get_key(e));
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_knobs(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_slider_create(lv_obj_t * parent) { return lv_widget_create(&lv_slider_class, parent); }

void lv_slider_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return;
    lv_bar_set_value(obj, value, anim);
}
void lv_slider_set_start_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return;
    lv_bar_set_start_value(obj, value, anim);
}
void lv_slider_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return;
    lv_bar_set_range(obj, min, max);
}
void lv_slider_set_mode(lv_obj_t * obj, lv_slider_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return;
    lv_bar_set_mode(obj, static_cast<lv_bar_mode_t>(mode));
}

void lv_slider_set_orientation(lv_obj_t * obj, lv_slider_orientation_t orientation)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return;
    lv_bar_set_orientation(obj, static_cast<lv_bar_orientation_t>(orientation));
}

int32_t lv_slider_get_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return lv_bar_get_value(obj);
}
int32_t lv_slider_get_left_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return lv_bar_get_start_value(obj);
}
int32_t lv_slider_get_min_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return lv_bar_get_min_value(obj);
}
int32_t lv_slider_get_max_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return lv_bar_get_max_value(obj);
}
bool lv_slider_is_dragged(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return as_slider(obj)->dragging;
}
lv_slider_mode_t lv_slider_get_mode(lv_obj_t * slider)
{
    if(!lv_widget_check(slider, &lv_slider_class)) return {};
    return static_cast<lv_slider_mode_t>(lv_bar_get_mode(slider));
}

lv_slider_orientation_t lv_slider_get_orientation(lv_obj_t * slider)
{
    if(!lv_widget_check(slider, &lv_slider_class)) return {};
    return static_cast<lv_slider_orientation_t>(lv_bar_get_orientation(slider));
}

bool lv_slider_is_symmetrical(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_slider_class)) return {};
    return lv_bar_is_symmetrical(obj);
}

} // extern "C"
