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
    lv_draw_task_t * draw_task_head; /**< tasks made with lv_draw_add_task, until drawn */
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
    lv_draw_task_t * next;      /**< the layer's queue (lv_draw_add_task) */
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

/* ---- Draw units and the dispatcher ----
 * The software renderer is the draw unit "SW" (index 1) that lv_draw_init registers. Drawing
 * through lv_draw_rect & co. stays immediate; tasks made with lv_draw_add_task are queued on
 * their layer and dispatched when lv_draw_finalize_task_creation is called: every unit's
 * evaluate_cb may claim the task (lower preference_score wins, preferred_draw_unit_id
 * names the unit), then the units' dispatch_cb take available tasks until none is left. */
#define LV_DRAW_UNIT_NONE 0
#define LV_DRAW_UNIT_IDLE -1

typedef struct _lv_draw_unit_t lv_draw_unit_t;
struct _lv_draw_unit_t {
    lv_draw_unit_t * next;
    lv_layer_t * target_layer;  /**< the layer of the task being drawn */
    const lv_area_t * clip_area;
    const char * name;
    int32_t idx;                /**< its index from 1 (the software renderer); 0 is LV_DRAW_UNIT_NONE */
    /** Takes and draws available tasks of the layer; LV_DRAW_UNIT_IDLE when it took none. */
    int32_t (*dispatch_cb)(lv_draw_unit_t * draw_unit, lv_layer_t * layer);
    /** Claims a task it draws better (lower t->preference_score, preferred_draw_unit_id). */
    int32_t (*evaluate_cb)(lv_draw_unit_t * draw_unit, lv_draw_task_t * task);
    int32_t (*wait_for_finish_cb)(lv_draw_unit_t * draw_unit);
    int32_t (*delete_cb)(lv_draw_unit_t * draw_unit);
};

/** A new zeroed draw unit of `size` bytes (at least sizeof(lv_draw_unit_t)) added to the
 *  list; set its callbacks. NULL without memory. */
void * lv_draw_create_unit(size_t size);
/** A new task of `type` on the layer (its descriptor zeroed, base.layer set); fill the
 *  descriptor, then call lv_draw_finalize_task_creation. */
lv_draw_task_t * lv_draw_add_task(lv_layer_t * layer, const lv_area_t * coords, lv_draw_task_type_t type);
/** Queues the task, lets the units claim it and dispatches the layer's tasks. */
void lv_draw_finalize_task_creation(lv_layer_t * layer, lv_draw_task_t * t);
/** Dispatches the queued tasks of every display's layer. */
void lv_draw_dispatch(void);
/** Lets the units take the layer's available tasks and frees the finished ones; true while
 *  tasks remain. */
bool lv_draw_dispatch_layer(lv_display_t * disp, lv_layer_t * layer);
/** Waits for a dispatch request (nothing to wait for without threads: clears the request). */
void lv_draw_dispatch_wait_for_request(void);
/** Calls every unit's wait_for_finish_cb. */
void lv_draw_wait_for_finish(void);
/** Asks for a dispatch (a unit finished a task). */
void lv_draw_dispatch_request(void);
uint32_t lv_draw_get_unit_count(void);
/** The first queued task after t_prev (from the start for NULL) that the unit may take
 *  (preferred by it or by none) and that no earlier unfinished task overlaps. */
lv_draw_task_t * lv_draw_get_available_task(lv_layer_t * layer, lv_draw_task_t * t_prev, uint8_t draw_unit_id);
lv_draw_task_t * lv_draw_get_next_available_task(lv_layer_t * layer, lv_draw_task_t * t_prev, uint8_t draw_unit_id);
/** How many later unfinished tasks overlap t_check. */
uint32_t lv_draw_get_dependent_count(lv_draw_task_t * t_check);

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
