/**
 * @file lv_event.cpp
 * Callback lists. Removing a callback while the list is being traversed only marks it;
 * the list is compacted when the traversal ends, so iteration indices stay valid.
 */
#include "core/lv_global.h"

namespace {

constexpr uint32_t PREPROCESS = LV_EVENT_PREPROCESS;
constexpr uint32_t MARKED_DELETING = LV_EVENT_MARKED_DELETING;

void compact(lv_event_list_t * list)
{
    uint32_t w = 0;
    for(uint32_t r = 0; r < list->cnt; r++) {
        if(list->dsc[r]->filter & MARKED_DELETING) lv_free(list->dsc[r]);
        else list->dsc[w++] = list->dsc[r];
    }
    list->cnt = w;
    list->has_marked_deleting = 0;
    if(w == 0) {
        lv_free(list->dsc);
        list->dsc = nullptr;
    }
}

} // namespace

extern "C" {

lv_result_t lv_event_send(lv_event_list_t * list, lv_event_t * e, bool preprocess)
{
    if(!list || list->cnt == 0) return LV_RESULT_OK;
    bool outer = !list->is_traversing;
    list->is_traversing = 1;
    lv_result_t res = LV_RESULT_OK;
    for(uint32_t i = 0; i < list->cnt; i++) {
        lv_event_dsc_t * d = list->dsc[i];
        if(d->filter & MARKED_DELETING) continue;
        if(((d->filter & PREPROCESS) != 0) != preprocess) continue;
        uint32_t code = d->filter & ~(PREPROCESS | MARKED_DELETING);
        if(code != LV_EVENT_ALL && code != static_cast<uint32_t>(e->code)) continue;
        e->user_data = d->user_data;
        d->cb(e);
        if(e->deleted) return LV_RESULT_INVALID; /* the list died with its object */
        if(e->stop_processing) break;
    }
    if(outer) {
        list->is_traversing = 0;
        if(list->has_marked_deleting) compact(list);
    }
    return res;
}

lv_event_dsc_t * lv_event_add(lv_event_list_t * list, lv_event_cb_t cb, lv_event_code_t filter, void * user_data)
{
    if(!cb) return nullptr;
    lv_event_dsc_t * d = static_cast<lv_event_dsc_t *>(lv_malloc(sizeof(lv_event_dsc_t)));
    if(!d) return nullptr;
    lv_event_dsc_t ** arr = static_cast<lv_event_dsc_t **>(lv_realloc(list->dsc, sizeof(lv_event_dsc_t *) * (list->cnt + 1)));
    if(!arr) {
        lv_free(d);
        return nullptr;
    }
    d->cb = cb;
    d->filter = filter;
    d->user_data = user_data;
    list->dsc = arr;
    list->dsc[list->cnt++] = d;
    return d;
}

bool lv_event_remove_dsc(lv_event_list_t * list, lv_event_dsc_t * dsc)
{
    if(!list) return false;
    for(uint32_t i = 0; i < list->cnt; i++) {
        if(list->dsc[i] == dsc) return lv_event_remove(list, i);
    }
    return false;
}

uint32_t lv_event_get_count(lv_event_list_t * list) { return list ? list->cnt : 0; }

lv_event_dsc_t * lv_event_get_dsc(lv_event_list_t * list, uint32_t index)
{
    return (list && index < list->cnt) ? list->dsc[index] : nullptr;
}

lv_event_cb_t lv_event_dsc_get_cb(lv_event_dsc_t * dsc) { return dsc ? dsc->cb : nullptr; }
void * lv_event_dsc_get_user_data(lv_event_dsc_t * dsc) { return dsc ? dsc->user_data : nullptr; }

bool lv_event_remove(lv_event_list_t * list, uint32_t index)
{
    if(!list || index >= list->cnt) return false;
    if(list->is_traversing) {
        list->dsc[index]->filter |= MARKED_DELETING;
        list->has_marked_deleting = 1;
        return true;
    }
    lv_free(list->dsc[index]);
    for(uint32_t i = index + 1; i < list->cnt; i++) list->dsc[i - 1] = list->dsc[i];
    list->cnt--;
    if(list->cnt == 0) {
        lv_free(list->dsc);
        list->dsc = nullptr;
    }
    return true;
}

void lv_event_remove_all(lv_event_list_t * list)
{
    if(!list) return;
    for(uint32_t i = 0; i < list->cnt; i++) lv_free(list->dsc[i]);
    lv_free(list->dsc);
    list->dsc = nullptr;
    list->cnt = 0;
}

void * lv_event_get_target(lv_event_t * e) { return e->original_target; }
void * lv_event_get_current_target(lv_event_t * e) { return e->current_target; }
lv_event_code_t lv_event_get_code(lv_event_t * e) { return static_cast<lv_event_code_t>(e->code & ~LV_EVENT_PREPROCESS); }
void * lv_event_get_param(lv_event_t * e) { return e->param; }
void * lv_event_get_user_data(lv_event_t * e) { return e->user_data; }
void lv_event_stop_bubbling(lv_event_t * e) { e->stop_bubbling = 1; }
void lv_event_stop_processing(lv_event_t * e) { e->stop_processing = 1; }

uint32_t lv_event_register_id(void)
{
    if(lv_global.event_last_register_id == 0) lv_global.event_last_register_id = LV_EVENT_LAST;
    return ++lv_global.event_last_register_id;
}

const char * lv_event_code_get_name(lv_event_code_t code)
{
    static const char * const names[] = {
        "ALL", "PRESSED", "PRESSING", "PRESS_LOST", "SHORT_CLICKED", "SINGLE_CLICKED", "DOUBLE_CLICKED",
        "TRIPLE_CLICKED", "LONG_PRESSED", "LONG_PRESSED_REPEAT", "CLICKED", "RELEASED", "SCROLL_BEGIN",
        "SCROLL_THROW_BEGIN", "SCROLL_END", "SCROLL", "GESTURE", "KEY", "ROTARY", "FOCUSED", "DEFOCUSED",
        "LEAVE", "HIT_TEST", "INDEV_RESET", "HOVER_OVER", "HOVER_LEAVE", "COVER_CHECK",
        "REFR_EXT_DRAW_SIZE", "DRAW_MAIN_BEGIN", "DRAW_MAIN", "DRAW_MAIN_END", "DRAW_POST_BEGIN",
        "DRAW_POST", "DRAW_POST_END", "DRAW_TASK_ADDED", "VALUE_CHANGED", "INSERT", "REFRESH", "READY",
        "CANCEL", "CREATE", "DELETE", "CHILD_CHANGED", "CHILD_CREATED", "CHILD_DELETED",
        "SCREEN_UNLOAD_START", "SCREEN_LOAD_START", "SCREEN_LOADED", "SCREEN_UNLOADED", "SIZE_CHANGED",
        "STYLE_CHANGED", "LAYOUT_CHANGED", "GET_SELF_SIZE", "INVALIDATE_AREA", "RESOLUTION_CHANGED",
        "COLOR_FORMAT_CHANGED", "REFR_REQUEST", "REFR_START", "REFR_READY", "RENDER_START",
        "RENDER_READY", "FLUSH_START", "FLUSH_FINISH", "FLUSH_WAIT_START", "FLUSH_WAIT_FINISH", "VSYNC",
        "VSYNC_REQUEST",
    };
    uint32_t c = static_cast<uint32_t>(code) & ~static_cast<uint32_t>(LV_EVENT_PREPROCESS);
    if(c < sizeof(names) / sizeof(names[0])) return names[c];
    return "UNKNOWN";
}

} // extern "C"
