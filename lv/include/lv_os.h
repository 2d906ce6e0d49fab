/**
 * @file lv_os.h
 * The operating-system layer with LV_USE_OS == LV_OS_NONE: the engine runs in one thread, so
 * mutexes (and lv_lock) always succeed without blocking, and threads and thread syncs cannot
 * be made (their functions log a warning and return LV_RESULT_INVALID).
 */
#ifndef LV_OS_H
#define LV_OS_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_OS_NONE 0
#define LV_OS_PTHREAD 1
#define LV_OS_FREERTOS 2
#define LV_OS_CMSIS_RTOS2 3
#define LV_OS_RTTHREAD 4
#define LV_OS_WINDOWS 5
#define LV_OS_MQX 6
#define LV_OS_SDL2 7
#define LV_OS_CUSTOM 255
/* LV_USE_OS (lv_conf.h) is LV_OS_NONE: what this file implements. */

typedef enum {
    LV_THREAD_PRIO_LOWEST,
    LV_THREAD_PRIO_LOW,
    LV_THREAD_PRIO_MID,
    LV_THREAD_PRIO_HIGH,
    LV_THREAD_PRIO_HIGHEST,
} lv_thread_prio_t;

/* Without an OS these hold nothing. */
typedef int lv_mutex_t;
typedef int lv_thread_t;
typedef int lv_thread_sync_t;

/** The function a thread runs, given the user_data of lv_thread_init. */
typedef void (*lv_thread_cb_t)(void * user_data);

lv_result_t lv_thread_init(lv_thread_t * thread, const char * const name, lv_thread_prio_t prio,
                           lv_thread_cb_t callback, size_t stack_size, void * user_data);
lv_result_t lv_thread_delete(lv_thread_t * thread);
lv_result_t lv_mutex_init(lv_mutex_t * mutex);
lv_result_t lv_mutex_lock(lv_mutex_t * mutex);
lv_result_t lv_mutex_lock_isr(lv_mutex_t * mutex);
lv_result_t lv_mutex_unlock(lv_mutex_t * mutex);
lv_result_t lv_mutex_delete(lv_mutex_t * mutex);
lv_result_t lv_thread_sync_init(lv_thread_sync_t * sync);
lv_result_t lv_thread_sync_wait(lv_thread_sync_t * sync);
lv_result_t lv_thread_sync_signal(lv_thread_sync_t * sync);
lv_result_t lv_thread_sync_signal_isr(lv_thread_sync_t * sync);
lv_result_t lv_thread_sync_delete(lv_thread_sync_t * sync);

/** Takes the engine's lock (what other threads do before calling the engine). */
void lv_lock(void);
/** lv_lock from an interrupt: LV_RESULT_OK when the lock was taken. */
lv_result_t lv_lock_isr(void);
void lv_unlock(void);

/** How much of the time the engine was idle, in percent (the timer handler's measure). */
uint32_t lv_os_get_idle_percent(void);

#ifdef __cplusplus
}
#endif

#endif
