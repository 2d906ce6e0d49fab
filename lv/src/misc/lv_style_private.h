/**
 * @file lv_style_private.h
 * Facts about the built-in style properties for the engine's hot paths (style resolution
 * reads them on every property lookup): a table instead of calls.
 */
#ifndef LV_STYLE_PRIVATE_H
#define LV_STYLE_PRIVATE_H

#include "lvgl.h"

struct lv_style_prop_info_t {
    uint8_t flags;      ///< LV_STYLE_PROP_FLAG_* bits, as lv_style_prop_lookup_flags
    bool zero_default;  ///< lv_style_prop_get_default is 0 (most properties)
};

struct lv_style_prop_info_table_t {
    lv_style_prop_info_t v[LV_STYLE_NUM_BUILT_IN_PROPS];
};

/** Indexed by built-in property id (below LV_STYLE_NUM_BUILT_IN_PROPS). */
extern const lv_style_prop_info_table_t lv_style_prop_info;

#endif
