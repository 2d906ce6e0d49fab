/**
 * @file lv_anim.cpp
 * Running animations are heap copies in a list (newest first) stepped by one timer with
 * the display refresh period. Each animation remembers when it last advanced, so one
 * started inside another's callback is not advanced twice in the same round.
 */
#include "core/lv_global.h"
#include "core/lv_draw_deps.h"

namespace {

void anim_timer_cb(lv_timer_t * timer);

void mark_list_changed()
{
    lv_global.anim_list_changed = true;
    if(!lv_global.anim_timer) return;
    if(lv_global.anim_head == nullptr) lv_timer_pause(lv_global.anim_timer);
    else lv_timer_resume(lv_global.anim_timer);
}

void unlink_anim(lv_anim_t * a)
{
    lv_anim_t ** link = &lv_global.anim_head;
    while(*link && *link != a) link = &(*link)->_next;
    if(*link) *link = a->_next;
}

void free_anim(lv_anim_t * a)
{
    unlink_anim(a);
    mark_list_changed();
    if(a->deleted_cb) a->deleted_cb(a);
    lv_free(a);
}

void apply_value(lv_anim_t * a, int32_t v)
{
    if(a->exec_cb) a->exec_cb(a->var, v);
    if(a->custom_exec_cb) a->custom_exec_cb(a, v);
}

/** Called when act_time reached the duration: repeat, reverse or finish. */
void on_round_complete(lv_anim_t * a)
{
    if(!a->reverse_play_in_progress && a->repeat_cnt > 0 && a->repeat_cnt != LV_ANIM_REPEAT_INFINITE) {
        a->repeat_cnt--;
    }
    if(a->repeat_cnt == 0 && (a->reverse_duration == 0 || a->reverse_play_in_progress)) {
        unlink_anim(a);
        mark_list_changed();
        if(a->completed_cb) a->completed_cb(a);
        if(a->deleted_cb) a->deleted_cb(a);
        lv_free(a);
        return;
    }
    a->act_time = -static_cast<int32_t>(a->repeat_delay);
    if(a->reverse_duration != 0) {
        if(!a->reverse_play_in_progress) a->act_time = -static_cast<int32_t>(a->reverse_delay);
        a->reverse_play_in_progress = !a->reverse_play_in_progress;
        int32_t tmp = a->start_value;
        a->start_value = a->end_value;
        a->end_value = tmp;
        uint32_t dur = static_cast<uint32_t>(a->duration);
        a->duration = static_cast<int32_t>(a->reverse_duration);
        a->reverse_duration = dur;
    }
}

void step_anim(lv_anim_t * a)
{
    if(a->act_time < 0) return;
    if(!a->start_cb_called) {
        a->start_cb_called = 1;
        if(a->get_value_cb) {
            int32_t shift = a->get_value_cb(a) - a->start_value;
            a->start_value += shift;
            a->end_value += shift;
        }
        if(a->start_cb) a->start_cb(a);
    }
    int32_t real_time = a->act_time;
    if(a->act_time > a->duration) a->act_time = a->duration; /* paths expect act_time <= duration */
    int32_t v = a->path_cb ? a->path_cb(a) : a->end_value;
    a->act_time = real_time;
    if(v != a->current_value) {
        a->current_value = v;
        apply_value(a, v);
    }
    if(a->act_time >= a->duration) on_round_complete(a);
}

void anim_timer_cb(lv_timer_t * timer)
{
    LV_UNUSED(timer);
    lv_global.anim_run_round = !lv_global.anim_run_round;
    lv_anim_t * a = lv_global.anim_head;
    while(a) {
        lv_anim_t * next = a->_next;
        lv_global.anim_list_changed = false;
        if(a->run_round != lv_global.anim_run_round) {
            a->run_round = lv_global.anim_run_round;
            if(a->is_paused) {
                if(a->pause_duration != LV_ANIM_PLAYTIME_INFINITE &&
                   lv_tick_elaps(a->pause_time) >= a->pause_duration) {
                    a->is_paused = 0;
                    a->last_timer_run = lv_tick_get();
                }
            }
            else {
                uint32_t elapsed = lv_tick_elaps(a->last_timer_run);
                a->last_timer_run = lv_tick_get();
                a->act_time += static_cast<int32_t>(elapsed);
                step_anim(a);
            }
        }
        /* callbacks may have deleted or added animations: start over from the head */
        a = lv_global.anim_list_changed ? lv_global.anim_head : next;
    }
}

bool custom_matches(const lv_anim_t * a, void * var, lv_anim_exec_xcb_t exec_cb)
{
    return a->var == var && (exec_cb == nullptr || a->exec_cb == exec_cb);
}

int32_t path_bezier(const lv_anim_t * a, int32_t x1, int32_t y1, int32_t x2, int32_t y2)
{
    int32_t t = lv_map(a->act_time, 0, a->duration, 0, LV_BEZIER_VAL_MAX);
    int32_t step = lv_cubic_bezier(t, x1, y1, x2, y2);
    int32_t v = (step * (a->end_value - a->start_value)) >> LV_BEZIER_VAL_SHIFT;
    return v + a->start_value;
}

#define BEZIER_VAL(f) static_cast<int32_t>((f) * LV_BEZIER_VAL_MAX)

} // namespace

extern "C" {

void lv_anim_core_init(void)
{
    lv_global.anim_head = nullptr;
    lv_global.anim_timer = lv_timer_create(anim_timer_cb, LV_DEF_REFR_PERIOD, nullptr);
    mark_list_changed(); /* pauses the timer while nothing runs */
}

void lv_anim_core_deinit(void)
{
    while(lv_global.anim_head) {
        lv_anim_t * a = lv_global.anim_head;
        lv_global.anim_head = a->_next;
        lv_free(a);
    }
    if(lv_global.anim_timer) lv_timer_delete(lv_global.anim_timer);
    lv_global.anim_timer = nullptr;
}

void lv_anim_init(lv_anim_t * a)
{
    lv_memzero(a, sizeof(*a));
    a->duration = 500;
    a->start_value = 0;
    a->end_value = 100;
    a->repeat_cnt = 1;
    a->path_cb = lv_anim_path_linear;
    a->early_apply = 1;
}

void lv_anim_set_var(lv_anim_t * a, void * var) { a->var = var; }
void lv_anim_set_exec_cb(lv_anim_t * a, lv_anim_exec_xcb_t exec_cb) { a->exec_cb = exec_cb; }
void lv_anim_set_duration(lv_anim_t * a, uint32_t duration) { a->duration = static_cast<int32_t>(duration); }
void lv_anim_set_delay(lv_anim_t * a, uint32_t delay) { a->act_time = -static_cast<int32_t>(delay); }

void lv_anim_pause(lv_anim_t * a) { lv_anim_pause_for(a, LV_ANIM_PLAYTIME_INFINITE); }

void lv_anim_pause_for(lv_anim_t * a, uint32_t ms)
{
    a->is_paused = 1;
    a->pause_time = lv_tick_get();
    a->pause_duration = ms;
}

void lv_anim_resume(lv_anim_t * a)
{
    a->is_paused = 0;
    a->pause_duration = 0;
    a->last_timer_run = lv_tick_get();
}

bool lv_anim_is_paused(lv_anim_t * a) { return a->is_paused; }

void lv_anim_set_values(lv_anim_t * a, int32_t start, int32_t end)
{
    a->start_value = start;
    a->current_value = INT32_MIN; /* so the first step always applies */
    a->end_value = end;
}

void lv_anim_set_custom_exec_cb(lv_anim_t * a, lv_anim_custom_exec_cb_t exec_cb) { a->custom_exec_cb = exec_cb; }
void lv_anim_set_path_cb(lv_anim_t * a, lv_anim_path_cb_t path_cb) { a->path_cb = path_cb; }
void lv_anim_set_start_cb(lv_anim_t * a, lv_anim_start_cb_t start_cb) { a->start_cb = start_cb; }
void lv_anim_set_get_value_cb(lv_anim_t * a, lv_anim_get_value_cb_t get_value_cb) { a->get_value_cb = get_value_cb; }
void lv_anim_set_completed_cb(lv_anim_t * a, lv_anim_completed_cb_t completed_cb) { a->completed_cb = completed_cb; }
void lv_anim_set_deleted_cb(lv_anim_t * a, lv_anim_deleted_cb_t deleted_cb) { a->deleted_cb = deleted_cb; }
void lv_anim_set_reverse_duration(lv_anim_t * a, uint32_t duration) { a->reverse_duration = duration; }
void lv_anim_set_reverse_time(lv_anim_t * a, uint32_t duration) { a->reverse_duration = duration; }
void lv_anim_set_reverse_delay(lv_anim_t * a, uint32_t delay) { a->reverse_delay = delay; }
void lv_anim_set_repeat_count(lv_anim_t * a, uint32_t cnt) { a->repeat_cnt = cnt; }
void lv_anim_set_repeat_delay(lv_anim_t * a, uint32_t delay) { a->repeat_delay = delay; }
void lv_anim_set_early_apply(lv_anim_t * a, bool en) { a->early_apply = en ? 1 : 0; }
void lv_anim_set_user_data(lv_anim_t * a, void * user_data) { a->user_data = user_data; }

void lv_anim_set_bezier3_param(lv_anim_t * a, int16_t x1, int16_t y1, int16_t x2, int16_t y2)
{
    a->parameter.bezier3.x1 = x1;
    a->parameter.bezier3.y1 = y1;
    a->parameter.bezier3.x2 = x2;
    a->parameter.bezier3.y2 = y2;
}

lv_anim_t * lv_anim_start(const lv_anim_t * a)
{
    if(!a) return nullptr;
    /* a new animation of the same variable and setter replaces the running one */
    if(a->exec_cb) lv_anim_delete(a->var, a->exec_cb);
    lv_anim_t * n = static_cast<lv_anim_t *>(lv_malloc(sizeof(lv_anim_t)));
    if(!n) return nullptr;
    lv_memcpy(n, a, sizeof(lv_anim_t));
    if(a->var == a) n->var = n; /* the animation animates itself */
    /* durations given as speeds become times from the distance */
    n->duration = static_cast<int32_t>(lv_anim_resolve_speed(static_cast<uint32_t>(n->duration), n->start_value, n->end_value));
    n->reverse_duration = lv_anim_resolve_speed(n->reverse_duration, n->start_value, n->end_value);
    n->run_round = lv_global.anim_run_round;
    n->last_timer_run = lv_tick_get();
    n->start_cb_called = 0;
    n->reverse_play_in_progress = 0;
    n->is_paused = 0;

    if(n->early_apply) {
        if(n->get_value_cb) {
            int32_t shift = n->get_value_cb(n) - n->start_value;
            n->start_value += shift;
            n->end_value += shift;
        }
        apply_value(n, n->start_value);
        n->current_value = n->start_value;
    }
    n->_next = lv_global.anim_head;
    lv_global.anim_head = n;
    mark_list_changed();
    return n;
}

uint32_t lv_anim_get_delay(const lv_anim_t * a) { return a->act_time < 0 ? static_cast<uint32_t>(-a->act_time) : 0; }

uint32_t lv_anim_get_playtime(const lv_anim_t * a)
{
    if(a->repeat_cnt == LV_ANIM_REPEAT_INFINITE) return LV_ANIM_PLAYTIME_INFINITE;
    uint32_t one_round = static_cast<uint32_t>(a->duration) + a->reverse_delay + a->reverse_duration;
    return one_round * a->repeat_cnt + a->repeat_delay * (a->repeat_cnt ? a->repeat_cnt - 1 : 0);
}

uint32_t lv_anim_get_time(const lv_anim_t * a) { return static_cast<uint32_t>(a->duration); }
uint32_t lv_anim_get_repeat_count(const lv_anim_t * a) { return a->repeat_cnt; }
void * lv_anim_get_user_data(const lv_anim_t * a) { return a->user_data; }

bool lv_anim_delete(void * var, lv_anim_exec_xcb_t exec_cb)
{
    bool deleted = false;
    lv_anim_t * a = lv_global.anim_head;
    while(a) {
        lv_anim_t * next = a->_next;
        if(custom_matches(a, var, exec_cb)) {
            free_anim(a);
            deleted = true;
        }
        a = next;
    }
    return deleted;
}

void lv_anim_delete_all(void)
{
    while(lv_global.anim_head) free_anim(lv_global.anim_head);
}

lv_anim_t * lv_anim_get(void * var, lv_anim_exec_xcb_t exec_cb)
{
    for(lv_anim_t * a = lv_global.anim_head; a; a = a->_next) {
        if(custom_matches(a, var, exec_cb)) return a;
    }
    return nullptr;
}

lv_timer_t * lv_anim_get_timer(void) { return lv_global.anim_timer; }

bool lv_anim_custom_delete(lv_anim_t * a, lv_anim_custom_exec_cb_t exec_cb)
{
    bool deleted = false;
    lv_anim_t * it = lv_global.anim_head;
    while(it) {
        lv_anim_t * next = it->_next;
        if((a == nullptr || it->var == a->var) && (exec_cb == nullptr || it->custom_exec_cb == exec_cb)) {
            free_anim(it);
            deleted = true;
        }
        it = next;
    }
    return deleted;
}

lv_anim_t * lv_anim_custom_get(lv_anim_t * a, lv_anim_custom_exec_cb_t exec_cb)
{
    for(lv_anim_t * it = lv_global.anim_head; it; it = it->_next) {
        if((a == nullptr || it->var == a->var) && (exec_cb == nullptr || it->custom_exec_cb == exec_cb)) return it;
    }
    return nullptr;
}

uint16_t lv_anim_count_running(void)
{
    uint16_t n = 0;
    for(lv_anim_t * a = lv_global.anim_head; a; a = a->_next) n++;
    return n;
}

/* A clamped speed is packed into a time value: bit 31 set, bits 0..9 the speed in 10 units
 * per second, bits 10..19 and 20..29 the min and max times in 10 ms units. Plain times have
 * bit 31 clear; lv_anim_start turns a packed speed into a time from the distance. */
uint32_t lv_anim_speed(uint32_t speed) { return speed & 0xFFFFF; }

uint32_t lv_anim_speed_clamped(uint32_t speed, uint32_t min_time, uint32_t max_time)
{
    if(speed > 10000) speed = 10000;
    if(min_time > 10000) min_time = 10000;
    if(max_time > 10000) max_time = 10000;
    return 0x80000000u | ((max_time / 10) << 20) | ((min_time / 10) << 10) | (speed / 10);
}

uint32_t lv_anim_resolve_speed(uint32_t speed, int32_t start, int32_t end)
{
    if((speed & 0x80000000u) == 0) return speed; /* a plain time */
    uint32_t d = static_cast<uint32_t>(LV_ABS(end - start));
    uint32_t s = speed & 0x3FF;
    uint32_t min_time = ((speed >> 10) & 0x3FF) * 10;
    uint32_t max_time = ((speed >> 20) & 0x3FF) * 10;
    uint32_t t = s ? (d * 100) / s : max_time;
    return LV_CLAMP(min_time, t, max_time);
}

uint32_t lv_anim_speed_to_time(uint32_t speed, int32_t start, int32_t end)
{
    uint32_t d = static_cast<uint32_t>(LV_ABS(end - start));
    uint32_t t = speed ? (d * 1000) / speed : 0;
    return t ? t : 1;
}

void lv_anim_refr_now(void) { anim_timer_cb(nullptr); }

int32_t lv_anim_path_linear(const lv_anim_t * a)
{
    int32_t step = lv_map(a->act_time, 0, a->duration, 0, LV_ANIM_RESOLUTION);
    int32_t v = (step * (a->end_value - a->start_value)) >> LV_ANIM_RES_SHIFT;
    return v + a->start_value;
}

int32_t lv_anim_path_ease_in(const lv_anim_t * a)
{
    return path_bezier(a, BEZIER_VAL(0.42), BEZIER_VAL(0), BEZIER_VAL(1), BEZIER_VAL(1));
}

int32_t lv_anim_path_ease_out(const lv_anim_t * a)
{
    return path_bezier(a, BEZIER_VAL(0), BEZIER_VAL(0), BEZIER_VAL(0.58), BEZIER_VAL(1));
}

int32_t lv_anim_path_ease_in_out(const lv_anim_t * a)
{
    return path_bezier(a, BEZIER_VAL(0.42), BEZIER_VAL(0), BEZIER_VAL(0.58), BEZIER_VAL(1));
}

int32_t lv_anim_path_overshoot(const lv_anim_t * a) { return path_bezier(a, 341, 0, 683, 1300); }

int32_t lv_anim_path_bounce(const lv_anim_t * a)
{
    /* five segments of decreasing height: a fall, then four bounces */
    int32_t t = lv_map(a->act_time, 0, a->duration, 0, LV_BEZIER_VAL_MAX);
    int32_t diff = a->end_value - a->start_value;
    if(t < 408) {
        t = (t * 2500) >> LV_BEZIER_VAL_SHIFT;
    }
    else if(t < 614) {
        t -= 408;
        t = t * 5;
        t = LV_BEZIER_VAL_MAX - t;
        diff /= 20;
    }
    else if(t < 819) {
        t -= 614;
        t = t * 5;
        diff /= 20;
    }
    else if(t < 921) {
        t -= 819;
        t = t * 10;
        t = LV_BEZIER_VAL_MAX - t;
        diff /= 40;
    }
    else {
        /* the last part includes the very end: the original stops 1/40 of the way short of
         * the end value there, and so do we */
        t -= 921;
        t = t * 10;
        diff /= 40;
    }
    if(t > LV_BEZIER_VAL_MAX) t = LV_BEZIER_VAL_MAX;
    if(t < 0) t = 0;
    int32_t step = lv_bezier3(t, LV_BEZIER_VAL_MAX, 800, 500, 0);
    int32_t v = (step * diff) >> LV_BEZIER_VAL_SHIFT;
    return a->end_value - v;
}

int32_t lv_anim_path_step(const lv_anim_t * a)
{
    return a->act_time >= a->duration ? a->end_value : a->start_value;
}

int32_t lv_anim_path_custom_bezier3(const lv_anim_t * a)
{
    const lv_anim_bezier3_para_t * p = &a->parameter.bezier3;
    return path_bezier(a, p->x1, p->y1, p->x2, p->y2);
}

} // extern "C"
