/**
 * @file tk.h
 * The umbrella header of a toy toolkit (prefix "tk") laid out like an upstream LVGL release:
 * a configuration header reached through tk_conf_internal.h, a src/ tree of headers that
 * include each other, private headers kept out of the public set, compatibility maps, and
 * the C constructs the upstream headers use (listed in bench/binding/README.md). bindgen must read
 * it without any special case for these names.
 */
#ifndef TK_H
#define TK_H

#ifdef __cplusplus
extern "C" {
#endif

#include "tk_version.h"

#include "src/misc/tk_types.h"
#include "src/misc/tk_log.h"
#include "src/misc/tk_area.h"
#include "src/misc/tk_color.h"
#include "src/misc/tk_style.h"
#include "src/font/tk_symbol_def.h"
#include "src/core/tk_obj.h"
#include "src/widgets/meter/tk_meter.h"
#include "src/libs/gif/tk_gif.h"

#ifndef TK_DISABLE_API_MAPPING
#include "src/tk_api_map.h"
#endif

#if TK_USE_PRIVATE_API
#include "src/core/tk_obj_private.h"
#endif

/** Wrappers of the version macros, defined in the header. */
static inline int tk_version_major(void)
{
    return TK_VERSION_MAJOR;
}

static inline const char * tk_version_info(void)
{
    return TK_VERSION_INFO;
}

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_H*/
