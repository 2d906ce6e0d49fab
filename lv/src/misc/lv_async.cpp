/**
 * @file lv_async.cpp
 * One-shot calls on the next lv_timer_handler run: a timer with period 0 and one repeat.
 * The pending call info is the timer's user data, so it stays reachable from the globals.
 */
#include "core/lv_global.h"

struct _lv_async_info_t {
    lv_async_cb_t cb;
    void * user_data;
};

namespace {

void async_timer_cb(lv_timer_t * timer)
{
    lv_async_info_t info = *static_cast<lv_async_info_t *>(timer->user_data);
    lv_free(timer->user_data);
    timer->user_data = nullptr;
    /* the timer deletes itself after this (repeat count 1, auto delete) */
    info.cb(info.user_data);
}

} // namespace

extern "C" {

lv_result_t lv_async_call(lv_async_cb_t async_xcb, void * user_data)
{
    if(!async_xcb) return LV_RESULT_INVALID;
    lv_async_info_t * info = static_cast<lv_async_info_t *>(lv_malloc(sizeof(lv_async_info_t)));
    if(!info) return LV_RESULT_INVALID;
    info->cb = async_xcb;
    info->user_data = user_data;
    lv_timer_t * timer = lv_timer_create(async_timer_cb, 0, info);
    if(!timer) {
        lv_free(info);
        return LV_RESULT_INVALID;
    }
    lv_timer_set_repeat_count(timer, 1);
    return LV_RESULT_OK;
}

lv_result_t lv_async_call_cancel(lv_async_cb_t async_xcb, void * user_data)
{
    lv_result_t res = LV_RESULT_INVALID;
    lv_timer_t * timer = lv_timer_get_next(nullptr);
    while(timer) {
        lv_timer_t * next = lv_timer_get_next(timer);
        lv_async_info_t * info = static_cast<lv_async_info_t *>(timer->user_data);
        if(timer->timer_cb == async_timer_cb && info && info->cb == async_xcb &&
           info->user_data == user_data) {
            lv_free(info);
            lv_timer_delete(timer);
            res = LV_RESULT_OK;
        }
        timer = next;
    }
    return res;
}

} // extern "C"
