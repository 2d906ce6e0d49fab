/**
 * @file tk_types.h
 * Forward declarations shared by every module: the struct tags equal the typedef names and
 * most layouts live in private headers.
 */
#ifndef TK_TYPES_H
#define TK_TYPES_H

#include "../tk_conf_internal.h"

#include TK_STDINT_INCLUDE
#include TK_STDDEF_INCLUDE
#include TK_STDBOOL_INCLUDE
#include TK_STDARG_INCLUDE

#ifdef __cplusplus
extern "C" {
#endif

/** Result of an operation: the tag and the typedef share the name. */
enum tk_result_t {
    TK_RESULT_INVALID = 0,
    TK_RESULT_OK,
};
typedef enum tk_result_t tk_result_t;

typedef struct tk_obj_t tk_obj_t;
typedef struct tk_obj_class_t tk_obj_class_t;
typedef struct tk_event_t tk_event_t;
typedef struct tk_display_t tk_display_t;
typedef struct tk_meter_t tk_meter_t;        /* widget data: private */
typedef struct tk_cache_t tk_cache_t;        /* never defined anywhere */

typedef uint8_t tk_opa_t;
typedef uint32_t tk_part_t;

#define TK_UNUSED(x) ((void)x)
#define TK_CONCAT(x, y) TK_CONCAT_(x, y)
#define TK_CONCAT_(x, y) x ## y
#define TK_CONCAT3(x, y, z) TK_CONCAT3_(x, y, z)
#define TK_CONCAT3_(x, y, z) x ## y ## z

#if defined(__clang__) || defined(__GNUC__)
#define TK_FORMAT_ATTRIBUTE(fmtstr, vararg) __attribute__((format(printf, fmtstr, vararg)))
#else
#define TK_FORMAT_ATTRIBUTE(fmtstr, vararg)
#endif

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_TYPES_H*/
