/**
 * @file lv_types.h
 * Basic types shared by every part of the engine: results, opacity, coordinates,
 * the opaque object types, and the enums used by both the style system and the renderer.
 */
#ifndef LV_TYPES_H
#define LV_TYPES_H

#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lv_conf.h"

/* printf conversions for the fixed-width types (examples print with "%" LV_PRId32) */
#define LV_PRId32 PRId32
#define LV_PRIu32 PRIu32
#define LV_PRIx32 PRIx32
#define LV_PRIX32 PRIX32
#define LV_PRId64 PRId64
#define LV_PRIu64 PRIu64
#define LV_PRIx64 PRIx64
#define LV_PRIX64 PRIX64

/* Placement attributes of image and buffer data; nothing needed on the targets built here */
#ifndef LV_ATTRIBUTE_MEM_ALIGN_SIZE
#define LV_ATTRIBUTE_MEM_ALIGN_SIZE 1
#endif
#ifndef LV_ATTRIBUTE_MEM_ALIGN
#define LV_ATTRIBUTE_MEM_ALIGN
#endif
#ifndef LV_ATTRIBUTE_LARGE_CONST
#define LV_ATTRIBUTE_LARGE_CONST
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef uintptr_t lv_uintptr_t;
typedef intptr_t lv_intptr_t;
/** Sub-pixel values (angles, points). Integers, as LV_USE_FLOAT is 0 in the reference build. */
typedef int32_t lv_value_precise_t;

/** Result of functions that may delete the object they work on. */
typedef enum {
    LV_RESULT_INVALID = 0, /**< the object was deleted, do not touch it */
    LV_RESULT_OK = 1,      /**< the object still exists */
} lv_result_t;

/** Opacity, 0 (transparent) .. 255 (cover). */
typedef uint8_t lv_opa_t;
enum {
    LV_OPA_TRANSP = 0,
    LV_OPA_0 = 0,
    LV_OPA_10 = 25,
    LV_OPA_20 = 51,
    LV_OPA_30 = 76,
    LV_OPA_40 = 102,
    LV_OPA_50 = 127,
    LV_OPA_60 = 153,
    LV_OPA_70 = 178,
    LV_OPA_80 = 204,
    LV_OPA_90 = 229,
    LV_OPA_100 = 255,
    LV_OPA_COVER = 255,
};
#define LV_OPA_MIN 2   /**< below this an opacity counts as transparent */
#define LV_OPA_MAX 253 /**< above this an opacity counts as cover */

typedef uint16_t lv_state_t;
typedef uint32_t lv_part_t;
typedef uint32_t lv_style_selector_t;
typedef uint8_t lv_style_prop_t;

/* Coordinates: 32-bit, with "special" values (percentages, SIZE_CONTENT) encoded in the
 * upper range, as in LVGL 9. */
#define LV_COORD_TYPE_SHIFT (29U)
#define LV_COORD_TYPE_MASK (3 << LV_COORD_TYPE_SHIFT)
#define LV_COORD_TYPE_PX (0 << LV_COORD_TYPE_SHIFT)
#define LV_COORD_TYPE_SPEC (1 << LV_COORD_TYPE_SHIFT)
#define LV_COORD_TYPE_PX_NEG (3 << LV_COORD_TYPE_SHIFT)
#define LV_COORD_TYPE(x) ((x) & LV_COORD_TYPE_MASK)
#define LV_COORD_PLAIN(x) ((x) & ~LV_COORD_TYPE_MASK)
#define LV_COORD_IS_PX(x) (LV_COORD_TYPE(x) == LV_COORD_TYPE_PX || LV_COORD_TYPE(x) == LV_COORD_TYPE_PX_NEG)
#define LV_COORD_IS_SPEC(x) (LV_COORD_TYPE(x) == LV_COORD_TYPE_SPEC)
#define LV_COORD_SET_SPEC(x) ((x) | LV_COORD_TYPE_SPEC)
#define LV_COORD_MAX ((1 << LV_COORD_TYPE_SHIFT) - 1)
#define LV_COORD_MIN (-LV_COORD_MAX)
#define LV_SIZE_CONTENT LV_COORD_SET_SPEC(LV_COORD_MAX)
#define LV_PCT_STORED_MAX (LV_COORD_MAX - 1)
#define LV_PCT_POS_MAX (LV_PCT_STORED_MAX / 2)
#define LV_PCT(x) (LV_COORD_SET_SPEC(((x) < 0 ? (LV_PCT_POS_MAX - LV_MAX((x), -LV_PCT_POS_MAX)) : LV_MIN((x), LV_PCT_POS_MAX))))
#define LV_COORD_IS_PCT(x) ((LV_COORD_IS_SPEC(x) && LV_COORD_PLAIN(x) <= LV_PCT_STORED_MAX))
#define LV_COORD_GET_PCT(x) (LV_COORD_PLAIN(x) > LV_PCT_POS_MAX ? LV_PCT_POS_MAX - LV_COORD_PLAIN(x) : LV_COORD_PLAIN(x))

#define LV_MIN(a, b) ((a) < (b) ? (a) : (b))
#define LV_MAX(a, b) ((a) > (b) ? (a) : (b))
#define LV_CLAMP(min, val, max) (LV_MAX(min, (LV_MIN(val, max))))
#define LV_ABS(x) ((x) > 0 ? (x) : (-(x)))
#define LV_UNUSED(x) ((void)x)
#define LV_RADIUS_CIRCLE 0x7FFF
#define LV_ANIM_OFF false
#define LV_ANIM_ON true
#define LV_DPX_CALC(dpi, n) ((n) == 0 ? 0 : LV_MAX((((dpi) * (n) + 80) / 160), 1))

/* Opaque engine types, defined by the parts that own them. */
typedef struct _lv_obj_t lv_obj_t;
typedef struct _lv_obj_class_t lv_obj_class_t;
typedef struct _lv_display_t lv_display_t;
typedef struct _lv_indev_t lv_indev_t;
typedef struct _lv_group_t lv_group_t;
typedef struct _lv_event_t lv_event_t;
typedef struct _lv_timer_t lv_timer_t;
typedef struct _lv_anim_t lv_anim_t;
typedef struct _lv_anim_timeline_t lv_anim_timeline_t;
typedef struct _lv_theme_t lv_theme_t;
typedef struct _lv_layer_t lv_layer_t;
typedef struct _lv_draw_buf_t lv_draw_buf_t;
typedef struct _lv_draw_task_t lv_draw_task_t;
typedef struct _lv_font_t lv_font_t;
typedef struct _lv_image_dsc_t lv_image_dsc_t;
typedef struct _lv_draw_image_dsc_t lv_draw_image_dsc_t;

/* Enums used by both styles and the renderer. */

typedef enum {
    LV_BLEND_MODE_NORMAL = 0,
    LV_BLEND_MODE_ADDITIVE = 1,
    LV_BLEND_MODE_SUBTRACTIVE = 2,
    LV_BLEND_MODE_MULTIPLY = 3,
    LV_BLEND_MODE_DIFFERENCE = 4,
} lv_blend_mode_t;

typedef enum {
    LV_BORDER_SIDE_NONE = 0x00,
    LV_BORDER_SIDE_BOTTOM = 0x01,
    LV_BORDER_SIDE_TOP = 0x02,
    LV_BORDER_SIDE_LEFT = 0x04,
    LV_BORDER_SIDE_RIGHT = 0x08,
    LV_BORDER_SIDE_FULL = 0x0F,
    LV_BORDER_SIDE_INTERNAL = 0x10,
} lv_border_side_t;

typedef enum {
    LV_TEXT_DECOR_NONE = 0x0,
    LV_TEXT_DECOR_UNDERLINE = 0x1,
    LV_TEXT_DECOR_STRIKETHROUGH = 0x2,
} lv_text_decor_t;

typedef enum {
    LV_TEXT_ALIGN_AUTO = 0,
    LV_TEXT_ALIGN_LEFT = 1,
    LV_TEXT_ALIGN_CENTER = 2,
    LV_TEXT_ALIGN_RIGHT = 3,
} lv_text_align_t;

typedef enum {
    LV_TEXT_FLAG_NONE = 0x0,
    LV_TEXT_FLAG_EXPAND = 0x1,
    LV_TEXT_FLAG_FIT = 0x2,
    LV_TEXT_FLAG_BREAK_ALL = 0x4,
    LV_TEXT_FLAG_RECOLOR = 0x8,
} lv_text_flag_t;

typedef enum {
    LV_BASE_DIR_LTR = 0x00,
    LV_BASE_DIR_RTL = 0x01,
    LV_BASE_DIR_AUTO = 0x02,
    LV_BASE_DIR_NEUTRAL = 0x20,
    LV_BASE_DIR_WEAK = 0x21,
} lv_base_dir_t;

typedef enum {
    LV_GRAD_DIR_NONE = 0,
    LV_GRAD_DIR_VER = 1,
    LV_GRAD_DIR_HOR = 2,
    LV_GRAD_DIR_LINEAR = 3,
    LV_GRAD_DIR_RADIAL = 4,
    LV_GRAD_DIR_CONICAL = 5,
} lv_grad_dir_t;

typedef enum {
    LV_GRAD_EXTEND_PAD = 0,
    LV_GRAD_EXTEND_REPEAT = 1,
    LV_GRAD_EXTEND_REFLECT = 2,
} lv_grad_extend_t;

#ifdef __cplusplus
}
#endif

#endif
