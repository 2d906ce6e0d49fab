/**
 * @file tk_obj_private.h
 * The object's layout: only for the toolkit itself (TK_USE_PRIVATE_API).
 */
#ifndef TK_OBJ_PRIVATE_H
#define TK_OBJ_PRIVATE_H

#include "tk_obj.h"

struct tk_obj_t {
    const tk_obj_class_t * class_p;
    tk_obj_t * parent;
    tk_area_t coords;
    uint32_t flags;
};

/** A widget's data: the base object embedded by value, as the private headers do. */
struct tk_meter_t {
    tk_obj_t obj;
    int32_t min;
    int32_t max;
    union {
        char * text_ptr;
        char text[4];
    } unit;
};

void tk_obj_private_only(tk_obj_t * obj);

#endif /*TK_OBJ_PRIVATE_H*/
