/**
 * @file lvgl_private.h
 * LVGL's header of internal structures, which some examples include to reach the fields of
 * lv_draw_task_t. Here those fields are public already (lv_draw.h): this is lvgl.h.
 */
#ifndef LVGL_PRIVATE_H
#define LVGL_PRIVATE_H

#include "lvgl.h"

#endif
