/**
 * @file lv_draw_fallback.h
 * Declarations of the LVGL 9.3 renderer and font API the core uses, used only while the
 * draw part's headers are absent (see lv_draw_deps.h). Layouts follow LVGL 9.3's structs.
 */
#ifndef LV_DRAW_FALLBACK_H
#define LV_DRAW_FALLBACK_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    uint32_t magic : 8;
    uint32_t cf : 8;
    uint32_t flags : 16;
    uint32_t w : 16;
    uint32_t h : 16;
    uint32_t stride : 16;
    uint32_t reserved_2 : 16;
} lv_image_header_t;

typedef struct _lv_draw_buf_handlers_t lv_draw_buf_handlers_t;

struct _lv_draw_buf_t {
    lv_image_header_t header;
    uint32_t data_size;
    uint8_t * data;
    void * unaligned_data;
    const lv_draw_buf_handlers_t * handlers;
};

typedef struct {
    uint32_t adv_w;
    uint16_t box_w;
    uint16_t box_h;
    int16_t ofs_x;
    int16_t ofs_y;
} lv_font_glyph_dsc_fallback_t;

struct _lv_font_t {
    bool (*get_glyph_dsc)(const lv_font_t *, void *, uint32_t letter, uint32_t letter_next);
    const void * (*get_glyph_bitmap)(void *, lv_draw_buf_t *);
    void (*release_glyph)(const lv_font_t *, void *);
    int32_t line_height;
    int32_t base_line;
    uint8_t subpx : 2;
    uint8_t kerning : 1;
    uint8_t static_bitmap : 1;
    int8_t underline_position;
    int8_t underline_thickness;
    const void * dsc;
    const lv_font_t * fallback;
    void * user_data;
};

struct _lv_layer_t {
    lv_draw_buf_t * draw_buf;
    lv_area_t buf_area;
    lv_color_format_t color_format;
    lv_area_t _clip_area;
    lv_area_t phy_clip_area;
    lv_opa_t opa;
    lv_color32_t recolor;
    int32_t partial_y_offset;
    lv_draw_task_t * draw_task_head;
    lv_layer_t * parent;
    lv_layer_t * next;
    bool all_tasks_added;
    void * user_data;
};

typedef struct {
    lv_obj_t * obj;
    lv_part_t part;
    uint32_t id1;
    uint32_t id2;
    lv_layer_t * layer;
    size_t dsc_size;
    void * user_data;
} lv_draw_dsc_base_t;

typedef struct {
    lv_draw_dsc_base_t base;
    int32_t radius;
    lv_opa_t bg_opa;
    lv_color_t bg_color;
    lv_grad_dsc_t bg_grad;
    const void * bg_image_src;
    const void * bg_image_symbol_font;
    lv_color_t bg_image_recolor;
    lv_opa_t bg_image_opa;
    lv_opa_t bg_image_recolor_opa;
    uint8_t bg_image_tiled;
    lv_color_t border_color;
    int32_t border_width;
    lv_opa_t border_opa;
    lv_border_side_t border_side : 5;
    uint8_t border_post : 1;
    lv_color_t outline_color;
    int32_t outline_width;
    int32_t outline_pad;
    lv_opa_t outline_opa;
    lv_color_t shadow_color;
    int32_t shadow_width;
    int32_t shadow_offset_x;
    int32_t shadow_offset_y;
    int32_t shadow_spread;
    lv_opa_t shadow_opa;
} lv_draw_rect_dsc_t;

typedef struct _lv_draw_label_hint_t lv_draw_label_hint_t;

typedef struct {
    lv_draw_dsc_base_t base;
    const char * text;
    lv_point_t text_size;
    const lv_font_t * font;
    lv_color_t color;
    int32_t line_space;
    int32_t letter_space;
    int32_t ofs_x;
    int32_t ofs_y;
    int32_t rotation;
    uint32_t sel_start;
    uint32_t sel_end;
    lv_color_t sel_color;
    lv_color_t sel_bg_color;
    uint32_t text_length;
    lv_opa_t opa;
    lv_text_align_t align;
    lv_base_dir_t bidi_dir;
    lv_text_decor_t decor : 3;
    lv_text_flag_t flag : 5;
    uint8_t text_local : 1;
    uint8_t text_static : 1;
    uint8_t has_bided : 1;
    lv_draw_label_hint_t * hint;
    lv_opa_t outline_stroke_opa;
    lv_color_t outline_stroke_color;
    int32_t outline_stroke_width;
} lv_draw_label_dsc_t;

#define LV_DRAW_LABEL_NO_TXT_SEL (0xFFFF)

void lv_draw_rect_dsc_init(lv_draw_rect_dsc_t * dsc);
void lv_draw_rect(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords);
void lv_draw_label_dsc_init(lv_draw_label_dsc_t * dsc);
void lv_draw_label(lv_layer_t * layer, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords);
lv_result_t lv_draw_buf_init(lv_draw_buf_t * draw_buf, uint32_t w, uint32_t h, lv_color_format_t cf,
                             uint32_t stride, void * data, uint32_t data_size);
uint32_t lv_draw_buf_width_to_stride(uint32_t w, lv_color_format_t color_format);
void lv_layer_init(lv_layer_t * layer);
void lv_draw_init(void);
void lv_draw_deinit(void);

int32_t lv_font_get_line_height(const lv_font_t * font);
const lv_font_t * lv_font_get_default(void);
void lv_text_get_size(lv_point_t * size_res, const char * text, const lv_font_t * font, int32_t letter_space,
                      int32_t line_space, int32_t max_width, lv_text_flag_t flag);
int32_t lv_text_get_width(const char * txt, uint32_t length, const lv_font_t * font, int32_t letter_space);

int32_t lv_map(int32_t x, int32_t min_in, int32_t max_in, int32_t min_out, int32_t max_out);
int32_t lv_cubic_bezier(int32_t x, int32_t x1, int32_t y1, int32_t x2, int32_t y2);
int32_t lv_bezier3(int32_t t, int32_t u0, uint32_t u1, int32_t u2, int32_t u3);
int32_t lv_trigo_sin(int16_t angle);
int32_t lv_trigo_cos(int16_t angle);

extern const lv_font_t lv_font_montserrat_14;
extern const lv_font_t lv_font_montserrat_16;
extern const lv_font_t lv_font_montserrat_24;

#ifdef __cplusplus
}
#endif

#endif
