/**
 * @file lv_bar.cpp
 * Bar: the indicator covers the part of the padded background that corresponds to the
 * value (from the minimum, from zero in SYMMETRICAL mode, from the start value in RANGE
 * mode). Value changes can animate using the MAIN part's anim_duration.
 */
#include "widgets/bar/lv_bar_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void bar_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void bar_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void bar_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_bar_class = {
    &lv_obj_class, bar_constructor, bar_destructor, bar_event, nullptr, "bar",
    LV_DPI_DEF * 2, LV_DPI_DEF / 10, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_bar_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_bar_t * as_bar(const lv_obj_t * obj) { return reinterpret_cast<lv_bar_t *>(const_cast<lv_obj_t *>(obj)); }


void anim_reset(lv_bar_anim_t * a, lv_obj_t * obj)
{
    a->bar = obj;
    a->anim_start = 0;
    a->anim_end = 0;
    a->anim_state = LV_BAR_ANIM_STATE_INV;
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
    bar->val_reversed = 0;
    lv_area_set(&bar->indic_area, 0, 0, -1, -1);
    anim_reset(&bar->cur_value_anim, obj);
    anim_reset(&bar->start_value_anim, obj);
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

/** The value the indicator shows now: the target, or a point on the way to it. */
int32_t shown_value(const lv_bar_anim_t & a, int32_t target)
{
    if(a.anim_state == LV_BAR_ANIM_STATE_INV) return target;
    return a.anim_start + (a.anim_end - a.anim_start) * a.anim_state / LV_BAR_ANIM_STATE_END;
}

void anim_exec(void * var, int32_t state)
{
    lv_bar_anim_t * a = static_cast<lv_bar_anim_t *>(var);
    a->anim_state = state;
    lv_obj_invalidate(a->bar);
}

void anim_completed(lv_anim_t * anim)
{
    lv_bar_anim_t * a = static_cast<lv_bar_anim_t *>(anim->var);
    a->anim_state = LV_BAR_ANIM_STATE_INV;
    lv_obj_invalidate(a->bar);
}

void start_value_anim(lv_obj_t * obj, lv_bar_anim_t * a, int32_t from, int32_t to)
{
    if(a->anim_state != LV_BAR_ANIM_STATE_INV) from = shown_value(*a, from);
    lv_anim_delete(a, anim_exec);
    a->anim_start = from;
    a->anim_end = to;
    a->anim_state = LV_BAR_ANIM_STATE_START;
    lv_anim_t anim;
    lv_anim_init(&anim);
    lv_anim_set_var(&anim, a);
    lv_anim_set_exec_cb(&anim, anim_exec);
    lv_anim_set_values(&anim, LV_BAR_ANIM_STATE_START, LV_BAR_ANIM_STATE_END);
    lv_anim_set_duration(&anim, lv_obj_get_style_anim_duration(obj, LV_PART_MAIN));
    lv_anim_set_completed_cb(&anim, anim_completed);
    lv_anim_start(&anim);
}

void set_value_with_anim(lv_obj_t * obj, int32_t new_value, int32_t * value_ptr, lv_bar_anim_t * a, lv_anim_enable_t en)
{
    if(en == LV_ANIM_OFF || lv_obj_get_style_anim_duration(obj, LV_PART_MAIN) == 0) {
        lv_anim_delete(a, anim_exec);
        a->anim_state = LV_BAR_ANIM_STATE_INV;
        *value_ptr = new_value;
        lv_obj_invalidate(obj);
        return;
    }
    int32_t old = *value_ptr;
    *value_ptr = new_value;
    start_value_anim(obj, a, old, new_value);
    lv_obj_invalidate(obj);
}

void draw_indic(lv_obj_t * obj, lv_event_t * e)
{
    lv_bar_t * bar = as_bar(obj);
    lv_bar_calc_indic_area(obj);
    if(lv_area_get_width(&bar->indic_area) <= 0 || lv_area_get_height(&bar->indic_area) <= 0) return;
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &dsc);
    lv_draw_rect(lv_event_get_layer(e), &dsc, &bar->indic_area);
}

void bar_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_bar_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            /* negative background padding lets the indicator out of the background */
            int32_t pad = LV_MIN(LV_MIN(lv_obj_get_style_pad_left(obj, LV_PART_MAIN), lv_obj_get_style_pad_right(obj, LV_PART_MAIN)),
                                 LV_MIN(lv_obj_get_style_pad_top(obj, LV_PART_MAIN), lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN)));
            if(pad < 0) lv_event_set_ext_draw_size(e, -pad);
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        }
        case LV_EVENT_PRESSED:
        case LV_EVENT_RELEASED:
            lv_obj_invalidate(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_indic(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

bool lv_bar_is_horizontal(const lv_obj_t * obj)
{
    const lv_bar_t * bar = as_bar(obj);
    if(bar->orientation == LV_BAR_ORIENTATION_HORIZONTAL) return true;
    if(bar->orientation == LV_BAR_ORIENTATION_VERTICAL) return false;
    return lv_obj_get_width(obj) >= lv_obj_get_height(obj);
}

void lv_bar_calc_indic_area(lv_obj_t * obj)
{
    lv_bar_t * bar = as_bar(obj);
    lv_area_t bar_coords = obj->coords;
    int32_t tw = lv_obj_get_style_transform_width(obj, LV_PART_MAIN);
    int32_t th = lv_obj_get_style_transform_height(obj, LV_PART_MAIN);
    bar_coords.x1 -= tw;
    bar_coords.x2 += tw;
    bar_coords.y1 -= th;
    bar_coords.y2 += th;
    lv_widget_area_inside_pad(obj, LV_PART_MAIN, &bar_coords, &bar->indic_area);

    const int32_t lo = bar->min_value;
    const int32_t range = bar->max_value - lo;
    const bool hor = lv_bar_is_horizontal(obj);
    const int32_t length = hor ? lv_area_get_width(&bar->indic_area) : lv_area_get_height(&bar->indic_area);
    if(range <= 0 || length <= 0) {
        if(hor) bar->indic_area.x2 = bar->indic_area.x1 - 1;
        else bar->indic_area.y2 = bar->indic_area.y1 - 1;
        return;
    }

    int32_t start;
    if(bar->mode == LV_BAR_MODE_RANGE) start = shown_value(bar->start_value_anim, bar->start_value);
    else if(lv_bar_is_symmetrical(obj)) start = 0;
    else start = lo;
    int32_t end = shown_value(bar->cur_value_anim, bar->cur_value);

    int64_t start_px = static_cast<int64_t>(length) * (start - lo) / range;
    int64_t end_px = static_cast<int64_t>(length) * (end - lo) / range;
    if(end_px < start_px) {
        int64_t t = start_px;
        start_px = end_px;
        end_px = t;
    }
    if(hor) {
        int32_t x0 = bar->indic_area.x1;
        int32_t x_end = bar->indic_area.x2;
        if(lv_bar_is_reversed(obj)) {
            bar->indic_area.x1 = x_end - static_cast<int32_t>(end_px) + 1;
            bar->indic_area.x2 = x_end - static_cast<int32_t>(start_px);
        }
        else {
            bar->indic_area.x2 = x0 + static_cast<int32_t>(end_px) - 1;
            bar->indic_area.x1 = x0 + static_cast<int32_t>(start_px);
        }
    }
    else if(lv_bar_is_reversed(obj)) {
        int32_t y0 = bar->indic_area.y1;
        bar->indic_area.y2 = y0 + static_cast<int32_t>(end_px) - 1;
        bar->indic_area.y1 = y0 + static_cast<int32_t>(start_px);
    }
    else {
        int32_t y_end = bar->indic_area.y2;
        bar->indic_area.y1 = y_end - static_cast<int32_t>(end_px) + 1;
        bar->indic_area.y2 = y_end - static_cast<int32_t>(start_px);
    }
}

/* A horizontal bar grows from the right in RTL; a range given as (max, min) grows from the
 * other end too (from the right, or from the top when vertical); both together cancel. */
bool lv_bar_is_reversed(const lv_obj_t * obj)
{
    const bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
    return as_bar(obj)->val_reversed != (rtl && lv_bar_is_horizontal(obj));
}

extern "C" {

lv_obj_t * lv_bar_create(lv_obj_t * parent) { return lv_widget_create(&lv_bar_class, parent); }

void lv_bar_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    if(bar->cur_value == value) return;
    value = lv_widget_clamp(value, bar->min_value, bar->max_value);
    if(bar->mode == LV_BAR_MODE_RANGE && value < bar->start_value) bar->start_value = value;
    if(bar->cur_value == value) return;
    set_value_with_anim(obj, value, &bar->cur_value, &bar->cur_value_anim, anim);
}

void lv_bar_set_start_value(lv_obj_t * obj, int32_t start_value, lv_anim_enable_t anim)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    if(bar->mode != LV_BAR_MODE_RANGE) return;
    start_value = lv_widget_clamp(start_value, bar->min_value, bar->max_value);
    if(start_value > bar->cur_value) start_value = bar->cur_value;
    if(bar->start_value == start_value) return;
    set_value_with_anim(obj, start_value, &bar->start_value, &bar->start_value_anim, anim);
}

void lv_bar_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    /* LVGL keeps the range sorted and remembers that it was given the other way round */
    const bool reversed = min > max;
    const int32_t lo = reversed ? max : min;
    const int32_t hi = reversed ? min : max;
    if(bar->min_value == lo && bar->max_value == hi && bar->val_reversed == reversed) return;
    bar->val_reversed = reversed ? 1 : 0;
    bar->min_value = lo;
    bar->max_value = hi;
    if(bar->mode != LV_BAR_MODE_RANGE) bar->start_value = lo;
    if(bar->cur_value > hi || bar->cur_value < lo) lv_bar_set_value(obj, lv_widget_clamp(bar->cur_value, lo, hi), LV_ANIM_OFF);
    if(bar->start_value > hi || bar->start_value < lo) bar->start_value = lv_widget_clamp(bar->start_value, lo, hi);
    lv_obj_invalidate(obj);
}

void lv_bar_set_mode(lv_obj_t * obj, lv_bar_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return;
    lv_bar_t * bar = as_bar(obj);
    bar->mode = mode & 3;
    if(mode != LV_BAR_MODE_RANGE) bar->start_value = bar->min_value;
    lv_obj_invalidate(obj);
}

void lv_bar_set_orientation(lv_obj_t * obj, lv_bar_orientation_t orientation)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return;
    as_bar(obj)->orientation = orientation & 3;
    lv_obj_invalidate(obj);
}

int32_t lv_bar_get_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    return shown_value(as_bar(obj)->cur_value_anim, as_bar(obj)->cur_value);
}

int32_t lv_bar_get_start_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    const lv_bar_t * bar = as_bar(obj);
    if(bar->mode != LV_BAR_MODE_RANGE) return bar->min_value;
    return shown_value(bar->start_value_anim, bar->start_value);
}

int32_t lv_bar_get_min_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    return as_bar(obj)->min_value;
}
int32_t lv_bar_get_max_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    return as_bar(obj)->max_value;
}
lv_bar_mode_t lv_bar_get_mode(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    return static_cast<lv_bar_mode_t>(as_bar(obj)->mode);
}
lv_bar_orientation_t lv_bar_get_orientation(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    return static_cast<lv_bar_orientation_t>(as_bar(obj)->orientation);
}

bool lv_bar_is_symmetrical(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_bar_class)) return {};
    const lv_bar_t * bar = as_bar(obj);
    return bar->mode == LV_BAR_MODE_SYMMETRICAL && bar->min_value < 0 && bar->max_value > 0;
}

} // extern "C"
