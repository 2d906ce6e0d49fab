/**
 * @file lv_timer.h
 * Periodic callbacks run by lv_timer_handler, and one-shot async calls.
 */
#ifndef LV_TIMER_H
#define LV_TIMER_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_NO_TIMER_READY 0xFFFFFFFF

typedef void (*lv_timer_cb_t)(lv_timer_t *);
typedef void (*lv_timer_handler_resume_cb_t)(void * data);
typedef void (*lv_async_cb_t)(void *);

/** A timer; the fields are private, use the functions. */
struct _lv_timer_t {
    uint32_t period;
    uint32_t last_run;
    lv_timer_cb_t timer_cb;
    void * user_data;
    int32_t repeat_count; /**< -1: forever; otherwise runs left */
    uint32_t paused : 1;
    uint32_t auto_delete : 1;
    lv_timer_t * next; /* engine-internal list link */
};

/** Runs the timers that are due; returns the ms until the next one (LV_NO_TIMER_READY if none). */
uint32_t lv_timer_handler(void);
uint32_t lv_timer_handler_run_in_period(uint32_t period);
void lv_timer_periodic_handler(void);
void lv_timer_handler_set_resume_cb(lv_timer_handler_resume_cb_t cb, void * data);
/** Older name of lv_timer_handler. */
uint32_t lv_task_handler(void);

lv_timer_t * lv_timer_create_basic(void);
lv_timer_t * lv_timer_create(lv_timer_cb_t timer_xcb, uint32_t period, void * user_data);
void lv_timer_delete(lv_timer_t * timer);
void lv_timer_pause(lv_timer_t * timer);
void lv_timer_resume(lv_timer_t * timer);
void lv_timer_set_cb(lv_timer_t * timer, lv_timer_cb_t timer_cb);
void lv_timer_set_period(lv_timer_t * timer, uint32_t period);
/** Makes the timer run on the next lv_timer_handler call. */
void lv_timer_ready(lv_timer_t * timer);
/** -1: repeat forever; n: run n more times, then delete (or pause if auto delete is off). */
void lv_timer_set_repeat_count(lv_timer_t * timer, int32_t repeat_count);
void lv_timer_set_auto_delete(lv_timer_t * timer, bool auto_delete);
void lv_timer_set_user_data(lv_timer_t * timer, void * user_data);
/** Restarts the period from now. */
void lv_timer_reset(lv_timer_t * timer);
void lv_timer_enable(bool en);
uint32_t lv_timer_get_idle(void);
uint32_t lv_timer_get_time_until_next(void);
/**
 * The timer after `timer` in the list of timers.
 * @param timer a timer, NULL to get the first one
 * @return the next timer, NULL after the last
 */
lv_timer_t * lv_timer_get_next(lv_timer_t * timer);
void * lv_timer_get_user_data(lv_timer_t * timer);
bool lv_timer_get_paused(lv_timer_t * timer);

/** Calls async_xcb(user_data) once, on the next lv_timer_handler run. */
lv_result_t lv_async_call(lv_async_cb_t async_xcb, void * user_data);
/** Cancels a pending lv_async_call with the same callback and user data. */
lv_result_t lv_async_call_cancel(lv_async_cb_t async_xcb, void * user_data);

#ifdef __cplusplus
}
#endif

#endif
