/**
 * @file lv_animimg.h
 * Animated image: an image widget that shows a list of images one after the other, driven
 * by an animation of the picture index (duration, repeat count, reverse play).
 */
#ifndef LV_ANIMIMG_H
#define LV_ANIMIMG_H

#include "lv_image.h"
#include "lv_anim.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_animimg_class;

lv_obj_t * lv_animimg_create(lv_obj_t * parent);
/** The pictures (image sources), shown from first to last. The list is copied. */
void lv_animimg_set_src(lv_obj_t * obj, const void * dsc[], size_t num);
/** The same, shown from last to first. */
void lv_animimg_set_src_reverse(lv_obj_t * obj, const void * dsc[], size_t num);
void lv_animimg_start(lv_obj_t * obj);
/** Stops the animation; true if one was running. */
bool lv_animimg_delete(lv_obj_t * obj);
/** Time of one pass over all pictures in ms. */
void lv_animimg_set_duration(lv_obj_t * obj, uint32_t duration);
void lv_animimg_set_repeat_count(lv_obj_t * obj, uint32_t count);
/** Plays backwards after each pass, in this time (0: no reverse play). */
void lv_animimg_set_reverse_duration(lv_obj_t * obj, uint32_t duration);
void lv_animimg_set_reverse_delay(lv_obj_t * obj, uint32_t duration);
void lv_animimg_set_start_cb(lv_obj_t * obj, lv_anim_start_cb_t start_cb);
void lv_animimg_set_completed_cb(lv_obj_t * obj, lv_anim_completed_cb_t completed_cb);
const void ** lv_animimg_get_src(lv_obj_t * obj);
uint8_t lv_animimg_get_src_count(lv_obj_t * obj);
uint32_t lv_animimg_get_duration(lv_obj_t * obj);
uint32_t lv_animimg_get_repeat_count(lv_obj_t * obj);
lv_anim_t * lv_animimg_get_anim(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
