/**
 * @file lv_spinner.cpp
 * Spinner: two endless animations on an arc: the end angle runs linearly from `angle` to
 * 360 + `angle`, the start angle eases in and out from 0 to 360 in the same time, so the
 * indicator stretches and shrinks while it turns (the arc is rotated to start at 12 o'clock).
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t DEF_TIME = 1000;
constexpr uint32_t DEF_ARC_ANGLE = 200;

void spinner_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_spinner_class = {
    &lv_arc_class, spinner_constructor, nullptr, nullptr, nullptr, "spinner",
    LV_DPI_DEF, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_FALSE,
    0 /* same as the arc */, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

void anim_start_angle(void * obj, int32_t v) { lv_arc_set_start_angle(static_cast<lv_obj_t *>(obj), v); }
void anim_end_angle(void * obj, int32_t v) { lv_arc_set_end_angle(static_cast<lv_obj_t *>(obj), v); }

void spinner_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_spinner_set_anim_params(obj, DEF_TIME, DEF_ARC_ANGLE);
}

} // namespace

extern "C" {

lv_obj_t * lv_spinner_create(lv_obj_t * parent) { return lv_widget_create(&lv_spinner_class, parent); }

void lv_spinner_set_anim_params(lv_obj_t * obj, uint32_t t, uint32_t angle)
{
    if(!lv_widget_check(obj, &lv_spinner_class)) return;
    lv_anim_delete(obj, nullptr);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, anim_end_angle);
    lv_anim_set_repeat_count(&a, LV_ANIM_REPEAT_INFINITE);
    lv_anim_set_duration(&a, t);
    lv_anim_set_values(&a, static_cast<int32_t>(angle), static_cast<int32_t>(360 + angle));
    lv_anim_start(&a);

    lv_anim_set_path_cb(&a, lv_anim_path_ease_in_out);
    lv_anim_set_exec_cb(&a, anim_start_angle);
    lv_anim_set_values(&a, 0, 360);
    lv_anim_start(&a);

    lv_arc_set_bg_angles(obj, 0, 360);
    lv_arc_set_rotation(obj, 270);
}

} // extern "C"
