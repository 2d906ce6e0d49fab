/**
 * @file lv_obj_event.cpp
 * Sending events to objects: the class handler chain, then the object's callbacks, then
 * bubbling to the parent. Events being sent form a stack (lv_global.event_header) so that
 * deleting an object inside a callback marks every event targeting it as deleted.
 */
#include "lv_obj_private.h"
#include "lv_global.h"

namespace {

lv_result_t send_core(lv_event_t * e)
{
    lv_obj_t * target = static_cast<lv_obj_t *>(e->current_target);

    /* preprocess callbacks see the event before the class does */
    lv_result_t res = LV_RESULT_OK;
    if(target->spec_attr) res = lv_event_send(&target->spec_attr->event_list, e, true);
    if(res != LV_RESULT_OK || e->deleted) return LV_RESULT_INVALID;

    const lv_obj_class_t * c = target->class_p;
    while(c && c->event_cb == nullptr) c = c->base_class;
    if(c && !e->stop_processing) c->event_cb(c, e);
    if(e->deleted) return LV_RESULT_INVALID;

    if(target->spec_attr && !e->stop_processing) {
        res = lv_event_send(&target->spec_attr->event_list, e, false);
        if(res != LV_RESULT_OK || e->deleted) return LV_RESULT_INVALID;
    }

    lv_obj_t * parent = target->parent;
    if(parent && lv_obj_has_flag(target, LV_OBJ_FLAG_EVENT_BUBBLE) && !e->stop_bubbling &&
       e->code != LV_EVENT_DELETE && e->code != LV_EVENT_DRAW_MAIN && e->code != LV_EVENT_DRAW_POST &&
       e->code != LV_EVENT_DRAW_MAIN_BEGIN && e->code != LV_EVENT_DRAW_MAIN_END &&
       e->code != LV_EVENT_DRAW_POST_BEGIN && e->code != LV_EVENT_DRAW_POST_END) {
        e->current_target = parent;
        e->stop_processing = 0;
        return send_core(e);
    }
    return LV_RESULT_OK;
}

} // namespace

extern "C" {

/* Codes whose handlers read what the parameter points to (the engine always gives one);
 * sent without it by a script, they would read address 0, so they are not sent. */
static bool code_needs_param(lv_event_code_t code)
{
    switch(code) {
        case LV_EVENT_KEY: case LV_EVENT_ROTARY: case LV_EVENT_HIT_TEST: case LV_EVENT_COVER_CHECK:
        case LV_EVENT_REFR_EXT_DRAW_SIZE: case LV_EVENT_DRAW_TASK_ADDED: case LV_EVENT_SIZE_CHANGED:
        case LV_EVENT_GET_SELF_SIZE: case LV_EVENT_INVALIDATE_AREA:
            return true;
        default:
            return code >= LV_EVENT_DRAW_MAIN_BEGIN && code <= LV_EVENT_DRAW_POST_END;
    }
}

lv_result_t lv_obj_send_event(lv_obj_t * obj, lv_event_code_t event_code, void * param)
{
    if(!obj) return LV_RESULT_INVALID;
    if(!param && code_needs_param(static_cast<lv_event_code_t>(event_code & ~LV_EVENT_PREPROCESS))) {
        LV_LOG_WARN("event %d needs a parameter: not sent", (int)event_code);
        return LV_RESULT_OK;
    }
    lv_event_t e;
    lv_memzero(&e, sizeof(e));
    e.current_target = obj;
    e.original_target = obj;
    e.code = event_code;
    e.param = param;
    e.prev = lv_global.event_header;
    lv_global.event_header = &e;
    lv_result_t res = send_core(&e);
    lv_global.event_header = e.prev;
    return res;
}

lv_result_t lv_obj_event_base(const lv_obj_class_t * class_p, lv_event_t * e)
{
    const lv_obj_class_t * base = class_p ? class_p->base_class : nullptr;
    while(base && base->event_cb == nullptr) base = base->base_class;
    if(!base) return LV_RESULT_OK;
    base->event_cb(base, e);
    return e->deleted ? LV_RESULT_INVALID : LV_RESULT_OK;
}

lv_event_dsc_t * lv_obj_add_event_cb(lv_obj_t * obj, lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data)
{
    lv_obj_allocate_spec_attr(obj);
    if(!obj->spec_attr) return nullptr;
    return lv_event_add(&obj->spec_attr->event_list, event_cb, filter, user_data);
}

uint32_t lv_obj_get_event_count(lv_obj_t * obj)
{
    return obj->spec_attr ? lv_event_get_count(&obj->spec_attr->event_list) : 0;
}

lv_event_dsc_t * lv_obj_get_event_dsc(lv_obj_t * obj, uint32_t index)
{
    return obj->spec_attr ? lv_event_get_dsc(&obj->spec_attr->event_list, index) : nullptr;
}

bool lv_obj_remove_event(lv_obj_t * obj, uint32_t index)
{
    return obj->spec_attr ? lv_event_remove(&obj->spec_attr->event_list, index) : false;
}

bool lv_obj_remove_event_dsc(lv_obj_t * obj, lv_event_dsc_t * dsc)
{
    return obj->spec_attr ? lv_event_remove_dsc(&obj->spec_attr->event_list, dsc) : false;
}

uint32_t lv_obj_remove_event_cb_with_user_data(lv_obj_t * obj, lv_event_cb_t event_cb, void * user_data)
{
    uint32_t removed = 0;
    if(!obj->spec_attr) return 0;
    lv_event_list_t * list = &obj->spec_attr->event_list;
    for(uint32_t i = lv_event_get_count(list); i-- > 0;) {
        lv_event_dsc_t * d = lv_event_get_dsc(list, i);
        if((event_cb == nullptr || d->cb == event_cb) && (user_data == nullptr || d->user_data == user_data)) {
            lv_event_remove(list, i);
            removed++;
        }
    }
    return removed;
}

uint32_t lv_obj_remove_event_cb(lv_obj_t * obj, lv_event_cb_t event_cb)
{
    return lv_obj_remove_event_cb_with_user_data(obj, event_cb, nullptr);
}

lv_obj_t * lv_event_get_current_target_obj(lv_event_t * e) { return static_cast<lv_obj_t *>(e->current_target); }
lv_obj_t * lv_event_get_target_obj(lv_event_t * e) { return static_cast<lv_obj_t *>(e->original_target); }
lv_layer_t * lv_event_get_layer(lv_event_t * e)
{
    lv_event_code_t code = lv_event_get_code(e);
    bool drawing = code >= LV_EVENT_DRAW_MAIN_BEGIN && code <= LV_EVENT_DRAW_POST_END;
    return drawing ? static_cast<lv_layer_t *>(e->param) : nullptr;
}

/* The getters below read the parameter only for the event code that carries it (as LVGL
 * does), so an event a script made or sent with another code reads nothing. */
static void * param_of(lv_event_t * e, lv_event_code_t code) { return lv_event_get_code(e) == code ? e->param : nullptr; }

const lv_area_t * lv_event_get_old_size(lv_event_t * e)
{
    return static_cast<const lv_area_t *>(param_of(e, LV_EVENT_SIZE_CHANGED));
}

uint32_t lv_event_get_key(lv_event_t * e)
{
    uint32_t * key = static_cast<uint32_t *>(param_of(e, LV_EVENT_KEY));
    return key ? *key : 0;
}

int32_t lv_event_get_rotary_diff(lv_event_t * e)
{
    int32_t * diff = static_cast<int32_t *>(param_of(e, LV_EVENT_ROTARY));
    return diff ? *diff : 0;
}

lv_anim_t * lv_event_get_scroll_anim(lv_event_t * e)
{
    return static_cast<lv_anim_t *>(param_of(e, LV_EVENT_SCROLL_BEGIN));
}

void lv_event_set_ext_draw_size(lv_event_t * e, int32_t size)
{
    int32_t * cur = static_cast<int32_t *>(param_of(e, LV_EVENT_REFR_EXT_DRAW_SIZE));
    if(cur && size > *cur) *cur = size;
}

lv_point_t * lv_event_get_self_size_info(lv_event_t * e)
{
    return static_cast<lv_point_t *>(param_of(e, LV_EVENT_GET_SELF_SIZE));
}

lv_hit_test_info_t * lv_event_get_hit_test_info(lv_event_t * e)
{
    return static_cast<lv_hit_test_info_t *>(param_of(e, LV_EVENT_HIT_TEST));
}

const lv_area_t * lv_event_get_cover_area(lv_event_t * e)
{
    lv_cover_check_info_t * info = static_cast<lv_cover_check_info_t *>(param_of(e, LV_EVENT_COVER_CHECK));
    return info ? info->area : nullptr;
}

void lv_event_set_cover_res(lv_event_t * e, lv_cover_res_t res)
{
    lv_cover_check_info_t * info = static_cast<lv_cover_check_info_t *>(param_of(e, LV_EVENT_COVER_CHECK));
    /* a "not cover" answer from any handler wins */
    if(info && res > info->res) info->res = res;
}

} // extern "C"

void lv_obj_event_mark_deleted(lv_obj_t * obj)
{
    for(lv_event_t * e = lv_global.event_header; e; e = e->prev) {
        if(e->current_target == obj || e->original_target == obj) e->deleted = 1;
    }
}
