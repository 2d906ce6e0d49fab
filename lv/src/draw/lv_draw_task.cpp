// Draw tasks, the cheap way. Drawing stays immediate; only a draw whose descriptor belongs
// to an object with LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS becomes a task on the stack: a copy
// of the descriptor (base.layer set), its area and clip. The object gets
// LV_EVENT_DRAW_TASK_ADDED with it, then the task is drawn as the handler left it, then
// what the handler drew into the task's layer, in the order it drew it (LVGL queues those
// after the task). Draws made by the handler send no events of their own (as in LVGL).
#include <string.h>

#include "lv_draw_sw.h"
#include "lv_obj.h"

namespace {

/** Room for the descriptor of any task type. */
union AnyDsc {
    lv_draw_dsc_base_t base;
    lv_draw_fill_dsc_t fill;
    lv_draw_border_dsc_t border;
    lv_draw_box_shadow_dsc_t box_shadow;
    lv_draw_label_dsc_t label;
    lv_draw_letter_dsc_t letter;
    lv_draw_image_dsc_t image;
    lv_draw_line_dsc_t line;
    lv_draw_arc_dsc_t arc;
    lv_draw_triangle_dsc_t triangle;
};

/** A draw made by a DRAW_TASK_ADDED handler, kept until the task has been drawn. */
struct Deferred {
    Deferred * next;
    lv_draw_task_t task;
    AnyDsc dsc;
    /* a label's text follows (the handler's buffer may be gone when it is drawn) */
};

Deferred * deferred_head = nullptr;
Deferred * deferred_tail = nullptr;

size_t dsc_size_of(lv_draw_task_type_t type)
{
    switch(type) {
        case LV_DRAW_TASK_TYPE_FILL: return sizeof(lv_draw_fill_dsc_t);
        case LV_DRAW_TASK_TYPE_BORDER: return sizeof(lv_draw_border_dsc_t);
        case LV_DRAW_TASK_TYPE_BOX_SHADOW: return sizeof(lv_draw_box_shadow_dsc_t);
        case LV_DRAW_TASK_TYPE_LABEL: return sizeof(lv_draw_label_dsc_t);
        case LV_DRAW_TASK_TYPE_LETTER: return sizeof(lv_draw_letter_dsc_t);
        case LV_DRAW_TASK_TYPE_IMAGE: return sizeof(lv_draw_image_dsc_t);
        case LV_DRAW_TASK_TYPE_LINE: return sizeof(lv_draw_line_dsc_t);
        case LV_DRAW_TASK_TYPE_ARC: return sizeof(lv_draw_arc_dsc_t);
        case LV_DRAW_TASK_TYPE_TRIANGLE: return sizeof(lv_draw_triangle_dsc_t);
        default: return 0;
    }
}

/** The area a task may touch: a shadow reaches out by its blur, spread and offset. */
lv_area_t real_area_of(lv_draw_task_type_t type, const AnyDsc & dsc, const lv_area_t & area)
{
    lv_area_t a = area;
    if(type == LV_DRAW_TASK_TYPE_BOX_SHADOW) {
        int32_t grow = dsc.box_shadow.spread + dsc.box_shadow.width;
        lv_area_increase(&a, grow, grow);
        lv_area_move(&a, dsc.box_shadow.ofs_x, dsc.box_shadow.ofs_y);
    }
    return a;
}

void fill_task(lv_draw_task_t * t, lv_layer_t * layer, lv_draw_task_type_t type, AnyDsc * dsc,
               const lv_draw_dsc_base_t * src, const lv_area_t * area)
{
    memcpy(dsc, src, dsc_size_of(type));
    dsc->base.layer = layer;
    memset(t, 0, sizeof(*t));
    t->type = type;
    t->area = *area;
    t->_real_area = real_area_of(type, *dsc, *area);
    t->clip_area = layer->_clip_area;
    t->clip_area_original = layer->_clip_area;
    t->state = LV_DRAW_TASK_STATE_QUEUED;
    t->draw_dsc = dsc;
    t->opa = LV_OPA_COVER;
}

} // namespace

namespace lv_sw {

size_t task_dsc_size(lv_draw_task_type_t type) { return dsc_size_of(type); }

void task_set_real_area(lv_draw_task_t * t)
{
    t->_real_area = real_area_of(t->type, *static_cast<const AnyDsc *>(t->draw_dsc), t->area);
}

/** Draws a task now, inside the clip area it was made with. */
void run_task(lv_layer_t * layer, lv_draw_task_t * t)
{
    lv_area_t saved_clip = layer->_clip_area;
    layer->_clip_area = t->clip_area;
    t->state = LV_DRAW_TASK_STATE_IN_PROGRESS;
    const AnyDsc * d = static_cast<const AnyDsc *>(t->draw_dsc);
    switch(t->type) {
        case LV_DRAW_TASK_TYPE_FILL: lv_sw::fill_now(layer, &d->fill, &t->area); break;
        case LV_DRAW_TASK_TYPE_BORDER: lv_sw::border_now(layer, &d->border, &t->area); break;
        case LV_DRAW_TASK_TYPE_BOX_SHADOW: lv_sw::box_shadow_now(layer, &d->box_shadow, &t->area); break;
        case LV_DRAW_TASK_TYPE_LABEL: lv_sw::label_now(layer, &d->label, &t->area); break;
        case LV_DRAW_TASK_TYPE_IMAGE: lv_sw::image_now(layer, &d->image, &t->area); break;
        case LV_DRAW_TASK_TYPE_LINE: lv_sw::line_now(layer, &d->line); break;
        case LV_DRAW_TASK_TYPE_ARC: lv_sw::arc_now(layer, &d->arc); break;
        case LV_DRAW_TASK_TYPE_TRIANGLE: lv_sw::triangle_now(layer, &d->triangle); break;
        case LV_DRAW_TASK_TYPE_LETTER: {
            lv_point_t p = {t->area.x1, t->area.y1};
            lv_sw::letter_now(layer, &d->letter, &p);
            break;
        }
        default: break;
    }
    t->state = LV_DRAW_TASK_STATE_READY;
    layer->_clip_area = saved_clip;
}

} // namespace lv_sw

namespace {

using lv_sw::run_task;

/** Keeps a handler's draw for after the task (dropped when out of memory). */
void defer(lv_layer_t * layer, lv_draw_task_type_t type, const lv_draw_dsc_base_t * base, const lv_area_t * area)
{
    const lv_draw_label_dsc_t * label =
        type == LV_DRAW_TASK_TYPE_LABEL ? reinterpret_cast<const lv_draw_label_dsc_t *>(base) : nullptr;
    size_t text_len = label && label->text ? strlen(label->text) : 0;
    Deferred * d = static_cast<Deferred *>(lv_malloc(sizeof(Deferred) + (label ? text_len + 1 : 0)));
    if(d == nullptr) return;
    d->next = nullptr;
    fill_task(&d->task, layer, type, &d->dsc, base, area);
    if(label && label->text) {
        char * copy = reinterpret_cast<char *>(d + 1);
        memcpy(copy, label->text, text_len + 1);
        d->dsc.label.text = copy;
        d->dsc.label.text_local = 0; /* freed with the record */
    }
    if(deferred_tail) deferred_tail->next = d;
    else deferred_head = d;
    deferred_tail = d;
}

/** Draws and frees what the handler drew, in order. */
void run_deferred(lv_layer_t * layer)
{
    Deferred * d = deferred_head;
    deferred_head = nullptr;
    deferred_tail = nullptr;
    while(d) {
        Deferred * next = d->next;
        run_task(layer, &d->task);
        lv_free(d);
        d = next;
    }
}

} // namespace

namespace lv_sw {

lv_layer_t * task_event_layer = nullptr;

bool task_take(lv_layer_t * layer, lv_draw_task_type_t type, const lv_draw_dsc_base_t * base, const lv_area_t * area)
{
    if(layer == nullptr) return false;
    if(task_event_layer != nullptr) {
        /* a handler draws: into the task's layer it lands after the task, elsewhere now */
        if(layer != task_event_layer) return false;
        defer(layer, type, base, area);
        return true;
    }
    if(!task_wanted(base)) return false;

    AnyDsc dsc;
    lv_draw_task_t task;
    fill_task(&task, layer, type, &dsc, base, area);
    /* a "local" text (from a buffer of the caller's) is the task's own copy, which a
     * handler may free and replace with its own lv_malloc'd text_local text (as in LVGL) */
    const bool local_text = type == LV_DRAW_TASK_TYPE_LABEL && dsc.label.text_local && dsc.label.text;
    if(local_text) {
        dsc.label.text = lv_strdup(dsc.label.text);
        if(dsc.label.text == nullptr) return true; /* out of memory: not drawn */
    }
    task_event_layer = layer;
    lv_obj_send_event(base->obj, LV_EVENT_DRAW_TASK_ADDED, &task);
    task_event_layer = nullptr;
    run_task(layer, &task);
    if(type == LV_DRAW_TASK_TYPE_LABEL && dsc.label.text_local) lv_free(const_cast<char *>(dsc.label.text));
    run_deferred(layer);
    return true;
}

} // namespace lv_sw

extern "C" {

lv_draw_task_t * lv_event_get_draw_task(lv_event_t * e)
{
    if(e == NULL || lv_event_get_code(e) != LV_EVENT_DRAW_TASK_ADDED) return NULL;
    return static_cast<lv_draw_task_t *>(lv_event_get_param(e));
}

lv_draw_task_type_t lv_draw_task_get_type(const lv_draw_task_t * t)
{
    return t ? t->type : LV_DRAW_TASK_TYPE_NONE;
}

void * lv_draw_task_get_draw_dsc(const lv_draw_task_t * t) { return t ? t->draw_dsc : NULL; }

void lv_draw_task_get_area(const lv_draw_task_t * t, lv_area_t * area)
{
    if(t && area) *area = t->area;
}

} // extern "C"

namespace {

/** The task's descriptor when the task is of that type. */
template <typename Dsc> Dsc * dsc_if(lv_draw_task_t * t, lv_draw_task_type_t type)
{
    return t && t->type == type ? static_cast<Dsc *>(t->draw_dsc) : nullptr;
}

} // namespace

/* lv_draw_task_get_<kind>_dsc: the task's descriptor when the task is of that type. */
#define LV_DRAW_TASK_DSC_GETTER(kind, dsc_type, task_type)                                                      \
    extern "C" dsc_type * lv_draw_task_get_##kind##_dsc(lv_draw_task_t * task)                                  \
    {                                                                                                           \
        return dsc_if<dsc_type>(task, task_type);                                                               \
    }

LV_DRAW_TASK_DSC_GETTER(fill, lv_draw_fill_dsc_t, LV_DRAW_TASK_TYPE_FILL)
LV_DRAW_TASK_DSC_GETTER(border, lv_draw_border_dsc_t, LV_DRAW_TASK_TYPE_BORDER)
LV_DRAW_TASK_DSC_GETTER(box_shadow, lv_draw_box_shadow_dsc_t, LV_DRAW_TASK_TYPE_BOX_SHADOW)
LV_DRAW_TASK_DSC_GETTER(label, lv_draw_label_dsc_t, LV_DRAW_TASK_TYPE_LABEL)
LV_DRAW_TASK_DSC_GETTER(image, lv_draw_image_dsc_t, LV_DRAW_TASK_TYPE_IMAGE)
LV_DRAW_TASK_DSC_GETTER(line, lv_draw_line_dsc_t, LV_DRAW_TASK_TYPE_LINE)
LV_DRAW_TASK_DSC_GETTER(arc, lv_draw_arc_dsc_t, LV_DRAW_TASK_TYPE_ARC)
LV_DRAW_TASK_DSC_GETTER(triangle, lv_draw_triangle_dsc_t, LV_DRAW_TASK_TYPE_TRIANGLE)
