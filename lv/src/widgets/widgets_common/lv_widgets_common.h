/**
 * @file lv_widgets_common.h
 * Helpers shared by the widgets beyond obj/button/label: padded areas, string copies and
 * value clamping. Internal to lv/src/widgets.
 */
#ifndef LV_WIDGETS_COMMON_H
#define LV_WIDGETS_COMMON_H

#include "core/lv_obj_private.h"

/** The area a part's padding makes of the object's coordinates (pad_* shrink it). */
void lv_widget_area_inside_pad(const lv_obj_t * obj, lv_part_t part, const lv_area_t * in, lv_area_t * out);
/** The area grown by a part's pad_* (knobs: negative padding shrinks). */
void lv_widget_area_grow_by_pad(const lv_obj_t * obj, lv_part_t part, lv_area_t * area);

/** Creates and initialises an object of class `cls` on parent (every lv_<widget>_create). */
lv_obj_t * lv_widget_create(const lv_obj_class_t * cls, lv_obj_t * parent);

/** LVGL's LV_ASSERT_OBJ without the halt: false for NULL or an object that is not of class
 *  `cls` (or derived from it), and the public function then does nothing, so a call on the
 *  wrong widget cannot corrupt memory. */
bool lv_widget_check(const lv_obj_t * obj, const lv_obj_class_t * cls);

/** Copies a C string into the engine heap; NULL for NULL or when out of memory. */
char * lv_widget_strdup(const char * s);

/** Clamp with a fixed order of min and max even if they are swapped. */
inline int32_t lv_widget_clamp(int32_t v, int32_t lo, int32_t hi)
{
    if(lo > hi) {
        int32_t t = lo;
        lo = hi;
        hi = t;
    }
    return v < lo ? lo : v > hi ? hi : v;
}

#endif
