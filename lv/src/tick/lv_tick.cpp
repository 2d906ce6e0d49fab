/**
 * @file lv_tick.cpp
 * The engine clock. lv_tick_inc may run in an interrupt: lv_tick_get re-reads until no
 * increment happened in between.
 */
#include "core/lv_global.h"

extern "C" {

void lv_tick_inc(uint32_t tick_period)
{
    lv_global.sys_irq_flag = 0;
    lv_global.sys_time = lv_global.sys_time + tick_period;
}

uint32_t lv_tick_get(void)
{
    if(lv_global.tick_get_cb) return lv_global.tick_get_cb();
    uint32_t result;
    do {
        lv_global.sys_irq_flag = 1;
        result = lv_global.sys_time;
    } while(!lv_global.sys_irq_flag);
    return result;
}

uint32_t lv_tick_elaps(uint32_t prev_tick)
{
    /* unsigned subtraction handles the wrap-around */
    return lv_tick_get() - prev_tick;
}

void lv_delay_ms(uint32_t ms)
{
    if(lv_global.delay_cb) {
        lv_global.delay_cb(ms);
        return;
    }
    uint32_t start = lv_tick_get();
    while(lv_tick_elaps(start) < ms) {
        /* only meaningful with a tick callback or an interrupt-driven lv_tick_inc */
        if(!lv_global.tick_get_cb) break;
    }
}

void lv_tick_set_cb(lv_tick_get_cb_t cb) { lv_global.tick_get_cb = cb; }
void lv_delay_set_cb(lv_delay_cb_t cb) { lv_global.delay_cb = cb; }

} // extern "C"
