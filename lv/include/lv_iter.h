/**
 * @file lv_iter.h
 * A generic iterator: `next_cb` produces the elements of `instance` one by one, keeping its
 * position in a context block the iterator owns. A peekable iterator can look ahead.
 */
#ifndef LV_ITER_H
#define LV_ITER_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _lv_iter_t lv_iter_t;

/** Writes the next element of `instance` to `elem`; LV_RESULT_INVALID at the end. */
typedef lv_result_t (*lv_iter_next_cb)(void * instance, void * context, void * elem);
typedef void (*lv_iter_inspect_cb)(void * elem);

/** An iterator over `instance` with elements of `elem_size` bytes and a zeroed context of
 *  `context_size` bytes for `next_cb`. */
lv_iter_t * lv_iter_create(void * instance, uint32_t elem_size, uint32_t context_size, lv_iter_next_cb next_cb);
void * lv_iter_get_context(const lv_iter_t * iter);
void lv_iter_destroy(lv_iter_t * iter);
/** The next element into `elem`; LV_RESULT_INVALID when there is none. */
lv_result_t lv_iter_next(lv_iter_t * iter, void * elem);
/** Lets the iterator look up to `capacity` elements ahead. */
void lv_iter_make_peekable(lv_iter_t * iter, uint32_t capacity);
/** The element at the peek position, without consuming it. */
lv_result_t lv_iter_peek(lv_iter_t * iter, void * elem);
/** Moves the peek position one element further. */
lv_result_t lv_iter_peek_advance(lv_iter_t * iter);
/** Moves the peek position back to the next element. */
lv_result_t lv_iter_peek_reset(lv_iter_t * iter);
/** Calls `inspect_cb` on each remaining element. */
void lv_iter_inspect(lv_iter_t * iter, lv_iter_inspect_cb inspect_cb);

#ifdef __cplusplus
}
#endif

#endif
