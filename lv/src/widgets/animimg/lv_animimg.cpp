/**
 * @file lv_animimg.cpp
 * Animated image: an image whose source is picked from a list by an animation running
 * over the picture indexes. The animation is kept as a template in the widget and started
 * (copied into the running list) by lv_animimg_start.
 */
#include "widgets/image/lv_image_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_animimg_t {
    lv_image_t img;
    lv_anim_t anim;
    const void ** dsc; /* our copy of the caller's list */
    uint8_t pic_count;
};

void animimg_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void animimg_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_animimg_class = {
    &lv_image_class, animimg_constructor, animimg_destructor, nullptr, nullptr, "animimg",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_animimg_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_animimg_t * as_ai(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_animimg_class)) return nullptr; /* NULL or another widget */
    return reinterpret_cast<lv_animimg_t *>(obj);
}

void show_index(void * var, int32_t index)
{
    lv_obj_t * obj = static_cast<lv_obj_t *>(var);
    lv_animimg_t * ai = as_ai(obj);
    if(ai == nullptr || ai->pic_count == 0) return;
    if(index < 0) index = 0;
    if(index >= ai->pic_count) index = ai->pic_count - 1;
    const void * src = ai->dsc[index];
    if(ai->img.src != src) lv_image_set_src(obj, src);
}

void animimg_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_animimg_t * ai = reinterpret_cast<lv_animimg_t *>(obj);
    ai->dsc = nullptr;
    ai->pic_count = 0;
    lv_anim_init(&ai->anim);
    lv_anim_set_var(&ai->anim, obj);
    lv_anim_set_duration(&ai->anim, 30);
    lv_anim_set_exec_cb(&ai->anim, show_index);
    lv_anim_set_values(&ai->anim, 0, 1);
    lv_anim_set_repeat_count(&ai->anim, LV_ANIM_REPEAT_INFINITE);
}

void animimg_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_animimg_t * ai = reinterpret_cast<lv_animimg_t *>(obj);
    lv_anim_delete(obj, show_index);
    lv_free(ai->dsc);
    ai->dsc = nullptr;
}

void set_list(lv_obj_t * obj, const void * dsc[], size_t num, bool reverse)
{
    lv_animimg_t * ai = as_ai(obj);
    if(ai == nullptr) return;
    if(num > 255) num = 255; /* the count is 8-bit, as LVGL's */
    const void ** copy = nullptr;
    if(dsc && num) {
        copy = static_cast<const void **>(lv_malloc(num * sizeof(void *)));
        if(copy == nullptr) return;
        for(size_t i = 0; i < num; i++) copy[i] = dsc[i];
    }
    lv_free(ai->dsc);
    ai->dsc = copy;
    ai->pic_count = copy ? (uint8_t)num : 0;
    const int32_t last = ai->pic_count ? ai->pic_count - 1 : 0;
    if(reverse) lv_anim_set_values(&ai->anim, last, 0);
    else lv_anim_set_values(&ai->anim, 0, last);
    if(ai->pic_count) show_index(obj, reverse ? last : 0);
}

} // namespace

extern "C" {

lv_obj_t * lv_animimg_create(lv_obj_t * parent) { return lv_widget_create(&lv_animimg_class, parent); }

void lv_animimg_set_src(lv_obj_t * obj, const void * dsc[], size_t num) { set_list(obj, dsc, num, false); }

void lv_animimg_set_src_reverse(lv_obj_t * obj, const void * dsc[], size_t num) { set_list(obj, dsc, num, true); }

void lv_animimg_start(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    if(ai == nullptr) return;
    lv_anim_delete(obj, show_index);
    lv_anim_start(&ai->anim);
}

bool lv_animimg_delete(lv_obj_t * obj) { return as_ai(obj) ? lv_anim_delete(obj, show_index) : false; }

void lv_animimg_set_duration(lv_obj_t * obj, uint32_t duration)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_duration(&ai->anim, duration);
}

void lv_animimg_set_repeat_count(lv_obj_t * obj, uint32_t count)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_repeat_count(&ai->anim, count);
}

void lv_animimg_set_reverse_duration(lv_obj_t * obj, uint32_t duration)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_reverse_duration(&ai->anim, duration);
}

void lv_animimg_set_reverse_delay(lv_obj_t * obj, uint32_t duration)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_reverse_delay(&ai->anim, duration);
}

void lv_animimg_set_start_cb(lv_obj_t * obj, lv_anim_start_cb_t start_cb)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_start_cb(&ai->anim, start_cb);
}

void lv_animimg_set_completed_cb(lv_obj_t * obj, lv_anim_completed_cb_t completed_cb)
{
    if(lv_animimg_t * ai = as_ai(obj)) lv_anim_set_completed_cb(&ai->anim, completed_cb);
}

const void ** lv_animimg_get_src(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    return ai ? ai->dsc : nullptr;
}

uint8_t lv_animimg_get_src_count(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    return ai ? ai->pic_count : 0;
}

uint32_t lv_animimg_get_duration(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    return ai ? lv_anim_get_time(&ai->anim) : 0;
}

uint32_t lv_animimg_get_repeat_count(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    return ai ? lv_anim_get_repeat_count(&ai->anim) : 0;
}

lv_anim_t * lv_animimg_get_anim(lv_obj_t * obj)
{
    lv_animimg_t * ai = as_ai(obj);
    return ai ? &ai->anim : nullptr;
}

} // extern "C"
