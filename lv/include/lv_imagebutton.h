/**
 * @file lv_imagebutton.h
 * Image button: a button drawn from images, a left and a right cap with a middle image
 * repeated between them, one set per state (released, pressed, disabled, and checked).
 */
#ifndef LV_IMAGEBUTTON_H
#define LV_IMAGEBUTTON_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_IMAGEBUTTON_STATE_RELEASED,
    LV_IMAGEBUTTON_STATE_PRESSED,
    LV_IMAGEBUTTON_STATE_DISABLED,
    LV_IMAGEBUTTON_STATE_CHECKED_RELEASED,
    LV_IMAGEBUTTON_STATE_CHECKED_PRESSED,
    LV_IMAGEBUTTON_STATE_CHECKED_DISABLED,
    LV_IMAGEBUTTON_STATE_NUM,
} lv_imagebutton_state_t;

extern const lv_obj_class_t lv_imagebutton_class;

lv_obj_t * lv_imagebutton_create(lv_obj_t * parent);
/** The images of one state (each may be NULL; not copied). The height follows the middle image. */
void lv_imagebutton_set_src(lv_obj_t * imagebutton, lv_imagebutton_state_t state, const void * src_left,
                            const void * src_mid, const void * src_right);
/** Sets the object's pressed/checked/disabled states that select the images. */
void lv_imagebutton_set_state(lv_obj_t * imagebutton, lv_imagebutton_state_t state);
const void * lv_imagebutton_get_src_left(lv_obj_t * imagebutton, lv_imagebutton_state_t state);
const void * lv_imagebutton_get_src_middle(lv_obj_t * imagebutton, lv_imagebutton_state_t state);
const void * lv_imagebutton_get_src_right(lv_obj_t * imagebutton, lv_imagebutton_state_t state);

#ifdef __cplusplus
}
#endif

#endif
