/**
 * @file lv_tick.h
 * The engine's millisecond clock: advanced with lv_tick_inc or read from a callback.
 */
#ifndef LV_TICK_H
#define LV_TICK_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t (*lv_tick_get_cb_t)(void);
typedef void (*lv_delay_cb_t)(uint32_t ms);

/** Advances the clock by tick_period milliseconds (call it from a periodic interrupt). */
void lv_tick_inc(uint32_t tick_period);
/** Milliseconds since lv_init (or the value of the tick callback). */
uint32_t lv_tick_get(void);
/** Milliseconds elapsed since prev_tick, wrap-around safe. */
uint32_t lv_tick_elaps(uint32_t prev_tick);
/** Delays by busy-waiting on the tick or by the delay callback. */
void lv_delay_ms(uint32_t ms);
/** Reads the time from cb instead of the lv_tick_inc counter; NULL restores the counter. */
void lv_tick_set_cb(lv_tick_get_cb_t cb);
void lv_delay_set_cb(lv_delay_cb_t cb);

#ifdef __cplusplus
}
#endif

#endif
