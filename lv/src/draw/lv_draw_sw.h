/**
 * @file lv_draw_sw.h
 * The software renderer's internal toolkit (not public API): blending spans of coverage
 * into a layer's buffer, and the rounded-rectangle coverage every shape is built from.
 */
#ifndef LV_DRAW_SW_H
#define LV_DRAW_SW_H

#include "lv_draw.h"
#include "lv_mem.h"
#include "../core/lv_obj_private.h" /* the object flag of task_wanted */

/* For hot loops the compiler handles better on their own than inlined into a big function
 * (register pressure, vectorisation): a hint only, without effect on the results. */
#if defined(__GNUC__)
#define LV_DRAW_SW_NOINLINE __attribute__((noinline))
#else
#define LV_DRAW_SW_NOINLINE
#endif

namespace lv_sw {

/** Where drawing goes: the layer's buffer, its clip area, and layer-wide opacity/recolor. */
struct Target {
    uint8_t * data = nullptr;
    uint32_t stride = 0;
    lv_color_format_t cf = LV_COLOR_FORMAT_UNKNOWN;
    lv_area_t buf_area{};  /**< screen area of data's first row/column */
    lv_area_t clip{};      /**< clip area in screen coordinates (inside buf_area) */
    lv_opa_t layer_opa = LV_OPA_COVER;
    lv_color32_t recolor{}; /**< alpha = recolor strength */
};

/** The target of a layer; false when there is nothing to draw into or the clip is empty. */
bool target_of(lv_layer_t * layer, Target * t);

/** Blends `len` pixels of one color at screen row y from column x. mask (may be NULL) holds
 *  the coverage of each pixel; opa scales everything. Clipped to t.clip. */
void blend_color(const Target & t, int32_t x, int32_t y, int32_t len, lv_color_t color, lv_opa_t opa,
                 const lv_opa_t * mask, lv_blend_mode_t mode = LV_BLEND_MODE_NORMAL);
/** Blends an area (screen coordinates) of one color; mask (may be NULL) holds the coverage
 *  of the area's pixels, rows mask_stride bytes apart. Clipped to t.clip. */
void blend_color_area(const Target & t, const lv_area_t & area, lv_color_t color, lv_opa_t opa,
                      const lv_opa_t * mask, int32_t mask_stride, lv_blend_mode_t mode = LV_BLEND_MODE_NORMAL);
/** Blends `len` straight-alpha pixels (px[i] at x + i). */
void blend_pixels(const Target & t, int32_t x, int32_t y, int32_t len, const lv_color32_t * px, lv_opa_t opa,
                  const lv_opa_t * mask, lv_blend_mode_t mode = LV_BLEND_MODE_NORMAL);
/** Fills an area (screen coordinates) with one color. */
void fill_area(const Target & t, const lv_area_t & area, lv_color_t color, lv_opa_t opa,
               lv_blend_mode_t mode = LV_BLEND_MODE_NORMAL);

/** A rectangle with rounded corners; the radius is clamped to half the shorter side. */
struct RoundRect {
    lv_area_t area{};
    int32_t radius = 0;
    /* the corner profile of the radius, remembered by round_rect_row between rows */
    mutable const void * profile = nullptr;
    mutable uint32_t profile_epoch = 0;
};
RoundRect make_round_rect(const lv_area_t & area, int32_t radius);

/** Columns x1..x2 (inclusive) of a row; empty when x1 > x2. */
struct Span {
    int32_t x1, x2;
};

/** Coverage (0..255) of the pixels x..x+len-1 of row y by the shape. Returns false when the
 *  whole span is uncovered (out is then untouched). `full` (optional) receives the columns
 *  of x..x+len-1 known to be fully covered, so that callers can fill them without a mask. */
bool round_rect_row(const RoundRect & rr, int32_t y, int32_t x, int32_t len, lv_opa_t * out,
                    Span * full = nullptr);
/** Blocks kept between draws (lv_draw_cache.cpp), found by a kind and a key of up to 32
 *  bytes; the least recently used block is replaced when the cache is full (so the block got
 *  or put last stays valid through the next cache_put). */
enum CacheKind : uint32_t { kCacheCornerProfile = 1, kCacheShadow = 2 };
/** The payload cached under the key, or NULL. */
void * cache_get(uint32_t kind, const void * key, size_t key_size);
/** A new payload of `size` bytes cached under the key (NULL when out of memory). */
void * cache_put(uint32_t kind, const void * key, size_t key_size, size_t size);
/** Changes whenever a block is freed: a pointer from cache_get/cache_put stays valid while
 *  the epoch it was got under lasts (0: no cache). */
uint32_t cache_epoch();
/** Frees every cached block (lv_deinit). */
void clear_cache();
/** True when row y of the shape is a plain full span x1..x2 (no corner in this row). */
bool round_rect_row_is_full(const RoundRect & rr, int32_t y);

/** Scratch memory for one row, freed when it goes out of scope. */
class RowBuf {
public:
    explicit RowBuf(size_t bytes);
    ~RowBuf();
    RowBuf(const RowBuf &) = delete;
    RowBuf & operator=(const RowBuf &) = delete;
    uint8_t * data() const { return data_; }
    bool ok() const { return data_ != nullptr; }

private:
    uint8_t * data_;
};

/** Color of a gradient at position pos of a run `range` long (straight alpha). */
lv_color32_t grad_color_at(const lv_grad_dsc_t & g, int32_t range, int32_t pos);

/** Pixels sx..sx+len-1 of row sy of an image (straight alpha; transparent outside it).
 *  False when the image cannot be read. */
bool image_row(const lv_image_dsc_t * img, int32_t sx, int32_t sy, int32_t len, lv_color32_t * out);

/** Opacity after applying a second opacity (LVGL's rounding: product >> 8, full stays full). */
inline lv_opa_t opa_mix(lv_opa_t a, lv_opa_t b)
{
    if(a >= LV_OPA_MAX) return b;
    if(b >= LV_OPA_MAX) return a;
    return (lv_opa_t)(((uint32_t)a * b) >> 8);
}

/* ---- draw tasks (lv_draw_task.cpp) ----
 * Each public lv_draw_* call first asks task_intercept whether the draw is to become a
 * task: when it belongs to an object with LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS, or it is made
 * by a DRAW_TASK_ADDED handler into the layer of the task being shown. Otherwise (the
 * normal path: one pointer test) it draws at once with the *_now function below. */

/** The layer of the task whose DRAW_TASK_ADDED handler is running (NULL: none). */
extern lv_layer_t * task_event_layer;
/** Takes the draw over (true) or lets the caller draw it now (false). */
bool task_take(lv_layer_t * layer, lv_draw_task_type_t type, const lv_draw_dsc_base_t * base, const lv_area_t * area);
/** Whether a draw with this descriptor base may become a task (a handler is drawing, or the
 *  object asks for task events). Every widget primitive passes here: inline, no call. */
inline bool task_wanted(const lv_draw_dsc_base_t * base)
{
    if(task_event_layer != nullptr) return true;
    return base->obj != nullptr && (base->obj->flags & LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS) != 0;
}
} // namespace lv_sw

/** Registers the software renderer as draw unit 1 / frees every unit (lv_draw_dispatch.cpp). */
void lv_draw_sw_unit_init(void);
void lv_draw_units_deinit(void);

namespace lv_sw {

/** Draws a task with the software renderer inside its clip area (state READY after). */
void run_task(lv_layer_t * layer, lv_draw_task_t * t);
/** Bytes of the descriptor of a task type (0: not a type this renderer draws). */
size_t task_dsc_size(lv_draw_task_type_t type);
/** Sets t->_real_area from its area and descriptor (a shadow reaches further). */
void task_set_real_area(lv_draw_task_t * t);
inline bool task_intercept(lv_layer_t * layer, lv_draw_task_type_t type, const lv_draw_dsc_base_t * base,
                           const lv_area_t * area)
{
    return task_wanted(base) && task_take(layer, type, base, area);
}

/* The drawing itself, without the task check. */
void fill_now(lv_layer_t * layer, const lv_draw_fill_dsc_t * dsc, const lv_area_t * coords);
void border_now(lv_layer_t * layer, const lv_draw_border_dsc_t * dsc, const lv_area_t * coords);
void box_shadow_now(lv_layer_t * layer, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords);
void label_now(lv_layer_t * layer, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords);
void letter_now(lv_layer_t * layer, const lv_draw_letter_dsc_t * dsc, const lv_point_t * point);
void image_now(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords);
void line_now(lv_layer_t * layer, const lv_draw_line_dsc_t * dsc);
void arc_now(lv_layer_t * layer, const lv_draw_arc_dsc_t * dsc);
void triangle_now(lv_layer_t * layer, const lv_draw_triangle_dsc_t * dsc);

} // namespace lv_sw

#endif
