/**
 * @file lv_scale.h
 * Scale: a linear or round scale with minor ticks (ITEMS part), major ticks with labels
 * (INDICATOR part), a main line or arc (MAIN part) and sections restyling a value range.
 */
#ifndef LV_SCALE_H
#define LV_SCALE_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_SCALE_TOTAL_TICK_COUNT_DEFAULT 11
#define LV_SCALE_MAJOR_TICK_EVERY_DEFAULT 5
#define LV_SCALE_LABEL_ENABLED_DEFAULT 1

typedef enum {
    LV_SCALE_MODE_HORIZONTAL_TOP = 0,
    LV_SCALE_MODE_HORIZONTAL_BOTTOM = 1,
    LV_SCALE_MODE_VERTICAL_LEFT = 2,
    LV_SCALE_MODE_VERTICAL_RIGHT = 3,
    LV_SCALE_MODE_ROUND_INNER = 4,
    LV_SCALE_MODE_ROUND_OUTER = 5,
    LV_SCALE_MODE_LAST = 6,
} lv_scale_mode_t;

/** A value range drawn with its own styles (owned by its scale). */
typedef struct _lv_scale_section_t {
    const lv_style_t * main_style;
    const lv_style_t * indicator_style;
    const lv_style_t * items_style;
    int32_t range_min;
    int32_t range_max;
    struct _lv_scale_section_t * next;
} lv_scale_section_t;

extern const lv_obj_class_t lv_scale_class;

lv_obj_t * lv_scale_create(lv_obj_t * parent);
void lv_scale_set_mode(lv_obj_t * obj, lv_scale_mode_t mode);
void lv_scale_set_total_tick_count(lv_obj_t * obj, uint32_t total_tick_count);
void lv_scale_set_major_tick_every(lv_obj_t * obj, uint32_t major_tick_every);
void lv_scale_set_label_show(lv_obj_t * obj, bool show_label);
void lv_scale_set_range(lv_obj_t * obj, int32_t min, int32_t max);
/** Degrees the round scale spans. */
void lv_scale_set_angle_range(lv_obj_t * obj, uint32_t angle_range);
/** Where the round scale starts, degrees clockwise from 3 o'clock. */
void lv_scale_set_rotation(lv_obj_t * obj, int32_t rotation);
/** Makes a line widget a needle from the centre pointing to value (round modes, square scale). */
void lv_scale_set_line_needle_value(lv_obj_t * obj, lv_obj_t * needle_line, int32_t needle_length, int32_t value);
/** Rotates an image widget to point to value (round modes). */
void lv_scale_set_image_needle_value(lv_obj_t * obj, lv_obj_t * needle_img, int32_t value);
/** Texts of the major ticks, NULL-terminated (not copied). */
void lv_scale_set_text_src(lv_obj_t * obj, const char * txt_src[]);
/** Draw in DRAW_POST (over the children) instead of DRAW_MAIN. */
void lv_scale_set_post_draw(lv_obj_t * obj, bool en);
void lv_scale_set_draw_ticks_on_top(lv_obj_t * obj, bool en);
lv_scale_section_t * lv_scale_add_section(lv_obj_t * obj);
void lv_scale_section_set_range(lv_scale_section_t * section, int32_t min, int32_t max);
void lv_scale_set_section_range(lv_obj_t * scale, lv_scale_section_t * section, int32_t min, int32_t max);
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
