/**
 * @file lv_draw.h
 * Drawing: layers, descriptor basics and draw tasks. Drawing is immediate: every lv_draw_*
 * call renders straight into layer->draw_buf (whose top-left pixel is layer->buf_area.x1/y1
 * in screen coordinates), clipped to layer->_clip_area. Only for an object with
 * LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS does a draw become a task first: the object gets
 * LV_EVENT_DRAW_TASK_ADDED with it (its descriptor may be changed there), then the task is
 * drawn, then whatever the handler drew into the task's layer, in order.
 */
#ifndef LV_DRAW_H
#define LV_DRAW_H

#include "lv_area.h"
#include "lv_color.h"
#include "lv_draw_buf.h"
#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_DRAW_TASK_TYPE_NONE = 0,
    LV_DRAW_TASK_TYPE_FILL,
    LV_DRAW_TASK_TYPE_BORDER,
    LV_DRAW_TASK_TYPE_BOX_SHADOW,
    LV_DRAW_TASK_TYPE_LETTER,
    LV_DRAW_TASK_TYPE_LABEL,
    LV_DRAW_TASK_TYPE_IMAGE,
    LV_DRAW_TASK_TYPE_LAYER,
    LV_DRAW_TASK_TYPE_LINE,
    LV_DRAW_TASK_TYPE_ARC,
    LV_DRAW_TASK_TYPE_TRIANGLE,
    LV_DRAW_TASK_TYPE_MASK_RECTANGLE,
    LV_DRAW_TASK_TYPE_MASK_BITMAP,
} lv_draw_task_type_t;

typedef enum {
    LV_DRAW_TASK_STATE_WAITING,
    LV_DRAW_TASK_STATE_QUEUED,
    LV_DRAW_TASK_STATE_IN_PROGRESS,
    LV_DRAW_TASK_STATE_READY,
} lv_draw_task_state_t;

typedef enum {
    LV_LAYER_TYPE_NONE,
    LV_LAYER_TYPE_SIMPLE,
    LV_LAYER_TYPE_TRANSFORM,
} lv_layer_type_t;

#define LV_SCALE_NONE 256
#define LV_ZOOM_NONE LV_SCALE_NONE
#define LV_OPA_MIX2(a1, a2) ((lv_opa_t)(((int32_t)(a1) * (a2)) >> 8))
#define LV_OPA_MIX3(a1, a2, a3) ((lv_opa_t)(((int32_t)(a1) * (a2) * (a3)) >> 16))

/** A drawing target: a buffer covering buf_area of the screen, with a clip area. */
struct _lv_layer_t {
    lv_draw_buf_t * draw_buf;
    lv_area_t buf_area;              /**< screen area covered by draw_buf */
    lv_color_format_t color_format;
    lv_area_t _clip_area;            /**< drawing is limited to this (screen coordinates) */
    lv_area_t phy_clip_area;
    lv_opa_t opa;                    /**< applied to everything drawn (LV_OPA_COVER: none) */
    lv_color32_t recolor;
    int32_t partial_y_offset;
    lv_draw_task_t * draw_task_head; /**< unused: drawing is immediate, tasks live on the stack */
    lv_layer_t * parent;
    lv_layer_t * next;
    bool all_tasks_added;
    void * user_data;
};

/** Fields every draw descriptor starts with. */
typedef struct {
    lv_obj_t * obj;     /**< the object being drawn, if any */
    lv_part_t part;
    uint32_t id1;
    uint32_t id2;
    lv_layer_t * layer;
    size_t dsc_size;
    void * user_data;
} lv_draw_dsc_base_t;

typedef struct {
    lv_color_t color;
    lv_opa_t opa;
    uint8_t frac; /**< position 0..255 along the gradient */
} lv_grad_stop_t;

typedef struct {
    lv_grad_stop_t stops[LV_GRADIENT_MAX_STOPS];
    uint8_t stops_count;
    lv_grad_dir_t dir : 4;
    lv_grad_extend_t extend : 3;
} lv_grad_dsc_t;

/** One draw primitive, shown to LV_EVENT_DRAW_TASK_ADDED handlers (the field names of
 *  LVGL 9.3's private struct, which scripts for its MicroPython binding read directly). */
struct _lv_draw_task_t {
    lv_draw_task_t * next;      /**< always NULL: tasks are not queued */
    lv_draw_task_type_t type;
    lv_area_t area;             /**< the area given to the draw call (screen coordinates) */
    lv_area_t _real_area;       /**< the area the task may touch (a shadow's blur, ...) */
    lv_area_t clip_area_original;
    lv_area_t clip_area;        /**< the layer's clip area when the task was made */
    int state;                  /**< lv_draw_task_state_t */
    void * draw_dsc;            /**< the task's own copy of the descriptor */
    lv_opa_t opa;
    uint8_t preferred_draw_unit_id;
    uint8_t preference_score;
};

void lv_draw_init(void);
void lv_draw_deinit(void);
/** Resets a layer to defaults (full opacity, no buffer). */
void lv_layer_init(lv_layer_t * layer);
void lv_layer_reset(lv_layer_t * layer);
/** A child layer with its own buffer covering `area` (clipped to the parent's clip area).
 *  Draw into it, then hand it to lv_draw_layer, which composites and frees it.
 *  NULL when out of memory or the area is empty. */
lv_layer_t * lv_draw_layer_create(lv_layer_t * parent_layer, lv_color_format_t color_format, const lv_area_t * area);
void lv_draw_layer_init(lv_layer_t * layer, lv_layer_t * parent_layer, lv_color_format_t color_format, const lv_area_t * area);
void * lv_draw_layer_alloc_buf(lv_layer_t * layer);
void * lv_draw_layer_go_to_xy(lv_layer_t * layer, int32_t x, int32_t y);
/** Frees a layer from lv_draw_layer_create without drawing it. */
void lv_draw_layer_delete(lv_layer_t * layer);

/** The draw task of an LV_EVENT_DRAW_TASK_ADDED event (NULL for other events). */
lv_draw_task_t * lv_event_get_draw_task(lv_event_t * e);
lv_draw_task_type_t lv_draw_task_get_type(const lv_draw_task_t * t);
/** The task's descriptor: starts with lv_draw_dsc_base_t; its type follows the task's type. */
void * lv_draw_task_get_draw_dsc(const lv_draw_task_t * t);
void lv_draw_task_get_area(const lv_draw_task_t * t, lv_area_t * area);

#ifdef __cplusplus
}
#endif

#include "lv_draw_rect.h"
#include "lv_draw_label.h"
#include "lv_draw_line.h"
#include "lv_draw_arc.h"
#include "lv_draw_image.h"
#include "lv_draw_triangle.h"
#include "lv_draw_sw_utils.h"

#endif
