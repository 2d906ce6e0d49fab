/**
 * @file lv_os_none.cpp
 * LV_OS_NONE: one thread, so locking always succeeds at once and threads cannot be started.
 */
#include "lvgl.h"

namespace {

lv_result_t no_threads(const char * what)
{
    LV_LOG_WARN("%s: no thread support (LV_USE_OS is LV_OS_NONE)", what);
    return LV_RESULT_INVALID;
}

} // namespace

extern "C" {

lv_result_t lv_thread_init(lv_thread_t * thread, const char * const name, lv_thread_prio_t prio,
                           lv_thread_cb_t callback, size_t stack_size, void * user_data)
{
    LV_UNUSED(thread);
    LV_UNUSED(name);
    LV_UNUSED(prio);
    LV_UNUSED(callback);
    LV_UNUSED(stack_size);
    LV_UNUSED(user_data);
    return no_threads("lv_thread_init");
}

lv_result_t lv_thread_delete(lv_thread_t * thread)
{
    LV_UNUSED(thread);
    return no_threads("lv_thread_delete");
}

lv_result_t lv_mutex_init(lv_mutex_t * mutex)
{
    if(mutex) *mutex = 0;
    return LV_RESULT_OK;
}

lv_result_t lv_mutex_lock(lv_mutex_t * mutex)
{
    LV_UNUSED(mutex);
    return LV_RESULT_OK;
}

lv_result_t lv_mutex_lock_isr(lv_mutex_t * mutex)
{
    LV_UNUSED(mutex);
    return LV_RESULT_OK;
}

lv_result_t lv_mutex_unlock(lv_mutex_t * mutex)
{
    LV_UNUSED(mutex);
    return LV_RESULT_OK;
}

lv_result_t lv_mutex_delete(lv_mutex_t * mutex)
{
    LV_UNUSED(mutex);
    return LV_RESULT_OK;
}

lv_result_t lv_thread_sync_init(lv_thread_sync_t * sync)
{
    LV_UNUSED(sync);
    return no_threads("lv_thread_sync_init");
}

lv_result_t lv_thread_sync_wait(lv_thread_sync_t * sync)
{
    LV_UNUSED(sync);
    return no_threads("lv_thread_sync_wait");
}

lv_result_t lv_thread_sync_signal(lv_thread_sync_t * sync)
{
    LV_UNUSED(sync);
    return no_threads("lv_thread_sync_signal");
}

lv_result_t lv_thread_sync_signal_isr(lv_thread_sync_t * sync)
{
    LV_UNUSED(sync);
    return no_threads("lv_thread_sync_signal_isr");
}

lv_result_t lv_thread_sync_delete(lv_thread_sync_t * sync)
{
    LV_UNUSED(sync);
    return no_threads("lv_thread_sync_delete");
}

void lv_lock(void) {}

lv_result_t lv_lock_isr(void) { return LV_RESULT_OK; }

void lv_unlock(void) {}

uint32_t lv_os_get_idle_percent(void) { return lv_timer_get_idle(); }

} // extern "C"
