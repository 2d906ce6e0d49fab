/**
 * @file lv_draw_dispatch.cpp
 * Draw units and the dispatcher (LVGL 9.3 names). The software renderer is unit 0 ("SW");
 * other units (a GPU, a display controller's 2D engine) are added with lv_draw_create_unit.
 * The widgets' drawing stays immediate (no queue, no cost); a task made with lv_draw_add_task
 * joins its layer's queue and is dispatched as soon as it is finalized, so it lands in order
 * with the immediate drawing around it. A unit that claimed a task in evaluate_cb gets it;
 * the software renderer draws the rest.
 */
#include "core/lv_global.h"
#include "display/lv_display_private.h"
#include "lv_draw_sw.h"

namespace {

/** How often the dispatcher waits for units still busy before it gives their tasks up. */
constexpr int kMaxWaitRounds = 16;

/** One task and its descriptor in a block. */
struct TaskBlock {
    lv_draw_task_t task;
    /* the descriptor follows, aligned like a pointer */
};

constexpr size_t kDscOffset = (sizeof(TaskBlock) + alignof(void *) - 1) / alignof(void *) * alignof(void *);

int32_t sw_evaluate(lv_draw_unit_t * unit, lv_draw_task_t * t)
{
    /* the software renderer draws everything it knows, at the default score */
    if(t->preference_score > 100 && lv_sw::task_dsc_size(t->type) != 0) {
        t->preference_score = 100;
        t->preferred_draw_unit_id = static_cast<uint8_t>(unit->idx);
    }
    return 0;
}

int32_t sw_dispatch(lv_draw_unit_t * unit, lv_layer_t * layer)
{
    lv_draw_task_t * t = lv_draw_get_available_task(layer, nullptr, static_cast<uint8_t>(unit->idx));
    if(t == nullptr) return LV_DRAW_UNIT_IDLE;
    unit->target_layer = layer;
    unit->clip_area = &t->clip_area;
    lv_sw::run_task(layer, t);
    return 1;
}

bool overlaps(const lv_draw_task_t * a, const lv_draw_task_t * b)
{
    lv_area_t unused;
    return lv_area_intersect(&unused, &a->_real_area, &b->_real_area);
}

bool unfinished(const lv_draw_task_t * t) { return t->state != LV_DRAW_TASK_STATE_READY; }

/** No earlier unfinished task of the layer overlaps it. */
bool independent(lv_layer_t * layer, const lv_draw_task_t * t_check)
{
    for(lv_draw_task_t * t = layer->draw_task_head; t && t != t_check; t = t->next) {
        if(unfinished(t) && overlaps(t, t_check)) return false;
    }
    return true;
}

void free_task(lv_draw_task_t * t)
{
    lv_draw_dsc_base_t * base = static_cast<lv_draw_dsc_base_t *>(t->draw_dsc);
    if(t->type == LV_DRAW_TASK_TYPE_LABEL) {
        lv_draw_label_dsc_t * label = reinterpret_cast<lv_draw_label_dsc_t *>(base);
        if(label->text_local) lv_free(const_cast<char *>(label->text));
    }
    lv_free(t);
}

/** Frees the layer's finished tasks; true when some remain. */
bool remove_ready(lv_layer_t * layer)
{
    lv_draw_task_t ** link = &layer->draw_task_head;
    while(*link) {
        lv_draw_task_t * t = *link;
        if(t->state == LV_DRAW_TASK_STATE_READY) {
            *link = t->next;
            free_task(t);
        }
        else link = &t->next;
    }
    return layer->draw_task_head != nullptr;
}

/** Lets every unit take tasks until none takes one; true when some unit took a task. */
bool dispatch_round(lv_layer_t * layer)
{
    bool any = false;
    bool progress = true;
    while(progress) {
        progress = false;
        for(lv_draw_unit_t * u = lv_global.draw_unit_head; u; u = u->next) {
            if(u->dispatch_cb == nullptr) continue;
            while(lv_draw_get_available_task(layer, nullptr, static_cast<uint8_t>(u->idx)) &&
                  u->dispatch_cb(u, layer) > 0) {
                progress = true;
                any = true;
            }
        }
    }
    return any;
}

} // namespace

void lv_draw_sw_unit_init(void)
{
    lv_draw_unit_t * sw = static_cast<lv_draw_unit_t *>(lv_draw_create_unit(sizeof(lv_draw_unit_t)));
    if(sw == nullptr) return;
    sw->name = "SW";
    sw->evaluate_cb = sw_evaluate;
    sw->dispatch_cb = sw_dispatch;
}

void lv_draw_units_deinit(void)
{
    while(lv_draw_unit_t * u = lv_global.draw_unit_head) {
        lv_global.draw_unit_head = u->next;
        if(u->delete_cb) u->delete_cb(u);
        lv_free(u);
    }
    lv_global.draw_unit_cnt = 0;
}

extern "C" {

void * lv_draw_create_unit(size_t size)
{
    if(size < sizeof(lv_draw_unit_t)) return nullptr;
    lv_draw_unit_t * u = static_cast<lv_draw_unit_t *>(lv_malloc_zeroed(size));
    if(u == nullptr) return nullptr;
    /* appended: the software renderer stays first, with index 1 (0 is LV_DRAW_UNIT_NONE) */
    lv_draw_unit_t ** link = &lv_global.draw_unit_head;
    while(*link) link = &(*link)->next;
    *link = u;
    u->idx = static_cast<int32_t>(++lv_global.draw_unit_cnt);
    return u;
}

lv_draw_task_t * lv_draw_add_task(lv_layer_t * layer, const lv_area_t * coords, lv_draw_task_type_t type)
{
    if(layer == nullptr || coords == nullptr) return nullptr;
    /* room for any descriptor: a unit of the application's may draw types we do not */
    size_t dsc_size = lv_sw::task_dsc_size(type);
    if(dsc_size == 0) dsc_size = sizeof(lv_draw_image_dsc_t);
    uint8_t * block = static_cast<uint8_t *>(lv_malloc_zeroed(kDscOffset + dsc_size));
    if(block == nullptr) return nullptr;
    lv_draw_task_t * t = reinterpret_cast<lv_draw_task_t *>(block);
    t->type = type;
    t->area = *coords;
    t->_real_area = *coords;
    t->clip_area = layer->_clip_area;
    t->clip_area_original = layer->_clip_area;
    t->state = LV_DRAW_TASK_STATE_WAITING;
    t->opa = LV_OPA_COVER;
    t->draw_dsc = block + kDscOffset;
    lv_draw_dsc_base_t * base = static_cast<lv_draw_dsc_base_t *>(t->draw_dsc);
    base->layer = layer;
    base->dsc_size = dsc_size;
    lv_draw_task_t ** link = &layer->draw_task_head;
    while(*link) link = &(*link)->next;
    *link = t;
    return t;
}

void lv_draw_finalize_task_creation(lv_layer_t * layer, lv_draw_task_t * t)
{
    if(layer == nullptr || t == nullptr || t->state != LV_DRAW_TASK_STATE_WAITING) return;
    if(lv_sw::task_dsc_size(t->type) != 0) lv_sw::task_set_real_area(t);
    /* a unit claims the task with a lower score and its index; unclaimed (NONE), the
     * first unit to look takes it: the software renderer */
    t->preference_score = 100;
    t->preferred_draw_unit_id = LV_DRAW_UNIT_NONE;
    for(lv_draw_unit_t * u = lv_global.draw_unit_head; u; u = u->next) {
        if(u->evaluate_cb) u->evaluate_cb(u, t);
    }
    t->state = LV_DRAW_TASK_STATE_QUEUED;
    /* drawn now, in order with the immediate drawing around it (not from inside a unit) */
    if(!lv_global.draw_dispatching) lv_draw_dispatch_layer(nullptr, layer);
}

bool lv_draw_dispatch_layer(lv_display_t * disp, lv_layer_t * layer)
{
    LV_UNUSED(disp);
    if(layer == nullptr) return false;
    const bool outer = !lv_global.draw_dispatching;
    lv_global.draw_dispatching = true;
    for(int round = 0; round < kMaxWaitRounds; round++) {
        dispatch_round(layer);
        if(!remove_ready(layer)) break;
        /* tasks left: a unit is still drawing (or nobody takes them): wait for the units */
        lv_draw_wait_for_finish();
    }
    const bool left = remove_ready(layer);
    if(outer) lv_global.draw_dispatching = false;
    return left;
}

void lv_draw_dispatch(void)
{
    for(lv_display_t * d = lv_global.disp_head; d; d = d->next) {
        for(lv_layer_t * l = &d->layer; l; l = l->next) lv_draw_dispatch_layer(d, l);
    }
}

void lv_draw_dispatch_wait_for_request(void) { lv_global.draw_dispatch_requested = false; }

void lv_draw_wait_for_finish(void)
{
    for(lv_draw_unit_t * u = lv_global.draw_unit_head; u; u = u->next) {
        if(u->wait_for_finish_cb) u->wait_for_finish_cb(u);
    }
}

void lv_draw_dispatch_request(void) { lv_global.draw_dispatch_requested = true; }

uint32_t lv_draw_get_unit_count(void) { return lv_global.draw_unit_cnt; }

lv_draw_task_t * lv_draw_get_available_task(lv_layer_t * layer, lv_draw_task_t * t_prev, uint8_t draw_unit_id)
{
    if(layer == nullptr) return nullptr;
    for(lv_draw_task_t * t = t_prev ? t_prev->next : layer->draw_task_head; t; t = t->next) {
        if(t->state != LV_DRAW_TASK_STATE_QUEUED) continue;
        if(t->preferred_draw_unit_id != LV_DRAW_UNIT_NONE && t->preferred_draw_unit_id != draw_unit_id) continue;
        if(independent(layer, t)) return t;
    }
    return nullptr;
}

lv_draw_task_t * lv_draw_get_next_available_task(lv_layer_t * layer, lv_draw_task_t * t_prev, uint8_t draw_unit_id)
{
    return lv_draw_get_available_task(layer, t_prev, draw_unit_id);
}

uint32_t lv_draw_get_dependent_count(lv_draw_task_t * t_check)
{
    uint32_t n = 0;
    if(t_check == nullptr) return 0;
    for(lv_draw_task_t * t = t_check->next; t; t = t->next) {
        if(unfinished(t) && overlaps(t, t_check)) n++;
    }
    return n;
}

} // extern "C"
