/**
 * @file lv_layout.cpp
 * Layout registry: LV_LAYOUT_FLEX and LV_LAYOUT_GRID are built in; applications may
 * register more. lv_obj_layout_apply runs the layout of an object's style on its children.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

struct layout_dsc_t {
    lv_layout_update_cb_t cb;
    void * user_data;
};

layout_dsc_t * layouts() { return static_cast<layout_dsc_t *>(lv_global.layout_list); }

} // namespace

void lv_flex_update(lv_obj_t * obj, void * user_data);
void lv_grid_update(lv_obj_t * obj, void * user_data);

void lv_layout_init(void)
{
    lv_global.layout_list = nullptr;
    lv_global.layout_count = LV_LAYOUT_LAST; /* ids below LAST are the built-in ones */
}

extern "C" uint32_t lv_layout_register(lv_layout_update_cb_t cb, void * user_data)
{
    uint32_t n_custom = lv_global.layout_count - LV_LAYOUT_LAST;
    layout_dsc_t * arr = static_cast<layout_dsc_t *>(lv_realloc(lv_global.layout_list, sizeof(layout_dsc_t) * (n_custom + 1)));
    if(!arr) return LV_LAYOUT_NONE;
    lv_global.layout_list = arr;
    arr[n_custom].cb = cb;
    arr[n_custom].user_data = user_data;
    return lv_global.layout_count++;
}

void lv_obj_layout_apply(lv_obj_t * obj)
{
    uint32_t id = lv_obj_get_style_layout(obj, LV_PART_MAIN);
    switch(id) {
        case LV_LAYOUT_NONE: return;
        case LV_LAYOUT_FLEX: lv_flex_update(obj, nullptr); break;
        case LV_LAYOUT_GRID: lv_grid_update(obj, nullptr); break;
        default:
            if(id >= LV_LAYOUT_LAST && id < lv_global.layout_count) {
                layout_dsc_t * d = &layouts()[id - LV_LAYOUT_LAST];
                if(d->cb) d->cb(obj, d->user_data);
            }
            break;
    }
    lv_obj_send_event(obj, LV_EVENT_LAYOUT_CHANGED, nullptr);
}
