/**
 * @file lv_snapshot.h
 * Renders an object (with its children) into a draw buffer of its own, off screen: for
 * screenshots, for caching a complex widget as an image, or for tests.
 */
#ifndef LV_SNAPSHOT_H
#define LV_SNAPSHOT_H

#include "lv_types.h"
#include "lv_draw_buf.h"
#include "lv_image_dsc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A new draw buffer holding the object as drawn now (its area grown by its extra draw
 *  size, e.g. shadows). Formats: RGB565, RGB888, XRGB8888, ARGB8888 (transparent where
 *  nothing is drawn). Free it with lv_draw_buf_destroy. NULL for another format or when out
 *  of memory. */
lv_draw_buf_t * lv_snapshot_take(lv_obj_t * obj, lv_color_format_t cf);

/** An empty draw buffer of the right size for a snapshot of obj (NULL when out of memory). */
lv_draw_buf_t * lv_snapshot_create_draw_buf(lv_obj_t * obj, lv_color_format_t cf);

/** Resizes draw_buf for a snapshot of obj in its current format; LV_RESULT_INVALID if its
 *  memory is too small. */
lv_result_t lv_snapshot_reshape_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf);

/** Draws obj into draw_buf, which must have format cf and obj's snapshot size or more. */
lv_result_t lv_snapshot_take_to_draw_buf(lv_obj_t * obj, lv_color_format_t cf, lv_draw_buf_t * draw_buf);

/** Deprecated forms kept for old scripts: free a snapshot taken with lv_snapshot_take, and
 *  take one into caller memory described by dsc. */
void lv_snapshot_free(lv_image_dsc_t * dsc);
lv_result_t lv_snapshot_take_to_buf(lv_obj_t * obj, lv_color_format_t cf, lv_image_dsc_t * dsc, void * buf,
                                    uint32_t buf_size);

#ifdef __cplusplus
}
#endif

#endif
