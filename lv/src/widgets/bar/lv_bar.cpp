/**
 * @file lv_bar.cpp
 * Bar. The indicator is computed from the values within the padded track; its background is
 * drawn over the whole track (so gradients span the track) and cut to the indicator's own
 * rounded area and to the bar's rounded outline, the way LVGL masks it. The cutting uses
 * intermediate layers composited with a clip radius.
 */
#include "lv_bar_private.h"

namespace {

constexpr int32_t BAR_SIZE_MIN = 4; /* the thinnest indicator drawn */

void bar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void bar_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void bar_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_bar_class = {
    &lv_obj_class, bar_constructor, bar_destructor, bar_event, nullptr, "bar",
    LV_DPI_DEF * 2, LV_DPI_DEF / 10, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_bar_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

bool lv_bar_is_horizontal(lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return false;
    lv_bar_t * bar = reinterpret_cast<lv_bar_t *>(obj);
    if(bar->orientation == LV_BAR_ORIENTATION_HORIZONTAL) return true;
    if(bar->orientation == LV_BAR_ORIENTATION_VERTICAL) return false;
    return lv_obj_get_width(obj) >= lv_obj_get_height(obj);
}

namespace {

lv_bar_t * as_bar(const lv_obj_t * obj) { return reinterpret_cast<lv_bar_t *>(const_cast<lv_obj_t *>(obj)); }

void value_anim_exec(void * var, int32_t v)
{
    lv_bar_anim_t * a = static_cast<lv_bar_anim_t *>(var);
    lv_bar_t * bar = as_bar(a->bar);
    int32_t * target = a == &bar->cur_value_anim ? &bar->cur_value : &bar->start_value;
    *target = v;
    lv_obj_invalidate(a->bar);
}

void value_anim_completed(lv_anim_t * a)
{
    lv_bar_anim_t * ba = static_cast<lv_bar_anim_t *>(a->var);
    ba->anim_state = -1;
}

void set_value_with_anim(lv_obj_t * obj, int32_t new_value, int32_t * value_ptr, lv_bar_anim_t * anim_info,
                         lv_anim_enable_t en)
{
    uint32_t duration = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    if(!en || duration == 0) {
        lv_anim_delete(anim_info, value_anim_exec);
        anim_info->anim_state = -1;
        *value_ptr = new_value;
        lv_obj_invalidate(obj);
        return;
    }
    anim_info->anim_start = *value_ptr;
    anim_info->anim_end = new_value;
    anim_info->anim_state = 0;
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, anim_info);
    lv_anim_set_values(&a, *value_ptr, new_value);
    lv_anim_set_exec_cb(&a, value_anim_exec);
    lv_anim_set_completed_cb(&a, value_anim_completed);
    lv_anim_set_duration(&a, duration);
    lv_anim_start(&a);
}

/** Draws rect (background only) over max_area, cut to indic (radius r_indic) and bar (r_bg). */
void draw_masked_indicator(lv_layer_t * layer, lv_draw_rect_dsc_t * dsc, const lv_area_t & max_area,
                           const lv_area_t & indic, int32_t r_indic, const lv_area_t & bar_area, int32_t r_bg)
{
    /* whole layers: the clip radii are applied to the layers' areas */
    lv_area_t clip_ori = layer->_clip_area;
    lv_area_t bg_layer_area;
    if(!lv_area_intersect(&bg_layer_area, &bar_area, &layer->buf_area)) return;
    layer->_clip_area = bg_layer_area;
    lv_layer_t * bg_layer = lv_draw_layer_create(layer, LV_COLOR_FORMAT_ARGB8888, &bar_area);
    layer->_clip_area = clip_ori;
    if(!bg_layer) return;
    lv_layer_t * indic_layer = lv_draw_layer_create(bg_layer, LV_COLOR_FORMAT_ARGB8888, &indic);
    if(indic_layer) {
        lv_draw_rect(indic_layer, dsc, &max_area);
        lv_draw_image_dsc_t id;
        lv_draw_image_dsc_init(&id);
        id.src = indic_layer;
        id.clip_radius = r_indic;
        lv_area_t a = indic_layer->buf_area;
        lv_draw_layer(bg_layer, &id, &a);
    }
    lv_draw_image_dsc_t bd;
    lv_draw_image_dsc_init(&bd);
    bd.src = bg_layer;
    bd.clip_radius = r_bg;
    lv_area_t b = bg_layer->buf_area;
    lv_draw_layer(layer, &bd, &b);
}

void draw_indic(lv_bar_t * bar, lv_layer_t * layer)
{
    lv_obj_t * obj = &bar->obj;
    lv_area_t bar_coords = obj->coords;
    lv_area_increase(&bar_coords, lv_obj_get_style_transform_width(obj, LV_PART_MAIN),
                     lv_obj_get_style_transform_height(obj, LV_PART_MAIN));
    int32_t barw = lv_area_get_width(&bar_coords);
    int32_t barh = lv_area_get_height(&bar_coords);
    int32_t range = bar->max_value - bar->min_value;
    bool hor = lv_bar_is_horizontal(obj);
    bool sym = lv_bar_is_symmetrical(obj);

    /* the track: the bar minus its padding, at least BAR_SIZE_MIN thick */
    lv_area_t track = bar_coords;
    track.x1 += lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    track.x2 -= lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
    track.y1 += lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    track.y2 -= lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    if(hor && lv_area_get_height(&track) < BAR_SIZE_MIN) {
        track.y1 = obj->coords.y1 + barh / 2 - BAR_SIZE_MIN / 2;
        track.y2 = track.y1 + BAR_SIZE_MIN;
    }
    else if(!hor && lv_area_get_width(&track) < BAR_SIZE_MIN) {
        track.x1 = obj->coords.x1 + barw / 2 - BAR_SIZE_MIN / 2;
        track.x2 = track.x1 + BAR_SIZE_MIN;
    }
    bar->indic_area = track;
    int32_t indic_max_w = lv_area_get_width(&track);
    int32_t indic_max_h = lv_area_get_height(&track);
    int32_t length = hor ? indic_max_w : indic_max_h;
    if(range <= 0) return;

    int32_t start_x = (length * (bar->start_value - bar->min_value)) / range;
    int32_t cur_x = (length * (bar->cur_value - bar->min_value)) / range;

    int32_t * axis1 = hor ? &bar->indic_area.x1 : &bar->indic_area.y1;
    int32_t * axis2 = hor ? &bar->indic_area.x2 : &bar->indic_area.y2;
    bool rtl = hor && lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    bool reversed = bar->val_reversed != rtl;
    if(reversed) {
        int32_t * t = axis1;
        axis1 = axis2;
        axis2 = t;
        cur_x = -cur_x;
        start_x = -start_x;
    }
    if(hor) {
        *axis2 = *axis1 + cur_x;
        *axis1 += start_x;
    }
    else {
        *axis1 = *axis2 - cur_x + 1;
        *axis2 -= start_x;
    }
    if(sym) {
        int32_t shift = (-bar->min_value * length) / range;
        if(hor) {
            int32_t * left = reversed ? axis2 : axis1;
            int32_t * right = reversed ? axis1 : axis2;
            int32_t zero = reversed ? *axis1 - shift + 1 : *axis1 + shift;
            if(*axis2 > zero) {
                *right = *axis2;
                *left = zero;
            }
            else {
                *left = *axis2;
                *right = zero;
            }
        }
        else {
            int32_t * top = reversed ? axis2 : axis1;
            int32_t * bottom = reversed ? axis1 : axis2;
            int32_t zero = reversed ? *axis2 + shift : *axis2 - shift + 1;
            if(*axis1 > zero) {
                *bottom = *axis1;
                *top = zero;
            }
            else {
                *top = *axis1;
                *bottom = zero;
            }
        }
    }
    /* nothing to draw for an empty indicator */
    int32_t indic_len = hor ? lv_area_get_width(&bar->indic_area) : lv_area_get_height(&bar->indic_area);
    if(!sym && indic_len <= 1) return;

    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &dsc);

    int32_t bg_radius = lv_obj_get_style_radius(obj, LV_PART_MAIN);
    int32_t short_side = LV_MIN(barw, barh);
    if(bg_radius > short_side >> 1) bg_radius = short_side >> 1;
    int32_t indic_radius = dsc.radius;
    short_side = LV_MIN(indic_max_w, indic_max_h);
    if(indic_radius > short_side >> 1) indic_radius = short_side >> 1;

    /* shadow and outline only when the indicator is long enough for its rounded ends */
    if(indic_len > indic_radius * 2) {
        lv_draw_rect_dsc_t shadow = dsc;
        shadow.bg_opa = LV_OPA_TRANSP;
        shadow.bg_image_opa = LV_OPA_TRANSP;
        shadow.border_opa = LV_OPA_TRANSP;
        lv_draw_rect(layer, &shadow, &bar->indic_area);
    }

    /* the background over the whole track, cut to the indicator and the bar */
    lv_draw_rect_dsc_t bg = dsc;
    bg.border_opa = LV_OPA_TRANSP;
    bg.shadow_opa = LV_OPA_TRANSP;
    bg.outline_opa = LV_OPA_TRANSP;
    bg.radius = indic_radius;
    draw_masked_indicator(layer, &bg, track, bar->indic_area, indic_radius, bar_coords, bg_radius);

    if(dsc.border_width && dsc.border_opa > LV_OPA_MIN) {
        lv_draw_rect_dsc_t border = dsc;
        border.bg_opa = LV_OPA_TRANSP;
        border.bg_image_opa = LV_OPA_TRANSP;
        border.shadow_opa = LV_OPA_TRANSP;
        border.outline_opa = LV_OPA_TRANSP;
        lv_draw_rect(layer, &border, &bar->indic_area);
    }
}

void bar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_bar_t * bar = as_bar(obj);
    bar->min_value = 0;
    bar->max_value = 100;
    bar->start_value = 0;
    bar->cur_value = 0;
    bar->mode = LV_BAR_MODE_NORMAL;
    bar->orientation = LV_BAR_ORIENTATION_AUTO;
    bar->cur_value_anim = {obj, 0, 0, -1};
    bar->start_value_anim = {obj, 0, 0, -1};
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
}

void bar_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_bar_t * bar = as_bar(obj);
    lv_anim_delete(&bar->cur_value_anim, nullptr);
    lv_anim_delete(&bar->start_value_anim, nullptr);
}

void bar_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_bar_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t indic = lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR);
            /* a negative padding makes the indicator larger than the bar */
            int32_t pad = LV_MIN(LV_MIN(lv_obj_get_style_pad_left(obj, LV_PART_MAIN), lv_obj_get_style_pad_right(obj, LV_PART_MAIN)),
                                 LV_MIN(lv_obj_get_style_pad_top(obj, LV_PART_MAIN), lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN)));
            if(pad < 0) indic -= pad;
            lv_event_set_ext_draw_size(e, indic);
            break;
        }
        case LV_EVENT_PRESSED:
        case LV_EVENT_RELEASED:
            lv_obj_invalidate(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_indic(as_bar(obj), lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_bar_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_bar_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_bar_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    value = LV_CLAMP(bar->min_value, value, bar->max_value);
    if(value < bar->start_value) value = bar->start_value; /* not below the start of a range */
    if(bar->cur_value == value) return;
    set_value_with_anim(obj, value, &bar->cur_value, &bar->cur_value_anim, anim);
}

void lv_bar_set_start_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    if(bar->mode != LV_BAR_MODE_RANGE) return;
    value = LV_CLAMP(bar->min_value, value, bar->max_value);
    if(value > bar->cur_value) value = bar->cur_value;
    if(bar->start_value == value) return;
    set_value_with_anim(obj, value, &bar->start_value, &bar->start_value_anim, anim);
}

void lv_bar_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    bar->val_reversed = min > max;
    if(min > max) {
        int32_t t = min;
        min = max;
        max = t;
    }
    if(bar->min_value == min && bar->max_value == max) return;
    bar->min_value = min;
    bar->max_value = max;
    if(bar->mode != LV_BAR_MODE_RANGE) bar->start_value = min;
    if(bar->start_value < min) bar->start_value = min;
    if(bar->cur_value > max) bar->cur_value = max;
    if(bar->cur_value < min) bar->cur_value = min;
    lv_obj_invalidate(obj);
}

void lv_bar_set_mode(lv_obj_t * obj, lv_bar_mode_t mode)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    bar->mode = mode;
    if(mode != LV_BAR_MODE_RANGE) bar->start_value = bar->min_value;
    lv_obj_invalidate(obj);
}

void lv_bar_set_orientation(lv_obj_t * obj, lv_bar_orientation_t orientation)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return;
    as_bar(obj)->orientation = orientation;
    lv_obj_invalidate(obj);
}

int32_t lv_bar_get_value(const lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return {};
    lv_bar_t * bar = as_bar(obj);
    return bar->cur_value_anim.anim_state >= 0 ? bar->cur_value_anim.anim_end : bar->cur_value;
}

int32_t lv_bar_get_start_value(const lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return {};
    lv_bar_t * bar = as_bar(obj);
    if(bar->mode != LV_BAR_MODE_RANGE) return bar->min_value;
    return bar->start_value_anim.anim_state >= 0 ? bar->start_value_anim.anim_end : bar->start_value;
}

int32_t lv_bar_get_min_value(const lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return {};
    lv_bar_t * bar = as_bar(obj);
    return bar->val_reversed ? bar->max_value : bar->min_value;
}

int32_t lv_bar_get_max_value(const lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return {};
    lv_bar_t * bar = as_bar(obj);
    return bar->val_reversed ? bar->min_value : bar->max_value;
}

lv_bar_mode_t lv_bar_get_mode(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_bar_class)) return {}; return as_bar(obj)->mode; }
lv_bar_orientation_t lv_bar_get_orientation(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_bar_class)) return {}; return as_bar(obj)->orientation; }

bool lv_bar_is_symmetrical(lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_bar_class)) return false;
    lv_bar_t * bar = as_bar(obj);
    return bar->mode == LV_BAR_MODE_SYMMETRICAL && bar->min_value < 0 && bar->max_value > 0 &&
           bar->start_value == bar->min_value;
}

} // extern "C"
