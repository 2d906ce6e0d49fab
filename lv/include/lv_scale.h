/**
 * @file lv_scale.h
 * Scale: ticks (major ones labelled) along a line (horizontal/vertical) or an arc (round),
 * with sections drawn in their own styles, and helpers to point a needle at a value.
 */
#ifndef LV_SCALE_H
#define LV_SCALE_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_SCALE_TOTAL_TICK_COUNT_DEFAULT (11U)
#define LV_SCALE_MAJOR_TICK_EVERY_DEFAULT (5U)
#define LV_SCALE_LABEL_ENABLED_DEFAULT (1U)
#define LV_SCALE_DEFAULT_ANGLE_RANGE ((uint32_t)270U)
#define LV_SCALE_DEFAULT_ROTATION ((int32_t)135U)
#define LV_SCALE_LABEL_TXT_LEN (20U)
#define LV_SCALE_LABEL_ROTATE_MATCH_TICKS 0x100000
#define LV_SCALE_LABEL_ROTATE_KEEP_UPRIGHT 0x80000
#define LV_SCALE_ROTATION_ANGLE_MASK 0x7FFFF

typedef enum {
    LV_SCALE_MODE_HORIZONTAL_TOP = 0x0,
    LV_SCALE_MODE_HORIZONTAL_BOTTOM = 0x1,
    LV_SCALE_MODE_VERTICAL_LEFT = 0x2,
    LV_SCALE_MODE_VERTICAL_RIGHT = 0x3,
    LV_SCALE_MODE_ROUND_INNER = 0x4,
    LV_SCALE_MODE_ROUND_OUTER = 0x5,
    LV_SCALE_MODE_LAST = 0x6,
} lv_scale_mode_t;

typedef struct _lv_scale_section_t lv_scale_section_t;

extern const lv_obj_class_t lv_scale_class;

lv_obj_t * lv_scale_create(lv_obj_t * parent);
void lv_scale_set_mode(lv_obj_t * obj, lv_scale_mode_t mode);
void lv_scale_set_total_tick_count(lv_obj_t * obj, uint32_t total_tick_count);
/** Every n-th tick is major (longer, labelled); 0: none. */
void lv_scale_set_major_tick_every(lv_obj_t * obj, uint32_t major_tick_every);
void lv_scale_set_label_show(lv_obj_t * obj, bool show_label);
void lv_scale_set_range(lv_obj_t * obj, int32_t min, int32_t max);
/** Degrees covered by a round scale. */
void lv_scale_set_angle_range(lv_obj_t * obj, uint32_t angle_range);
/** Degrees where a round scale starts (0: 3 o'clock, clockwise). */
void lv_scale_set_rotation(lv_obj_t * obj, int32_t rotation);
/** Points a line from the centre of a square round scale towards value (needle_length < 0: shorter than the radius by that much). */
void lv_scale_set_line_needle_value(lv_obj_t * obj, lv_obj_t * needle_line, int32_t needle_length, int32_t value);
/** Rotates an image (pivot set by the caller) towards value. */
void lv_scale_set_image_needle_value(lv_obj_t * obj, lv_obj_t * needle_img, int32_t value);
/** Labels of the major ticks, NULL-terminated; the array must stay valid. */
void lv_scale_set_text_src(lv_obj_t * obj, const char * txt_src[]);
/** Draw in DRAW_POST (over the children) instead of DRAW_MAIN. */
void lv_scale_set_post_draw(lv_obj_t * obj, bool en);
void lv_scale_set_draw_ticks_on_top(lv_obj_t * obj, bool en);
/** A section: a value range whose main line/arc, ticks and labels use their own styles. */
lv_scale_section_t * lv_scale_add_section(lv_obj_t * obj);
void lv_scale_section_set_range(lv_scale_section_t * section, int32_t min, int32_t max);
void lv_scale_set_section_range(lv_obj_t * scale, lv_scale_section_t * section, int32_t min, int32_t max);
/** The style of a section's part (LV_PART_MAIN, LV_PART_INDICATOR or LV_PART_ITEMS). */
void lv_scale_section_set_style(lv_scale_section_t * section, lv_part_t part, lv_style_t * section_part_style);
void lv_scale_set_section_style_main(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style);
void lv_scale_set_section_style_indicator(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style);
void lv_scale_set_section_style_items(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style);
lv_scale_mode_t lv_scale_get_mode(lv_obj_t * obj);
int32_t lv_scale_get_total_tick_count(lv_obj_t * obj);
int32_t lv_scale_get_major_tick_every(lv_obj_t * obj);
int32_t lv_scale_get_rotation(lv_obj_t * obj);
bool lv_scale_get_label_show(lv_obj_t * obj);
uint32_t lv_scale_get_angle_range(lv_obj_t * obj);
int32_t lv_scale_get_range_min_value(lv_obj_t * obj);
int32_t lv_scale_get_range_max_value(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
