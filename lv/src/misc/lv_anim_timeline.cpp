/**
 * @file lv_anim_timeline.cpp
 * A timeline is driven by one animation of its own whose value is the time on the timeline;
 * each step sets every member animation to its state at that time (start value before it
 * begins, its path value while it runs, the end value after it).
 */
#include "core/lv_global.h"

namespace {

struct timeline_dsc_t {
    lv_anim_t anim;
    uint32_t start_time;
    uint8_t is_started : 1;
    uint8_t is_completed : 1;
};

} // namespace

struct _lv_anim_timeline_t {
    timeline_dsc_t * dsc;
    uint32_t dsc_cnt;
    uint32_t act_time;
    uint32_t repeat_count;
    uint32_t repeat_delay;
    bool reverse;
};

namespace {

void exec_member(lv_anim_t * a, int32_t v)
{
    if(a->current_value == v) return;
    a->current_value = v;
    if(a->exec_cb) a->exec_cb(a->var, v);
    if(a->custom_exec_cb) a->custom_exec_cb(a, v);
}

void set_act_time(lv_anim_timeline_t * at, int32_t t)
{
    at->act_time = static_cast<uint32_t>(t);
    for(uint32_t i = 0; i < at->dsc_cnt; i++) {
        timeline_dsc_t & d = at->dsc[i];
        lv_anim_t * a = &d.anim;
        int32_t start = static_cast<int32_t>(d.start_time);
        if(t < start) {
            if(a->early_apply) exec_member(a, a->start_value);
            d.is_started = 0;
            d.is_completed = 0;
        }
        else if(t <= start + a->duration) {
            if(!d.is_started) {
                d.is_started = 1;
                if(a->start_cb) a->start_cb(a);
            }
            a->act_time = t - start;
            exec_member(a, a->path_cb ? a->path_cb(a) : a->end_value);
            if(t == start + a->duration && !d.is_completed) {
                d.is_completed = 1;
                if(a->completed_cb) a->completed_cb(a);
            }
        }
        else {
            exec_member(a, a->end_value);
            if(!d.is_completed) {
                d.is_completed = 1;
                if(a->completed_cb) a->completed_cb(a);
            }
        }
    }
}

void timeline_exec_cb(lv_anim_t * a, int32_t v) { set_act_time(static_cast<lv_anim_timeline_t *>(a->var), v); }

} // namespace

extern "C" {

lv_anim_timeline_t * lv_anim_timeline_create(void)
{
    return static_cast<lv_anim_timeline_t *>(lv_malloc_zeroed(sizeof(lv_anim_timeline_t)));
}

void lv_anim_timeline_delete(lv_anim_timeline_t * at)
{
    if(!at) return;
    lv_anim_timeline_pause(at);
    lv_free(at->dsc);
    lv_free(at);
}

void lv_anim_timeline_add(lv_anim_timeline_t * at, uint32_t start_time, const lv_anim_t * a)
{
    if(!at || !a) return;
    timeline_dsc_t * arr = static_cast<timeline_dsc_t *>(lv_realloc(at->dsc, sizeof(timeline_dsc_t) * (at->dsc_cnt + 1)));
    if(!arr) return;
    at->dsc = arr;
    timeline_dsc_t & d = arr[at->dsc_cnt++];
    d.anim = *a;
    d.anim.current_value = INT32_MIN;
    d.start_time = start_time;
    d.is_started = 0;
    d.is_completed = 0;
    /* the timeline drives the members: they must not run on their own */
    if(a->var && a->exec_cb) lv_anim_delete(a->var, a->exec_cb);
}

uint32_t lv_anim_timeline_start(lv_anim_timeline_t * at)
{
    uint32_t playtime = lv_anim_timeline_get_playtime(at);
    uint32_t start = at->act_time;
    uint32_t end = at->reverse ? 0 : playtime;
    uint32_t duration = end > start ? end - start : start - end;
    if(!at->reverse && start >= playtime) {
        start = 0; /* finished: play again from the start */
        duration = playtime;
    }
    if(at->reverse && start == 0) {
        start = playtime;
        duration = playtime;
    }
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, at);
    lv_anim_set_custom_exec_cb(&a, timeline_exec_cb);
    lv_anim_set_values(&a, static_cast<int32_t>(start), static_cast<int32_t>(end));
    lv_anim_set_duration(&a, duration);
    lv_anim_set_path_cb(&a, lv_anim_path_linear);
    lv_anim_set_repeat_count(&a, at->repeat_count ? at->repeat_count : 1);
    lv_anim_set_repeat_delay(&a, at->repeat_delay);
    lv_anim_start(&a);
    return playtime;
}

void lv_anim_timeline_pause(lv_anim_timeline_t * at)
{
    /* only this timeline's driving animation */
    lv_anim_t key;
    lv_anim_init(&key);
    key.var = at;
    lv_anim_custom_delete(&key, timeline_exec_cb);
}

void lv_anim_timeline_set_reverse(lv_anim_timeline_t * at, bool reverse) { at->reverse = reverse; }
void lv_anim_timeline_set_repeat_count(lv_anim_timeline_t * at, uint32_t cnt) { at->repeat_count = cnt; }
void lv_anim_timeline_set_repeat_delay(lv_anim_timeline_t * at, uint32_t delay) { at->repeat_delay = delay; }

void lv_anim_timeline_set_progress(lv_anim_timeline_t * at, uint16_t progress)
{
    uint32_t playtime = lv_anim_timeline_get_playtime(at);
    set_act_time(at, static_cast<int32_t>((static_cast<uint64_t>(playtime) * progress) / LV_ANIM_TIMELINE_PROGRESS_MAX));
}

uint32_t lv_anim_timeline_get_playtime(lv_anim_timeline_t * at)
{
    if(!at) return 0;
    uint32_t playtime = 0;
    for(uint32_t i = 0; i < at->dsc_cnt; i++) {
        uint32_t end = at->dsc[i].start_time + static_cast<uint32_t>(at->dsc[i].anim.duration);
        if(end > playtime) playtime = end;
    }
    return playtime;
}

bool lv_anim_timeline_get_reverse(lv_anim_timeline_t * at) { return at->reverse; }

uint16_t lv_anim_timeline_get_progress(lv_anim_timeline_t * at)
{
    uint32_t playtime = lv_anim_timeline_get_playtime(at);
    if(playtime == 0) return 0;
    return static_cast<uint16_t>((static_cast<uint64_t>(at->act_time) * LV_ANIM_TIMELINE_PROGRESS_MAX) / playtime);
}

uint32_t lv_anim_timeline_get_repeat_count(lv_anim_timeline_t * at) { return at->repeat_count; }
uint32_t lv_anim_timeline_get_repeat_delay(lv_anim_timeline_t * at) { return at->repeat_delay; }

} // extern "C"
