/**
 * @file lv_circle_buf.h
 * A ring buffer (FIFO) of fixed-size elements over an lv_array_t's storage.
 */
#ifndef LV_CIRCLE_BUF_H
#define LV_CIRCLE_BUF_H

#include "lv_array.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _lv_circle_buf_t lv_circle_buf_t;

/** Fills the element at `buf` (`buff_len` bytes), the `index`-th of this fill; false stops. */
typedef bool (*lv_circle_buf_fill_cb_t)(void * buf, uint32_t buff_len, int32_t index, void * user_data);

lv_circle_buf_t * lv_circle_buf_create(uint32_t capacity, uint32_t element_size);
/** A ring buffer over the caller's `buf` of `capacity` elements (it cannot be resized). */
lv_circle_buf_t * lv_circle_buf_create_from_buf(void * buf, uint32_t capacity, uint32_t element_size);
/** A ring buffer over the storage of `array` (its capacity, not copied). */
lv_circle_buf_t * lv_circle_buf_create_from_array(const lv_array_t * array);
/** Changes the capacity of an own-storage buffer, keeping the oldest elements that fit. */
lv_result_t lv_circle_buf_resize(lv_circle_buf_t * circle_buf, uint32_t capacity);
void lv_circle_buf_destroy(lv_circle_buf_t * circle_buf);
/** Elements stored. */
uint32_t lv_circle_buf_size(const lv_circle_buf_t * circle_buf);
uint32_t lv_circle_buf_capacity(const lv_circle_buf_t * circle_buf);
/** Free places. */
uint32_t lv_circle_buf_remain(const lv_circle_buf_t * circle_buf);
bool lv_circle_buf_is_empty(const lv_circle_buf_t * circle_buf);
bool lv_circle_buf_is_full(const lv_circle_buf_t * circle_buf);
/** Empties the buffer. */
void lv_circle_buf_reset(lv_circle_buf_t * circle_buf);
/** The slot read next (the oldest element). */
void * lv_circle_buf_head(const lv_circle_buf_t * circle_buf);
/** The slot written next. */
void * lv_circle_buf_tail(const lv_circle_buf_t * circle_buf);
/** Takes the oldest element into `data` (which may be NULL). */
lv_result_t lv_circle_buf_read(lv_circle_buf_t * circle_buf, void * data);
lv_result_t lv_circle_buf_write(lv_circle_buf_t * circle_buf, const void * data);
/** Writes up to `count` elements made by `fill_cb` in place; returns how many were written. */
uint32_t lv_circle_buf_fill(lv_circle_buf_t * circle_buf, uint32_t count, lv_circle_buf_fill_cb_t fill_cb,
                            void * user_data);
/** Drops the oldest element. */
lv_result_t lv_circle_buf_skip(lv_circle_buf_t * circle_buf);
/** Copies the oldest element without taking it. */
lv_result_t lv_circle_buf_peek(const lv_circle_buf_t * circle_buf, void * data);
/** Copies the `index`-th oldest element without taking it. */
lv_result_t lv_circle_buf_peek_at(const lv_circle_buf_t * circle_buf, uint32_t index, void * data);

#ifdef __cplusplus
}
#endif

#endif
