/**
 * @file lv_style.h
 * Styles: small sets of property/value pairs, shared by objects (lv_obj_add_style) or
 * local to one (lv_obj_set_style_*), selected by part and state.
 */
#ifndef LV_STYLE_H
#define LV_STYLE_H

#include "lv_types.h"
#include "lv_area.h"
#include "lv_color.h"
#include "lv_anim.h"
#include "lv_draw.h" /* lv_grad_dsc_t */

#ifdef __cplusplus
extern "C" {
#endif

#ifndef LV_SCALE_NONE
#define LV_SCALE_NONE 256
#endif
#define LV_STYLE_SENTINEL_VALUE 0xAABBCCDD
#define LV_STYLE_PROP_FLAG_NONE (0)
#define LV_STYLE_PROP_FLAG_INHERITABLE (1 << 0)
#define LV_STYLE_PROP_FLAG_EXT_DRAW_UPDATE (1 << 1)
#define LV_STYLE_PROP_FLAG_LAYOUT_UPDATE (1 << 2)
#define LV_STYLE_PROP_FLAG_PARENT_LAYOUT_UPDATE (1 << 3)
#define LV_STYLE_PROP_FLAG_LAYER_UPDATE (1 << 4)
#define LV_STYLE_PROP_FLAG_TRANSFORM (1 << 5)
#define LV_STYLE_PROP_FLAG_ALL (0x3F)

/** Object states (a bit set). */
enum {
    LV_STATE_DEFAULT = 0x0000,
    LV_STATE_CHECKED = 0x0001,
    LV_STATE_FOCUSED = 0x0002,
    LV_STATE_FOCUS_KEY = 0x0004,
    LV_STATE_EDITED = 0x0008,
    LV_STATE_HOVERED = 0x0010,
    LV_STATE_PRESSED = 0x0020,
    LV_STATE_SCROLLED = 0x0040,
    LV_STATE_DISABLED = 0x0080,
    LV_STATE_USER_1 = 0x1000,
    LV_STATE_USER_2 = 0x2000,
    LV_STATE_USER_3 = 0x4000,
    LV_STATE_USER_4 = 0x8000,
    LV_STATE_ANY = 0xFFFF,
};

/** Object parts (the upper byte of a selector). */
enum {
    LV_PART_MAIN = 0x000000,
    LV_PART_SCROLLBAR = 0x010000,
    LV_PART_INDICATOR = 0x020000,
    LV_PART_KNOB = 0x030000,
    LV_PART_SELECTED = 0x040000,
    LV_PART_ITEMS = 0x050000,
    LV_PART_CURSOR = 0x060000,
    LV_PART_CUSTOM_FIRST = 0x080000,
    LV_PART_ANY = 0x0F0000,
};

/** Style property ids (LVGL 9.3 values). */
enum {
    LV_STYLE_PROP_INV = 0,
    LV_STYLE_WIDTH = 1,
    LV_STYLE_HEIGHT = 2,
    LV_STYLE_LENGTH = 3,
    LV_STYLE_MIN_WIDTH = 4,
    LV_STYLE_MAX_WIDTH = 5,
    LV_STYLE_MIN_HEIGHT = 6,
    LV_STYLE_MAX_HEIGHT = 7,
    LV_STYLE_X = 8,
    LV_STYLE_Y = 9,
    LV_STYLE_ALIGN = 10,
    LV_STYLE_RADIUS = 12,
    LV_STYLE_RADIAL_OFFSET = 13,
    LV_STYLE_PAD_RADIAL = 14,
    LV_STYLE_PAD_TOP = 16,
    LV_STYLE_PAD_BOTTOM = 17,
    LV_STYLE_PAD_LEFT = 18,
    LV_STYLE_PAD_RIGHT = 19,
    LV_STYLE_PAD_ROW = 20,
    LV_STYLE_PAD_COLUMN = 21,
    LV_STYLE_LAYOUT = 22,
    LV_STYLE_MARGIN_TOP = 24,
    LV_STYLE_MARGIN_BOTTOM = 25,
    LV_STYLE_MARGIN_LEFT = 26,
    LV_STYLE_MARGIN_RIGHT = 27,
    LV_STYLE_BG_COLOR = 28,
    LV_STYLE_BG_OPA = 29,
    LV_STYLE_BG_GRAD_DIR = 32,
    LV_STYLE_BG_MAIN_STOP = 33,
    LV_STYLE_BG_GRAD_STOP = 34,
    LV_STYLE_BG_GRAD_COLOR = 35,
    LV_STYLE_BG_MAIN_OPA = 36,
    LV_STYLE_BG_GRAD_OPA = 37,
    LV_STYLE_BG_GRAD = 38,
    LV_STYLE_BASE_DIR = 39,
    LV_STYLE_BG_IMAGE_SRC = 40,
    LV_STYLE_BG_IMAGE_OPA = 41,
    LV_STYLE_BG_IMAGE_RECOLOR = 42,
    LV_STYLE_BG_IMAGE_RECOLOR_OPA = 43,
    LV_STYLE_BG_IMAGE_TILED = 44,
    LV_STYLE_CLIP_CORNER = 45,
    LV_STYLE_BORDER_WIDTH = 48,
    LV_STYLE_BORDER_COLOR = 49,
    LV_STYLE_BORDER_OPA = 50,
    LV_STYLE_BORDER_SIDE = 52,
    LV_STYLE_BORDER_POST = 53,
    LV_STYLE_OUTLINE_WIDTH = 56,
    LV_STYLE_OUTLINE_COLOR = 57,
    LV_STYLE_OUTLINE_OPA = 58,
    LV_STYLE_OUTLINE_PAD = 59,
    LV_STYLE_SHADOW_WIDTH = 60,
    LV_STYLE_SHADOW_COLOR = 61,
    LV_STYLE_SHADOW_OPA = 62,
    LV_STYLE_SHADOW_OFFSET_X = 64,
    LV_STYLE_SHADOW_OFFSET_Y = 65,
    LV_STYLE_SHADOW_SPREAD = 66,
    LV_STYLE_IMAGE_OPA = 68,
    LV_STYLE_IMAGE_RECOLOR = 69,
    LV_STYLE_IMAGE_RECOLOR_OPA = 70,
    LV_STYLE_LINE_WIDTH = 72,
    LV_STYLE_LINE_DASH_WIDTH = 73,
    LV_STYLE_LINE_DASH_GAP = 74,
    LV_STYLE_LINE_ROUNDED = 75,
    LV_STYLE_LINE_COLOR = 76,
    LV_STYLE_LINE_OPA = 77,
    LV_STYLE_ARC_WIDTH = 80,
    LV_STYLE_ARC_ROUNDED = 81,
    LV_STYLE_ARC_COLOR = 82,
    LV_STYLE_ARC_OPA = 83,
    LV_STYLE_ARC_IMAGE_SRC = 84,
    LV_STYLE_TEXT_COLOR = 88,
    LV_STYLE_TEXT_OPA = 89,
    LV_STYLE_TEXT_FONT = 90,
    LV_STYLE_TEXT_LETTER_SPACE = 91,
    LV_STYLE_TEXT_LINE_SPACE = 92,
    LV_STYLE_TEXT_DECOR = 93,
    LV_STYLE_TEXT_ALIGN = 94,
    LV_STYLE_TEXT_OUTLINE_STROKE_WIDTH = 95,
    LV_STYLE_TEXT_OUTLINE_STROKE_OPA = 96,
    LV_STYLE_TEXT_OUTLINE_STROKE_COLOR = 97,
    LV_STYLE_OPA = 98,
    LV_STYLE_OPA_LAYERED = 99,
    LV_STYLE_COLOR_FILTER_DSC = 100,
    LV_STYLE_COLOR_FILTER_OPA = 101,
    LV_STYLE_ANIM = 102,
    LV_STYLE_ANIM_DURATION = 103,
    LV_STYLE_TRANSITION = 104,
    LV_STYLE_BLEND_MODE = 105,
    LV_STYLE_TRANSFORM_WIDTH = 106,
    LV_STYLE_TRANSFORM_HEIGHT = 107,
    LV_STYLE_TRANSLATE_X = 108,
    LV_STYLE_TRANSLATE_Y = 109,
    LV_STYLE_TRANSFORM_SCALE_X = 110,
    LV_STYLE_TRANSFORM_SCALE_Y = 111,
    LV_STYLE_TRANSFORM_ROTATION = 112,
    LV_STYLE_TRANSFORM_PIVOT_X = 113,
    LV_STYLE_TRANSFORM_PIVOT_Y = 114,
    LV_STYLE_TRANSFORM_SKEW_X = 115,
    LV_STYLE_TRANSFORM_SKEW_Y = 116,
    LV_STYLE_BITMAP_MASK_SRC = 117,
    LV_STYLE_ROTARY_SENSITIVITY = 118,
    LV_STYLE_TRANSLATE_RADIAL = 119,
    LV_STYLE_RECOLOR = 120,
    LV_STYLE_RECOLOR_OPA = 121,
    LV_STYLE_FLEX_FLOW = 122,
    LV_STYLE_FLEX_MAIN_PLACE = 123,
    LV_STYLE_FLEX_CROSS_PLACE = 124,
    LV_STYLE_FLEX_TRACK_PLACE = 125,
    LV_STYLE_FLEX_GROW = 126,
    LV_STYLE_GRID_COLUMN_ALIGN = 127,
    LV_STYLE_GRID_ROW_ALIGN = 128,
    LV_STYLE_GRID_ROW_DSC_ARRAY = 129,
    LV_STYLE_GRID_COLUMN_DSC_ARRAY = 130,
    LV_STYLE_GRID_CELL_COLUMN_POS = 131,
    LV_STYLE_GRID_CELL_COLUMN_SPAN = 132,
    LV_STYLE_GRID_CELL_X_ALIGN = 133,
    LV_STYLE_GRID_CELL_ROW_POS = 134,
    LV_STYLE_GRID_CELL_ROW_SPAN = 135,
    LV_STYLE_GRID_CELL_Y_ALIGN = 136,
    LV_STYLE_LAST_BUILT_IN_PROP = 137,
    LV_STYLE_NUM_BUILT_IN_PROPS = 138,
    LV_STYLE_PROP_ANY = 255,
    LV_STYLE_PROP_CONST = 255,
};

typedef enum {
    LV_STYLE_RES_NOT_FOUND,
    LV_STYLE_RES_FOUND,
} lv_style_res_t;

typedef enum {
    LV_LAYOUT_NONE = 0,
    LV_LAYOUT_FLEX,
    LV_LAYOUT_GRID,
    LV_LAYOUT_LAST,
} lv_layout_t;

typedef enum {
    LV_FLEX_ALIGN_START,
    LV_FLEX_ALIGN_END,
    LV_FLEX_ALIGN_CENTER,
    LV_FLEX_ALIGN_SPACE_EVENLY,
    LV_FLEX_ALIGN_SPACE_AROUND,
    LV_FLEX_ALIGN_SPACE_BETWEEN,
} lv_flex_align_t;

#define LV_FLEX_COLUMN (1 << 0)
#define LV_FLEX_WRAP (1 << 2)
#define LV_FLEX_REVERSE (1 << 3)

typedef enum {
    LV_FLEX_FLOW_ROW = 0x00,
    LV_FLEX_FLOW_COLUMN = LV_FLEX_COLUMN,
    LV_FLEX_FLOW_ROW_WRAP = LV_FLEX_FLOW_ROW | LV_FLEX_WRAP,
    LV_FLEX_FLOW_ROW_REVERSE = LV_FLEX_FLOW_ROW | LV_FLEX_REVERSE,
    LV_FLEX_FLOW_ROW_WRAP_REVERSE = LV_FLEX_FLOW_ROW | LV_FLEX_WRAP | LV_FLEX_REVERSE,
    LV_FLEX_FLOW_COLUMN_WRAP = LV_FLEX_FLOW_COLUMN | LV_FLEX_WRAP,
    LV_FLEX_FLOW_COLUMN_REVERSE = LV_FLEX_FLOW_COLUMN | LV_FLEX_REVERSE,
    LV_FLEX_FLOW_COLUMN_WRAP_REVERSE = LV_FLEX_FLOW_COLUMN | LV_FLEX_WRAP | LV_FLEX_REVERSE,
} lv_flex_flow_t;

typedef enum {
    LV_GRID_ALIGN_START,
    LV_GRID_ALIGN_CENTER,
    LV_GRID_ALIGN_END,
    LV_GRID_ALIGN_STRETCH,
    LV_GRID_ALIGN_SPACE_EVENLY,
    LV_GRID_ALIGN_SPACE_AROUND,
    LV_GRID_ALIGN_SPACE_BETWEEN,
} lv_grid_align_t;

/** A style value: which member is used depends on the property. */
typedef union {
    int32_t num;
    const void * ptr;
    lv_color_t color;
} lv_style_value_t;

typedef struct _lv_color_filter_dsc_t lv_color_filter_dsc_t;
typedef lv_color_t (*lv_color_filter_cb_t)(const lv_color_filter_dsc_t *, lv_color_t, lv_opa_t);

struct _lv_color_filter_dsc_t {
    lv_color_filter_cb_t filter_cb;
    void * user_data;
};

/** Which properties animate, and how, when an object changes state. */
typedef struct {
    const lv_style_prop_t * props; /**< zero-terminated */
    void * user_data;
    lv_anim_path_cb_t path_xcb;
    uint32_t time;
    uint32_t delay;
} lv_style_transition_dsc_t;

typedef struct {
    lv_style_prop_t prop;
    lv_style_value_t value;
} lv_style_const_prop_t;

/** A style. Initialise with lv_style_init before use; lv_style_reset frees its memory. */
typedef struct {
    void * values_and_props; /* engine-owned array of property/value pairs */
    uint32_t has_group;      /* bit n: a property of group n is set (a quick filter) */
    uint8_t prop_cnt;
} lv_style_t;

void lv_style_init(lv_style_t * style);
void lv_style_reset(lv_style_t * style);
void lv_style_copy(lv_style_t * dst, const lv_style_t * src);
bool lv_style_is_const(const lv_style_t * style);
lv_style_prop_t lv_style_register_prop(uint8_t flag);
lv_style_prop_t lv_style_get_num_custom_props(void);
bool lv_style_remove_prop(lv_style_t * style, lv_style_prop_t prop);
void lv_style_set_prop(lv_style_t * style, lv_style_prop_t prop, lv_style_value_t value);
lv_style_res_t lv_style_get_prop(const lv_style_t * style, lv_style_prop_t prop, lv_style_value_t * value);
void lv_style_transition_dsc_init(lv_style_transition_dsc_t * tr, const lv_style_prop_t props[],
                                  lv_anim_path_cb_t path_cb, uint32_t time, uint32_t delay, void * user_data);
lv_style_value_t lv_style_prop_get_default(lv_style_prop_t prop);
/** Clears `dsc` and sets its filter callback (for the color_filter_dsc style property). */
void lv_color_filter_dsc_init(lv_color_filter_dsc_t * dsc, lv_color_filter_cb_t cb);
lv_style_res_t lv_style_get_prop_inlined(const lv_style_t * style, lv_style_prop_t prop, lv_style_value_t * value);
bool lv_style_is_empty(const lv_style_t * style);
uint32_t lv_style_get_prop_group(lv_style_prop_t prop);
uint8_t lv_style_prop_lookup_flags(lv_style_prop_t prop);
bool lv_style_prop_has_flag(lv_style_prop_t prop, uint8_t flag);

/* Every built-in property: X(setter name, LV_STYLE_ id suffix, C type, value member). */
#define LV_STYLE_PROP_LIST(LV_PROP_ENTRY_) \
    LV_PROP_ENTRY_(width, WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(min_width, MIN_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(max_width, MAX_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(height, HEIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(min_height, MIN_HEIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(max_height, MAX_HEIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(length, LENGTH, int32_t, NUM) \
    LV_PROP_ENTRY_(x, X, int32_t, NUM) \
    LV_PROP_ENTRY_(y, Y, int32_t, NUM) \
    LV_PROP_ENTRY_(align, ALIGN, lv_align_t, NUM) \
    LV_PROP_ENTRY_(transform_width, TRANSFORM_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_height, TRANSFORM_HEIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(translate_x, TRANSLATE_X, int32_t, NUM) \
    LV_PROP_ENTRY_(translate_y, TRANSLATE_Y, int32_t, NUM) \
    LV_PROP_ENTRY_(translate_radial, TRANSLATE_RADIAL, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_scale_x, TRANSFORM_SCALE_X, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_scale_y, TRANSFORM_SCALE_Y, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_rotation, TRANSFORM_ROTATION, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_pivot_x, TRANSFORM_PIVOT_X, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_pivot_y, TRANSFORM_PIVOT_Y, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_skew_x, TRANSFORM_SKEW_X, int32_t, NUM) \
    LV_PROP_ENTRY_(transform_skew_y, TRANSFORM_SKEW_Y, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_top, PAD_TOP, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_bottom, PAD_BOTTOM, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_left, PAD_LEFT, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_right, PAD_RIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_row, PAD_ROW, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_column, PAD_COLUMN, int32_t, NUM) \
    LV_PROP_ENTRY_(pad_radial, PAD_RADIAL, int32_t, NUM) \
    LV_PROP_ENTRY_(margin_top, MARGIN_TOP, int32_t, NUM) \
    LV_PROP_ENTRY_(margin_bottom, MARGIN_BOTTOM, int32_t, NUM) \
    LV_PROP_ENTRY_(margin_left, MARGIN_LEFT, int32_t, NUM) \
    LV_PROP_ENTRY_(margin_right, MARGIN_RIGHT, int32_t, NUM) \
    LV_PROP_ENTRY_(bg_color, BG_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(bg_opa, BG_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(bg_grad_color, BG_GRAD_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(bg_grad_dir, BG_GRAD_DIR, lv_grad_dir_t, NUM) \
    LV_PROP_ENTRY_(bg_main_stop, BG_MAIN_STOP, int32_t, NUM) \
    LV_PROP_ENTRY_(bg_grad_stop, BG_GRAD_STOP, int32_t, NUM) \
    LV_PROP_ENTRY_(bg_main_opa, BG_MAIN_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(bg_grad_opa, BG_GRAD_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(bg_grad, BG_GRAD, const lv_grad_dsc_t *, PTR) \
    LV_PROP_ENTRY_(bg_image_src, BG_IMAGE_SRC, const void *, PTR) \
    LV_PROP_ENTRY_(bg_image_opa, BG_IMAGE_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(bg_image_recolor, BG_IMAGE_RECOLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(bg_image_recolor_opa, BG_IMAGE_RECOLOR_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(bg_image_tiled, BG_IMAGE_TILED, bool, NUM) \
    LV_PROP_ENTRY_(border_color, BORDER_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(border_opa, BORDER_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(border_width, BORDER_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(border_side, BORDER_SIDE, lv_border_side_t, NUM) \
    LV_PROP_ENTRY_(border_post, BORDER_POST, bool, NUM) \
    LV_PROP_ENTRY_(outline_width, OUTLINE_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(outline_color, OUTLINE_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(outline_opa, OUTLINE_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(outline_pad, OUTLINE_PAD, int32_t, NUM) \
    LV_PROP_ENTRY_(shadow_width, SHADOW_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(shadow_offset_x, SHADOW_OFFSET_X, int32_t, NUM) \
    LV_PROP_ENTRY_(shadow_offset_y, SHADOW_OFFSET_Y, int32_t, NUM) \
    LV_PROP_ENTRY_(shadow_spread, SHADOW_SPREAD, int32_t, NUM) \
    LV_PROP_ENTRY_(shadow_color, SHADOW_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(shadow_opa, SHADOW_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(image_opa, IMAGE_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(image_recolor, IMAGE_RECOLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(image_recolor_opa, IMAGE_RECOLOR_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(line_width, LINE_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(line_dash_width, LINE_DASH_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(line_dash_gap, LINE_DASH_GAP, int32_t, NUM) \
    LV_PROP_ENTRY_(line_rounded, LINE_ROUNDED, bool, NUM) \
    LV_PROP_ENTRY_(line_color, LINE_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(line_opa, LINE_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(arc_width, ARC_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(arc_rounded, ARC_ROUNDED, bool, NUM) \
    LV_PROP_ENTRY_(arc_color, ARC_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(arc_opa, ARC_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(arc_image_src, ARC_IMAGE_SRC, const void *, PTR) \
    LV_PROP_ENTRY_(text_color, TEXT_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(text_opa, TEXT_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(text_font, TEXT_FONT, const lv_font_t *, PTR) \
    LV_PROP_ENTRY_(text_letter_space, TEXT_LETTER_SPACE, int32_t, NUM) \
    LV_PROP_ENTRY_(text_line_space, TEXT_LINE_SPACE, int32_t, NUM) \
    LV_PROP_ENTRY_(text_decor, TEXT_DECOR, lv_text_decor_t, NUM) \
    LV_PROP_ENTRY_(text_align, TEXT_ALIGN, lv_text_align_t, NUM) \
    LV_PROP_ENTRY_(text_outline_stroke_color, TEXT_OUTLINE_STROKE_COLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(text_outline_stroke_width, TEXT_OUTLINE_STROKE_WIDTH, int32_t, NUM) \
    LV_PROP_ENTRY_(text_outline_stroke_opa, TEXT_OUTLINE_STROKE_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(radius, RADIUS, int32_t, NUM) \
    LV_PROP_ENTRY_(radial_offset, RADIAL_OFFSET, int32_t, NUM) \
    LV_PROP_ENTRY_(clip_corner, CLIP_CORNER, bool, NUM) \
    LV_PROP_ENTRY_(opa, OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(opa_layered, OPA_LAYERED, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(color_filter_dsc, COLOR_FILTER_DSC, const lv_color_filter_dsc_t *, PTR) \
    LV_PROP_ENTRY_(color_filter_opa, COLOR_FILTER_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(recolor, RECOLOR, lv_color_t, COLOR) \
    LV_PROP_ENTRY_(recolor_opa, RECOLOR_OPA, lv_opa_t, NUM) \
    LV_PROP_ENTRY_(anim, ANIM, const lv_anim_t *, PTR) \
    LV_PROP_ENTRY_(anim_duration, ANIM_DURATION, uint32_t, NUM) \
    LV_PROP_ENTRY_(transition, TRANSITION, const lv_style_transition_dsc_t *, PTR) \
    LV_PROP_ENTRY_(blend_mode, BLEND_MODE, lv_blend_mode_t, NUM) \
    LV_PROP_ENTRY_(layout, LAYOUT, uint16_t, NUM) \
    LV_PROP_ENTRY_(base_dir, BASE_DIR, lv_base_dir_t, NUM) \
    LV_PROP_ENTRY_(bitmap_mask_src, BITMAP_MASK_SRC, const void *, PTR) \
    LV_PROP_ENTRY_(rotary_sensitivity, ROTARY_SENSITIVITY, uint32_t, NUM) \
    LV_PROP_ENTRY_(flex_flow, FLEX_FLOW, lv_flex_flow_t, NUM) \
    LV_PROP_ENTRY_(flex_main_place, FLEX_MAIN_PLACE, lv_flex_align_t, NUM) \
    LV_PROP_ENTRY_(flex_cross_place, FLEX_CROSS_PLACE, lv_flex_align_t, NUM) \
    LV_PROP_ENTRY_(flex_track_place, FLEX_TRACK_PLACE, lv_flex_align_t, NUM) \
    LV_PROP_ENTRY_(flex_grow, FLEX_GROW, uint8_t, NUM) \
    LV_PROP_ENTRY_(grid_column_dsc_array, GRID_COLUMN_DSC_ARRAY, const int32_t *, PTR) \
    LV_PROP_ENTRY_(grid_column_align, GRID_COLUMN_ALIGN, lv_grid_align_t, NUM) \
    LV_PROP_ENTRY_(grid_row_dsc_array, GRID_ROW_DSC_ARRAY, const int32_t *, PTR) \
    LV_PROP_ENTRY_(grid_row_align, GRID_ROW_ALIGN, lv_grid_align_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_column_pos, GRID_CELL_COLUMN_POS, int32_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_x_align, GRID_CELL_X_ALIGN, lv_grid_align_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_column_span, GRID_CELL_COLUMN_SPAN, int32_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_row_pos, GRID_CELL_ROW_POS, int32_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_y_align, GRID_CELL_Y_ALIGN, lv_grid_align_t, NUM) \
    LV_PROP_ENTRY_(grid_cell_row_span, GRID_CELL_ROW_SPAN, int32_t, NUM)

#define LV_STYLE_DECLARE_SETTER_(name, ID, type, kind) void lv_style_set_##name(lv_style_t * style, type value);
LV_STYLE_PROP_LIST(LV_STYLE_DECLARE_SETTER_)
#undef LV_STYLE_DECLARE_SETTER_

/* Shorthands that set one value into several properties (the same list serves
 * lv_style_set_<name> and lv_obj_set_style_<name>): name, then the properties in the
 * order they are set. */
#define LV_STYLE_SHORTHAND_LIST(X) \
    X(pad_all, LV_STYLE_PAD_LEFT, LV_STYLE_PAD_RIGHT, LV_STYLE_PAD_TOP, LV_STYLE_PAD_BOTTOM) \
    X(pad_hor, LV_STYLE_PAD_LEFT, LV_STYLE_PAD_RIGHT) \
    X(pad_ver, LV_STYLE_PAD_TOP, LV_STYLE_PAD_BOTTOM) \
    X(pad_gap, LV_STYLE_PAD_ROW, LV_STYLE_PAD_COLUMN) \
    X(margin_hor, LV_STYLE_MARGIN_LEFT, LV_STYLE_MARGIN_RIGHT) \
    X(margin_ver, LV_STYLE_MARGIN_TOP, LV_STYLE_MARGIN_BOTTOM) \
    X(margin_all, LV_STYLE_MARGIN_LEFT, LV_STYLE_MARGIN_RIGHT, LV_STYLE_MARGIN_TOP, LV_STYLE_MARGIN_BOTTOM) \
    X(transform_scale, LV_STYLE_TRANSFORM_SCALE_X, LV_STYLE_TRANSFORM_SCALE_Y)

/* Shorthands that set several properties. */
void lv_style_set_size(lv_style_t * style, int32_t width, int32_t height);
void lv_style_set_pad_all(lv_style_t * style, int32_t value);
void lv_style_set_pad_hor(lv_style_t * style, int32_t value);
void lv_style_set_pad_ver(lv_style_t * style, int32_t value);
void lv_style_set_pad_gap(lv_style_t * style, int32_t value);
void lv_style_set_margin_hor(lv_style_t * style, int32_t value);
void lv_style_set_margin_ver(lv_style_t * style, int32_t value);
void lv_style_set_margin_all(lv_style_t * style, int32_t value);
void lv_style_set_transform_scale(lv_style_t * style, int32_t value);

#ifdef __cplusplus
}
#endif

#endif
