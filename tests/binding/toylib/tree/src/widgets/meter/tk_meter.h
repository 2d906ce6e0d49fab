/**
 * @file tk_meter.h
 * A widget: class-scoped enums (tk.meter.MODE.NORMAL), functions behind a configuration
 * switch, and a string-array setter.
 */
#ifndef TK_METER_H
#define TK_METER_H

#include "../../core/tk_obj.h"

#if TK_USE_METER

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    TK_METER_MODE_NORMAL,
    TK_METER_MODE_SYMMETRICAL,
    TK_METER_MODE_RANGE,
} tk_meter_mode_t;

TK_ATTRIBUTE_EXTERN_DATA extern const tk_obj_class_t tk_meter_class;

tk_obj_t * tk_meter_create(tk_obj_t * parent);
void tk_meter_set_mode(tk_obj_t * obj, tk_meter_mode_t mode);
tk_meter_mode_t tk_meter_get_mode(const tk_obj_t * obj);
void tk_meter_set_range(tk_obj_t * obj, int32_t min, int32_t max);
void tk_meter_set_labels(tk_obj_t * obj, const char * labels[], uint32_t count);

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_USE_METER*/

#endif /*TK_METER_H*/
