/**
 * @file lv_timer.cpp
 * Timers in a singly linked list, newest first (as LVGL inserts at the head). When a timer
 * callback creates or deletes timers, the scan restarts from the head so no timer is run
 * through a dangling link.
 */
#include "core/lv_global.h"

namespace {

uint32_t time_remaining(const lv_timer_t * t)
{
    uint32_t elapsed = lv_tick_elaps(t->last_run);
    return elapsed >= t->period ? 0 : t->period - elapsed;
}

void unlink(lv_timer_t * timer)
{
    lv_timer_t ** link = &lv_global.timer_head;
    while(*link && *link != timer) link = &(*link)->next;
    if(*link) *link = timer->next;
}

/** Runs the timer if it is due; true if it ran. */
bool exec_timer(lv_timer_t * t)
{
    if(t->paused || time_remaining(t) != 0) return false;
    int32_t original_repeat = t->repeat_count;
    if(t->repeat_count > 0) t->repeat_count--;
    t->last_run = lv_tick_get();
    lv_global.timer_act = t;
    if(t->timer_cb && original_repeat != 0) t->timer_cb(t);
    bool deleted_itself = lv_global.timer_act == nullptr; /* lv_timer_delete clears it */
    lv_global.timer_act = nullptr;
    if(!deleted_itself && t->repeat_count == 0) {
        if(t->auto_delete) lv_timer_delete(t);
        else t->paused = 1;
    }
    return true;
}

} // namespace

extern "C" {

uint32_t lv_timer_handler(void)
{
    if(lv_global.timer_handler_running || !lv_global.timer_enabled) return 1;
    lv_global.timer_handler_running = true;
    uint32_t handler_start = lv_tick_get();

    bool restart;
    do {
        restart = false;
        lv_timer_t * t = lv_global.timer_head;
        while(t) {
            lv_global.timer_created = false;
            lv_global.timer_deleted = false;
            lv_timer_t * next = t->next;
            if(exec_timer(t) && (lv_global.timer_created || lv_global.timer_deleted)) {
                restart = true; /* the list changed under us: `next` may be gone */
                break;
            }
            t = next;
        }
    } while(restart);

    uint32_t until_next = LV_NO_TIMER_READY;
    for(lv_timer_t * t = lv_global.timer_head; t; t = t->next) {
        if(t->paused) continue;
        uint32_t r = time_remaining(t);
        if(r < until_next) until_next = r;
    }

    /* idle statistics: share of the last ~500 ms spent outside the handler */
    lv_global.timer_busy_time += lv_tick_elaps(handler_start);
    uint32_t period = lv_tick_elaps(lv_global.timer_idle_period_start);
    if(period >= 500) {
        lv_global.timer_idle_last = lv_global.timer_busy_time >= period ? 0 :
                                    100 - (lv_global.timer_busy_time * 100) / period;
        lv_global.timer_busy_time = 0;
        lv_global.timer_idle_period_start = lv_tick_get();
    }

    lv_global.timer_handler_running = false;
    return until_next;
}

uint32_t lv_task_handler(void) { return lv_timer_handler(); }

uint32_t lv_timer_handler_run_in_period(uint32_t period)
{
    if(period == 0 || lv_tick_elaps(lv_global.timer_last_handler_run) >= period) {
        lv_global.timer_last_handler_run = lv_tick_get();
        return lv_timer_handler();
    }
    return 1;
}

void lv_timer_periodic_handler(void) { lv_timer_handler(); }

void lv_timer_handler_set_resume_cb(lv_timer_handler_resume_cb_t cb, void * data)
{
    lv_global.resume_cb = cb;
    lv_global.resume_data = data;
}

lv_timer_t * lv_timer_create_basic(void) { return lv_timer_create(nullptr, 500, nullptr); }

lv_timer_t * lv_timer_create(lv_timer_cb_t timer_xcb, uint32_t period, void * user_data)
{
    lv_timer_t * t = static_cast<lv_timer_t *>(lv_malloc_zeroed(sizeof(lv_timer_t)));
    if(!t) return nullptr;
    t->period = period;
    t->timer_cb = timer_xcb;
    t->repeat_count = -1;
    t->auto_delete = 1;
    t->last_run = lv_tick_get();
    t->user_data = user_data;
    t->next = lv_global.timer_head;
    lv_global.timer_head = t;
    lv_global.timer_created = true;
    if(lv_global.resume_cb) lv_global.resume_cb(lv_global.resume_data);
    return t;
}

void lv_timer_delete(lv_timer_t * timer)
{
    if(!timer) return;
    unlink(timer);
    lv_global.timer_deleted = true;
    if(lv_global.timer_act == timer) lv_global.timer_act = nullptr;
    lv_free(timer);
}

void lv_timer_pause(lv_timer_t * timer) { timer->paused = 1; }

void lv_timer_resume(lv_timer_t * timer)
{
    timer->paused = 0;
    if(lv_global.resume_cb) lv_global.resume_cb(lv_global.resume_data);
}

void lv_timer_set_cb(lv_timer_t * timer, lv_timer_cb_t timer_cb) { timer->timer_cb = timer_cb; }
void lv_timer_set_period(lv_timer_t * timer, uint32_t period) { timer->period = period; }

void lv_timer_ready(lv_timer_t * timer)
{
    /* pretend the last run was a whole period ago */
    timer->last_run = lv_tick_get() - timer->period - 1;
}

void lv_timer_set_repeat_count(lv_timer_t * timer, int32_t repeat_count) { timer->repeat_count = repeat_count; }
void lv_timer_set_auto_delete(lv_timer_t * timer, bool auto_delete) { timer->auto_delete = auto_delete ? 1 : 0; }
void lv_timer_set_user_data(lv_timer_t * timer, void * user_data) { timer->user_data = user_data; }

void lv_timer_reset(lv_timer_t * timer)
{
    timer->last_run = lv_tick_get();
    if(lv_global.resume_cb) lv_global.resume_cb(lv_global.resume_data);
}

void lv_timer_enable(bool en)
{
    lv_global.timer_enabled = en;
    if(en && lv_global.resume_cb) lv_global.resume_cb(lv_global.resume_data);
}

uint32_t lv_timer_get_idle(void) { return lv_global.timer_idle_last; }

uint32_t lv_timer_get_time_until_next(void)
{
    uint32_t until_next = LV_NO_TIMER_READY;
    for(lv_timer_t * t = lv_global.timer_head; t; t = t->next) {
        if(t->paused) continue;
        uint32_t r = time_remaining(t);
        if(r < until_next) until_next = r;
    }
    return until_next;
}

lv_timer_t * lv_timer_get_next(lv_timer_t * timer) { return timer ? timer->next : lv_global.timer_head; }
void * lv_timer_get_user_data(lv_timer_t * timer) { return timer->user_data; }
bool lv_timer_get_paused(lv_timer_t * timer) { return timer->paused; }

} // extern "C"
