/**
 * @file lv_spinner.cpp
 * Spinner: a full-circle arc whose indicator's ends chase each other with ease-in-out
 * animations, one turn per period; not clickable.
 */
#include "core/lv_obj_private.h"

namespace {

constexpr uint32_t DEF_TIME = 1000;
constexpr uint32_t DEF_ARC_ANGLE = 200;

void spinner_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

void anim_start_angle(void * obj, int32_t v) { lv_arc_set_start_angle(static_cast<lv_obj_t *>(obj), static_cast<uint16_t>(v)); }
void anim_end_angle(void * obj, int32_t v) { lv_arc_set_end_angle(static_cast<lv_obj_t *>(obj), static_cast<uint16_t>(v)); }

} // namespace

extern "C" const lv_obj_class_t lv_spinner_class = {
    &lv_arc_class, spinner_constructor, nullptr, nullptr, nullptr, "spinner",
    0, 0, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_FALSE,
    0, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

void spinner_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_spinner_set_anim_params(obj, DEF_TIME, DEF_ARC_ANGLE);
}

} // namespace

extern "C" {

lv_obj_t * lv_spinner_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_spinner_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_spinner_set_anim_params(lv_obj_t * obj, uint32_t t, uint32_t angle)
{
    if(!lv_obj_has_class(obj, &lv_spinner_class)) return;
    lv_anim_delete(obj, nullptr);

    /* the end runs linearly one turn ahead by `angle`; the start follows on an eased curve */
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, anim_end_angle);
    lv_anim_set_repeat_count(&a, LV_ANIM_REPEAT_INFINITE);
    lv_anim_set_duration(&a, t);
    lv_anim_set_values(&a, static_cast<int32_t>(angle), static_cast<int32_t>(360 + angle));
    lv_anim_start(&a);

    lv_anim_set_path_cb(&a, lv_anim_path_custom_bezier3);
    lv_anim_set_bezier3_param(&a, static_cast<int16_t>(0.42 * LV_BEZIER_VAL_MAX), static_cast<int16_t>(0.58 * LV_BEZIER_VAL_MAX),
                              0, LV_BEZIER_VAL_MAX);
    lv_anim_set_values(&a, 0, 360);
    lv_anim_set_exec_cb(&a, anim_start_angle);
    lv_anim_start(&a);

    lv_arc_set_bg_angles(obj, 0, 360);
    lv_arc_set_rotation(obj, 270);
}

} // extern "C"
