/**
 * @file lv_indev_script.cpp
 * The scripted indev: a growing array of steps in the indev's driver data, consumed by the
 * read callback as the tick reaches each step's time. Every allocation is reachable from
 * the indev (driver data -> steps), as the engine's heap requires.
 */
#include "lv_indev_script.h"

namespace {

enum StepKind : uint8_t { PRESS, MOVE, RELEASE, KEY, TURN };

struct Step {
    StepKind kind;
    uint32_t delay_ms;
    lv_point_t point; /* PRESS, MOVE */
    uint32_t key;     /* KEY */
    int32_t turn;     /* TURN */
};

struct Script {
    Step * steps;
    uint32_t count;    /* queued, including performed ones before `next` */
    uint32_t capacity;
    uint32_t next;     /* the first step not performed */
    uint32_t last_time; /* when the previous step ran (or the first one was queued) */
    lv_point_t point;
    lv_indev_state_t state;
    uint32_t key_down;  /* a key reported pressed whose release comes next */
    bool key_pressed;
};

Script * script_of(const lv_indev_t * indev)
{
    return static_cast<Script *>(lv_indev_get_driver_data(const_cast<lv_indev_t *>(indev)));
}

bool push(lv_indev_t * indev, const Step & step)
{
    Script * s = indev ? script_of(indev) : nullptr;
    if(!s) return false;
    if(s->next == s->count) {
        /* the queue ran out: restart it, and time the new first step from now */
        s->count = 0;
        s->next = 0;
        s->last_time = lv_tick_get();
    }
    if(s->count == s->capacity) {
        uint32_t cap = s->capacity ? s->capacity * 2 : 16;
        Step * grown = static_cast<Step *>(lv_realloc(s->steps, cap * sizeof(Step)));
        if(!grown) return false;
        s->steps = grown;
        s->capacity = cap;
    }
    s->steps[s->count++] = step;
    return true;
}

bool push_pointer(lv_indev_t * indev, StepKind kind, int32_t x, int32_t y, uint32_t delay_ms)
{
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_POINTER) return false;
    Step step = {};
    step.kind = kind;
    step.delay_ms = delay_ms;
    step.point = {x, y};
    return push(indev, step);
}

/** Performs due steps one at a time: each read reports one state, and asks to be read
 *  again at once when the next step is due too. */
void read_cb(lv_indev_t * indev, lv_indev_data_t * data)
{
    Script * s = script_of(indev);
    if(!s) return;
    lv_indev_type_t type = lv_indev_get_type(indev);
    if(type != LV_INDEV_TYPE_POINTER && !lv_indev_get_group(indev)) lv_indev_set_group(indev, lv_group_get_default());
    data->point = s->point;
    data->state = s->state;
    if(s->key_pressed) {
        /* the release that completes a key step */
        s->key_pressed = false;
        data->key = s->key_down;
        data->state = LV_INDEV_STATE_RELEASED;
    }
    else if(s->next < s->count && lv_tick_elaps(s->last_time) >= s->steps[s->next].delay_ms) {
        const Step & step = s->steps[s->next++];
        s->last_time = lv_tick_get();
        switch(step.kind) {
            case PRESS: s->point = step.point; s->state = LV_INDEV_STATE_PRESSED; break;
            case MOVE: s->point = step.point; break;
            case RELEASE: s->state = LV_INDEV_STATE_RELEASED; break;
            case KEY:
                s->key_down = step.key;
                s->key_pressed = true;
                data->key = step.key;
                data->point = s->point;
                data->state = LV_INDEV_STATE_PRESSED;
                data->continue_reading = true;
                return;
            case TURN: data->enc_diff = static_cast<int16_t>(LV_CLAMP(INT16_MIN, step.turn, INT16_MAX)); break;
        }
        data->point = s->point;
        data->state = s->state;
    }
    data->continue_reading = s->key_pressed ||
                             (s->next < s->count && s->steps[s->next].delay_ms == 0 && type != LV_INDEV_TYPE_POINTER);
}

void free_script(lv_event_t * e)
{
    lv_indev_t * indev = static_cast<lv_indev_t *>(lv_event_get_user_data(e));
    Script * s = script_of(indev);
    if(!s) return;
    lv_free(s->steps);
    lv_free(s);
    lv_indev_set_driver_data(indev, nullptr);
}

} // namespace

extern "C" {

lv_indev_t * lv_indev_script_create(lv_indev_type_t type)
{
    if(type != LV_INDEV_TYPE_POINTER && type != LV_INDEV_TYPE_KEYPAD && type != LV_INDEV_TYPE_ENCODER) return nullptr;
    Script * s = static_cast<Script *>(lv_malloc_zeroed(sizeof(Script)));
    lv_indev_t * indev = s ? lv_indev_create() : nullptr;
    if(!indev) {
        lv_free(s);
        return nullptr;
    }
    s->last_time = lv_tick_get();
    lv_indev_set_type(indev, type);
    lv_indev_set_read_cb(indev, read_cb);
    lv_indev_set_driver_data(indev, s);
    lv_indev_add_event_cb(indev, free_script, LV_EVENT_DELETE, indev);
    if(type != LV_INDEV_TYPE_POINTER) lv_indev_set_group(indev, lv_group_get_default());
    return indev;
}

bool lv_indev_script_press(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms)
{
    return push_pointer(indev, PRESS, x, y, delay_ms);
}

bool lv_indev_script_move(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms)
{
    return push_pointer(indev, MOVE, x, y, delay_ms);
}

bool lv_indev_script_release(lv_indev_t * indev, uint32_t delay_ms) { return push_pointer(indev, RELEASE, 0, 0, delay_ms); }

bool lv_indev_script_click(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms)
{
    return lv_indev_script_press(indev, x, y, delay_ms) && lv_indev_script_release(indev, 50);
}

bool lv_indev_script_drag(lv_indev_t * indev, int32_t x1, int32_t y1, int32_t x2, int32_t y2, uint32_t duration_ms,
                          uint32_t steps)
{
    if(steps == 0) steps = 1;
    if(!lv_indev_script_press(indev, x1, y1, 0)) return false;
    for(uint32_t i = 1; i <= steps; i++) {
        int32_t x = x1 + static_cast<int32_t>((static_cast<int64_t>(x2 - x1) * i) / steps);
        int32_t y = y1 + static_cast<int32_t>((static_cast<int64_t>(y2 - y1) * i) / steps);
        if(!lv_indev_script_move(indev, x, y, duration_ms / steps)) return false;
    }
    return lv_indev_script_release(indev, 0);
}

bool lv_indev_script_key(lv_indev_t * indev, uint32_t key, uint32_t delay_ms)
{
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_KEYPAD) return false;
    Step step = {};
    step.kind = KEY;
    step.delay_ms = delay_ms;
    step.key = key;
    return push(indev, step);
}

bool lv_indev_script_text(lv_indev_t * indev, const char * utf8, uint32_t delay_ms)
{
    if(!utf8) return false;
    uint32_t i = 0;
    while(utf8[i] != '\0') {
        uint32_t cp = lv_text_encoded_next(utf8, &i);
        if(!lv_indev_script_key(indev, cp, delay_ms)) return false;
        delay_ms = 0;
    }
    return true;
}

bool lv_indev_script_turn(lv_indev_t * indev, int32_t steps, uint32_t delay_ms)
{
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_ENCODER) return false;
    Step step = {};
    step.kind = TURN;
    step.delay_ms = delay_ms;
    step.turn = steps;
    return push(indev, step);
}

bool lv_indev_script_encoder_press(lv_indev_t * indev, uint32_t delay_ms)
{
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_ENCODER) return false;
    Step step = {};
    step.kind = PRESS;
    step.delay_ms = delay_ms;
    return push(indev, step);
}

bool lv_indev_script_encoder_release(lv_indev_t * indev, uint32_t delay_ms)
{
    if(!indev || lv_indev_get_type(indev) != LV_INDEV_TYPE_ENCODER) return false;
    Step step = {};
    step.kind = RELEASE;
    step.delay_ms = delay_ms;
    return push(indev, step);
}

uint32_t lv_indev_script_pending(const lv_indev_t * indev)
{
    const Script * s = indev ? script_of(indev) : nullptr;
    return s ? s->count - s->next + (s->key_pressed ? 1 : 0) : 0;
}

bool lv_indev_script_is_done(const lv_indev_t * indev) { return lv_indev_script_pending(indev) == 0; }

void lv_indev_script_clear(lv_indev_t * indev)
{
    Script * s = indev ? script_of(indev) : nullptr;
    if(s) s->next = s->count;
}

} // extern "C"
