/**
 * @file lv_flex.h
 * Flex layout: children in rows or columns, optionally wrapped, with grow factors and
 * main/cross/track alignment (the enums are in lv_style.h).
 */
#ifndef LV_FLEX_H
#define LV_FLEX_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

void lv_flex_init(void);
/** Sets the flex layout with flow (and the layout itself) on obj. */
void lv_obj_set_flex_flow(lv_obj_t * obj, lv_flex_flow_t flow);
void lv_obj_set_flex_align(lv_obj_t * obj, lv_flex_align_t main_place, lv_flex_align_t cross_place,
                           lv_flex_align_t track_cross_place);
/** Lets obj grow to fill the free space of its track (0: do not grow). */
void lv_obj_set_flex_grow(lv_obj_t * obj, uint8_t grow);

#ifdef __cplusplus
}
#endif

#endif
