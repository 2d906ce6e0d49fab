/**
 * @file lv_observer.cpp
 * Subjects and observers. A subject keeps a singly linked list of its observers; an
 * observer tied to an object also has a DELETE event callback on the object that removes
 * it. Notifying walks the list with a per-observer "notified" mark instead of a saved next
 * pointer, so a callback may add or remove observers (itself included) safely.
 * The bind helpers are observers whose user data is a small block of their own.
 */
#include "core/lv_obj_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

struct _lv_observer_t {
    lv_observer_t * next;
    lv_subject_t * subject;
    lv_observer_cb_t cb;
    void * target;
    void * user_data;
    uint8_t auto_free_user_data : 1; /* user_data is ours: free it with the observer */
    uint8_t for_obj : 1;             /* target is an object with our DELETE callback */
    uint8_t notified : 1;            /* already called in the running notification */
};

namespace {

void remove_on_delete_cb(lv_event_t * e)
{
    lv_observer_t * observer = static_cast<lv_observer_t *>(lv_event_get_user_data(e));
    observer->for_obj = 0; /* the object is going: no callback to remove */
    lv_observer_remove(observer);
}

void unlink(lv_observer_t * observer)
{
    lv_subject_t * subject = observer->subject;
    for(lv_observer_t ** link = &subject->subs_head; *link; link = &(*link)->next) {
        if(*link == observer) {
            *link = observer->next;
            return;
        }
    }
}

lv_observer_t * add(lv_subject_t * subject, lv_observer_cb_t cb, void * target, bool for_obj, void * user_data)
{
    if(subject == nullptr || cb == nullptr || subject->type == LV_SUBJECT_TYPE_INVALID) return nullptr;
    lv_observer_t * o = static_cast<lv_observer_t *>(lv_malloc_zeroed(sizeof(lv_observer_t)));
    if(o == nullptr) return nullptr;
    o->subject = subject;
    o->cb = cb;
    o->target = target;
    o->user_data = user_data;
    o->notified = 1;
    lv_observer_t ** link = &subject->subs_head;
    while(*link) link = &(*link)->next;
    *link = o;
    if(for_obj) {
        o->for_obj = 1;
        lv_obj_add_event_cb(static_cast<lv_obj_t *>(target), remove_on_delete_cb, LV_EVENT_DELETE, o);
    }
    cb(o, subject); /* the current value right away */
    return o;
}

bool is_type(const lv_subject_t * subject, lv_subject_type_t type) { return subject && subject->type == type; }

/* one value type or another: a union made from each */
lv_subject_value_t num_value(int32_t n)
{
    lv_subject_value_t v;
    v.num = n;
    return v;
}

lv_subject_value_t pointer_value(const void * p)
{
    lv_subject_value_t v;
    v.pointer = p;
    return v;
}

lv_subject_value_t color_value(lv_color_t c)
{
    lv_subject_value_t v;
    v.color = c;
    return v;
}

void init_value(lv_subject_t * subject, lv_subject_type_t type, lv_subject_value_t v)
{
    if(subject == nullptr) return;
    lv_memzero(subject, sizeof(*subject));
    subject->type = type;
    subject->value = v;
    subject->prev_value = v;
}

/** A new value for a subject of `type` (ignored for another type, as LVGL does). */
void set_value(lv_subject_t * subject, lv_subject_type_t type, lv_subject_value_t v)
{
    if(!is_type(subject, type)) return;
    subject->prev_value = subject->value;
    subject->value = v;
    lv_subject_notify(subject);
}

/** The current (or previous) value of a subject of `type`; zero for another type. */
lv_subject_value_t get_value(const lv_subject_t * subject, lv_subject_type_t type, bool previous)
{
    if(!is_type(subject, type)) return pointer_value(nullptr);
    return previous ? subject->prev_value : subject->value;
}

/* ---- groups: every element notifies the group ---- */

void group_element_cb(lv_observer_t * observer, lv_subject_t * subject)
{
    LV_UNUSED(subject);
    lv_subject_notify(static_cast<lv_subject_t *>(observer->user_data));
}

/* ---- flags and states following an integer subject ---- */

enum Cond : uint8_t { EQ, NOT_EQ, GT, GE, LT, LE };

struct FlagBinding {
    uint32_t bits;
    int32_t ref;
    Cond cond;
    bool is_state;
};

bool holds(Cond c, int32_t v, int32_t ref)
{
    switch(c) {
        case EQ: return v == ref;
        case NOT_EQ: return v != ref;
        case GT: return v > ref;
        case GE: return v >= ref;
        case LT: return v < ref;
        default: return v <= ref;
    }
}

void flag_binding_cb(lv_observer_t * observer, lv_subject_t * subject)
{
    const FlagBinding * b = static_cast<const FlagBinding *>(observer->user_data);
    lv_obj_t * obj = static_cast<lv_obj_t *>(observer->target);
    const bool on = holds(b->cond, subject->value.num, b->ref);
    if(b->is_state) lv_obj_set_state(obj, static_cast<lv_state_t>(b->bits), on);
    else lv_obj_set_flag(obj, static_cast<lv_obj_flag_t>(b->bits), on);
}

/** An observer of obj whose user data is a copy of `data` (freed with it). */
lv_observer_t * add_with_data(lv_obj_t * obj, lv_subject_t * subject, lv_observer_cb_t cb, const void * data, size_t size)
{
    if(obj == nullptr) return nullptr;
    void * copy = lv_malloc(size);
    if(copy == nullptr) return nullptr;
    lv_memcpy(copy, data, size);
    lv_observer_t * o = add(subject, cb, obj, true, copy);
    if(o == nullptr) {
        lv_free(copy);
        return nullptr;
    }
    o->auto_free_user_data = 1;
    return o;
}

lv_observer_t * bind_bits(lv_obj_t * obj, lv_subject_t * subject, uint32_t bits, int32_t ref, Cond c, bool is_state)
{
    if(!is_type(subject, LV_SUBJECT_TYPE_INT)) return nullptr; /* LVGL binds integer subjects only */
    const FlagBinding b = {bits, ref, c, is_state};
    return add_with_data(obj, subject, flag_binding_cb, &b, sizeof(b));
}

/* ---- checked state, label text ---- */

void checked_observer_cb(lv_observer_t * observer, lv_subject_t * subject)
{
    lv_obj_set_state(static_cast<lv_obj_t *>(observer->target), LV_STATE_CHECKED, subject->value.num != 0);
}

void checked_changed_cb(lv_event_t * e)
{
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_subject_set_int(static_cast<lv_subject_t *>(lv_event_get_user_data(e)), lv_obj_has_state(obj, LV_STATE_CHECKED));
}

void label_text_cb(lv_observer_t * observer, lv_subject_t * subject)
{
    lv_obj_t * label = static_cast<lv_obj_t *>(observer->target);
    const char * fmt = static_cast<const char *>(observer->user_data);
    switch(subject->type) {
        case LV_SUBJECT_TYPE_INT:
            lv_label_set_text_fmt(label, fmt ? fmt : "%d", (int)subject->value.num);
            break;
        case LV_SUBJECT_TYPE_STRING:
        case LV_SUBJECT_TYPE_POINTER: {
            const char * text = static_cast<const char *>(subject->value.pointer);
            if(fmt) lv_label_set_text_fmt(label, fmt, text ? text : "");
            else lv_label_set_text(label, text ? text : "");
            break;
        }
        default:
            break;
    }
}

/* ---- widget values both ways ---- */

typedef void (*value_setter_t)(lv_obj_t * obj, int32_t v);
typedef int32_t (*value_getter_t)(lv_obj_t * obj);

struct ValueBinding {
    value_setter_t set;
};

void value_observer_cb(lv_observer_t * observer, lv_subject_t * subject)
{
    const ValueBinding * b = static_cast<const ValueBinding *>(observer->user_data);
    b->set(static_cast<lv_obj_t *>(observer->target), subject->value.num);
}

lv_observer_t * bind_value(lv_obj_t * obj, const lv_obj_class_t * cls, lv_subject_t * subject, value_setter_t set,
                           lv_event_cb_t changed_cb)
{
    if(!lv_obj_has_class(obj, cls) || !is_type(subject, LV_SUBJECT_TYPE_INT)) return nullptr;
    const ValueBinding b = {set};
    lv_observer_t * o = add_with_data(obj, subject, value_observer_cb, &b, sizeof(b));
    if(o) lv_obj_add_event_cb(obj, changed_cb, LV_EVENT_VALUE_CHANGED, subject);
    return o;
}

void slider_set(lv_obj_t * obj, int32_t v) { lv_slider_set_value(obj, v, LV_ANIM_OFF); }
void arc_set(lv_obj_t * obj, int32_t v) { lv_arc_set_value(obj, v); }
void roller_set(lv_obj_t * obj, int32_t v) { lv_roller_set_selected(obj, (uint32_t)LV_MAX(v, 0), LV_ANIM_OFF); }
void dropdown_set(lv_obj_t * obj, int32_t v) { lv_dropdown_set_selected(obj, (uint32_t)LV_MAX(v, 0)); }

/** The widget's value into the subject (VALUE_CHANGED), with one getter per widget. */
template <int32_t (*Get)(const lv_obj_t *)>
void value_changed_cb(lv_event_t * e)
{
    lv_subject_set_int(static_cast<lv_subject_t *>(lv_event_get_user_data(e)), Get(lv_event_get_current_target_obj(e)));
}

int32_t roller_get(const lv_obj_t * obj) { return (int32_t)lv_roller_get_selected(obj); }
int32_t dropdown_get(const lv_obj_t * obj) { return (int32_t)lv_dropdown_get_selected(obj); }

} // namespace

extern "C" {

void lv_subject_init_int(lv_subject_t * subject, int32_t value) { init_value(subject, LV_SUBJECT_TYPE_INT, num_value(value)); }

void lv_subject_set_int(lv_subject_t * subject, int32_t value) { set_value(subject, LV_SUBJECT_TYPE_INT, num_value(value)); }

int32_t lv_subject_get_int(lv_subject_t * subject) { return get_value(subject, LV_SUBJECT_TYPE_INT, false).num; }

int32_t lv_subject_get_previous_int(lv_subject_t * subject) { return get_value(subject, LV_SUBJECT_TYPE_INT, true).num; }

void lv_subject_init_string(lv_subject_t * subject, char * buf, char * prev_buf, size_t size, const char * value)
{
    if(subject == nullptr || buf == nullptr || size == 0) return;
    init_value(subject, LV_SUBJECT_TYPE_STRING, pointer_value(buf));
    subject->size = (uint32_t)LV_MIN(size, (size_t)0xFFFFFF);
    lv_strlcpy(buf, value ? value : "", subject->size);
    if(prev_buf) lv_strlcpy(prev_buf, buf, subject->size);
    subject->prev_value.pointer = prev_buf;
}

void lv_subject_copy_string(lv_subject_t * subject, const char * buf)
{
    if(!is_type(subject, LV_SUBJECT_TYPE_STRING)) return;
    char * cur = static_cast<char *>(const_cast<void *>(subject->value.pointer));
    char * prev = static_cast<char *>(const_cast<void *>(subject->prev_value.pointer));
    if(prev) lv_strlcpy(prev, cur, subject->size);
    lv_strlcpy(cur, buf ? buf : "", subject->size);
    lv_subject_notify(subject);
}

void lv_subject_snprintf(lv_subject_t * subject, const char * format, ...)
{
    if(!is_type(subject, LV_SUBJECT_TYPE_STRING) || format == nullptr) return;
    char * cur = static_cast<char *>(const_cast<void *>(subject->value.pointer));
    char * prev = static_cast<char *>(const_cast<void *>(subject->prev_value.pointer));
    if(prev) lv_strlcpy(prev, cur, subject->size);
    va_list args;
    va_start(args, format);
    lv_vsnprintf(cur, subject->size, format, args);
    va_end(args);
    lv_subject_notify(subject);
}

const char * lv_subject_get_string(lv_subject_t * subject)
{
    return static_cast<const char *>(get_value(subject, LV_SUBJECT_TYPE_STRING, false).pointer);
}

const char * lv_subject_get_previous_string(lv_subject_t * subject)
{
    return static_cast<const char *>(get_value(subject, LV_SUBJECT_TYPE_STRING, true).pointer);
}

void lv_subject_init_pointer(lv_subject_t * subject, void * value)
{
    init_value(subject, LV_SUBJECT_TYPE_POINTER, pointer_value(value));
}

void lv_subject_set_pointer(lv_subject_t * subject, void * ptr) { set_value(subject, LV_SUBJECT_TYPE_POINTER, pointer_value(ptr)); }

const void * lv_subject_get_pointer(lv_subject_t * subject) { return get_value(subject, LV_SUBJECT_TYPE_POINTER, false).pointer; }

const void * lv_subject_get_previous_pointer(lv_subject_t * subject)
{
    return get_value(subject, LV_SUBJECT_TYPE_POINTER, true).pointer;
}

void lv_subject_init_color(lv_subject_t * subject, lv_color_t color)
{
    init_value(subject, LV_SUBJECT_TYPE_COLOR, color_value(color));
}

void lv_subject_set_color(lv_subject_t * subject, lv_color_t color) { set_value(subject, LV_SUBJECT_TYPE_COLOR, color_value(color)); }

lv_color_t lv_subject_get_color(lv_subject_t * subject) { return get_value(subject, LV_SUBJECT_TYPE_COLOR, false).color; }

lv_color_t lv_subject_get_previous_color(lv_subject_t * subject) { return get_value(subject, LV_SUBJECT_TYPE_COLOR, true).color; }

void lv_subject_init_group(lv_subject_t * group_subject, lv_subject_t * list[], uint32_t list_len)
{
    if(group_subject == nullptr) return;
    lv_memzero(group_subject, sizeof(*group_subject));
    lv_subject_t ** copy = nullptr;
    if(list && list_len) {
        copy = static_cast<lv_subject_t **>(lv_malloc(list_len * sizeof(lv_subject_t *)));
        if(copy == nullptr) return;
        lv_memcpy(copy, list, list_len * sizeof(lv_subject_t *));
    }
    group_subject->type = LV_SUBJECT_TYPE_GROUP;
    group_subject->size = copy ? list_len : 0;
    group_subject->value.pointer = copy;
    for(uint32_t i = 0; i < group_subject->size; i++) {
        if(copy[i]) add(copy[i], group_element_cb, nullptr, false, group_subject);
    }
}

lv_subject_t * lv_subject_get_group_element(lv_subject_t * subject, int32_t index)
{
    if(!is_type(subject, LV_SUBJECT_TYPE_GROUP) || index < 0 || (uint32_t)index >= subject->size) return nullptr;
    return static_cast<lv_subject_t * const *>(subject->value.pointer)[index];
}

void lv_subject_deinit(lv_subject_t * subject)
{
    if(subject == nullptr) return;
    while(subject->subs_head) lv_observer_remove(subject->subs_head);
    if(subject->type == LV_SUBJECT_TYPE_GROUP) {
        /* the observers this group put on its elements */
        lv_subject_t ** list = static_cast<lv_subject_t **>(const_cast<void *>(subject->value.pointer));
        for(uint32_t i = 0; i < subject->size; i++) {
            lv_observer_t * o = list[i] ? list[i]->subs_head : nullptr;
            while(o) {
                lv_observer_t * next = o->next;
                if(o->cb == group_element_cb && o->user_data == subject) lv_observer_remove(o);
                o = next;
            }
        }
        lv_free(list);
        subject->value.pointer = nullptr;
        subject->size = 0;
    }
    subject->type = LV_SUBJECT_TYPE_INVALID;
}

lv_observer_t * lv_subject_add_observer(lv_subject_t * subject, lv_observer_cb_t observer_cb, void * user_data)
{
    return add(subject, observer_cb, nullptr, false, user_data);
}

lv_observer_t * lv_subject_add_observer_obj(lv_subject_t * subject, lv_observer_cb_t observer_cb, lv_obj_t * obj,
                                            void * user_data)
{
    if(obj == nullptr) return nullptr;
    return add(subject, observer_cb, obj, true, user_data);
}

lv_observer_t * lv_subject_add_observer_with_target(lv_subject_t * subject, lv_observer_cb_t observer_cb, void * target,
                                                    void * user_data)
{
    return add(subject, observer_cb, target, false, user_data);
}

void lv_observer_remove(lv_observer_t * observer)
{
    if(observer == nullptr) return;
    unlink(observer);
    if(observer->for_obj) {
        lv_obj_remove_event_cb_with_user_data(static_cast<lv_obj_t *>(observer->target), remove_on_delete_cb, observer);
    }
    if(observer->auto_free_user_data) lv_free(observer->user_data);
    lv_free(observer);
}

void lv_obj_remove_from_subject(lv_obj_t * obj, lv_subject_t * subject)
{
    if(obj == nullptr) return;
    /* the DELETE callbacks of obj name its observers */
    for(uint32_t i = 0; i < lv_obj_get_event_count(obj);) {
        lv_event_dsc_t * dsc = lv_obj_get_event_dsc(obj, i);
        lv_observer_t * o = static_cast<lv_observer_t *>(lv_event_dsc_get_user_data(dsc));
        if(lv_event_dsc_get_cb(dsc) == remove_on_delete_cb && (subject == nullptr || o->subject == subject)) {
            lv_observer_remove(o); /* removes that callback too: look at index i again */
            continue;
        }
        i++;
    }
}

void * lv_observer_get_target(lv_observer_t * observer) { return observer ? observer->target : nullptr; }

lv_obj_t * lv_observer_get_target_obj(lv_observer_t * observer)
{
    return observer && observer->for_obj ? static_cast<lv_obj_t *>(observer->target) : nullptr;
}

void * lv_observer_get_user_data(const lv_observer_t * observer) { return observer ? observer->user_data : nullptr; }

void lv_subject_notify(lv_subject_t * subject)
{
    if(subject == nullptr) return;
    for(lv_observer_t * o = subject->subs_head; o; o = o->next) o->notified = 0;
    /* from the head each time: a callback may have changed the list */
    for(;;) {
        lv_observer_t * o = subject->subs_head;
        while(o && o->notified) o = o->next;
        if(o == nullptr) break;
        o->notified = 1;
        o->cb(o, subject);
    }
}

lv_observer_t * lv_obj_bind_flag_if_eq(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, EQ, false);
}

lv_observer_t * lv_obj_bind_flag_if_not_eq(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, NOT_EQ, false);
}

lv_observer_t * lv_obj_bind_flag_if_gt(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, GT, false);
}

lv_observer_t * lv_obj_bind_flag_if_ge(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, GE, false);
}

lv_observer_t * lv_obj_bind_flag_if_lt(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, LT, false);
}

lv_observer_t * lv_obj_bind_flag_if_le(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value)
{
    return bind_bits(obj, subject, flag, ref_value, LE, false);
}

lv_observer_t * lv_obj_bind_state_if_eq(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, EQ, true);
}

lv_observer_t * lv_obj_bind_state_if_not_eq(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, NOT_EQ, true);
}

lv_observer_t * lv_obj_bind_state_if_gt(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, GT, true);
}

lv_observer_t * lv_obj_bind_state_if_ge(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, GE, true);
}

lv_observer_t * lv_obj_bind_state_if_lt(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, LT, true);
}

lv_observer_t * lv_obj_bind_state_if_le(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value)
{
    return bind_bits(obj, subject, state, ref_value, LE, true);
}

lv_observer_t * lv_obj_bind_checked(lv_obj_t * obj, lv_subject_t * subject)
{
    if(obj == nullptr || !is_type(subject, LV_SUBJECT_TYPE_INT)) return nullptr;
    lv_observer_t * o = add(subject, checked_observer_cb, obj, true, nullptr);
    if(o) lv_obj_add_event_cb(obj, checked_changed_cb, LV_EVENT_VALUE_CHANGED, subject);
    return o;
}

lv_observer_t * lv_label_bind_text(lv_obj_t * obj, lv_subject_t * subject, const char * fmt)
{
    if(!lv_obj_has_class(obj, &lv_label_class) || subject == nullptr) return nullptr;
    if(fmt == nullptr) return add(subject, label_text_cb, obj, true, nullptr);
    return add_with_data(obj, subject, label_text_cb, fmt, lv_strlen(fmt) + 1);
}

lv_observer_t * lv_arc_bind_value(lv_obj_t * obj, lv_subject_t * subject)
{
    return bind_value(obj, &lv_arc_class, subject, arc_set, value_changed_cb<lv_arc_get_value>);
}

lv_observer_t * lv_slider_bind_value(lv_obj_t * obj, lv_subject_t * subject)
{
    return bind_value(obj, &lv_slider_class, subject, slider_set, value_changed_cb<lv_slider_get_value>);
}

lv_observer_t * lv_roller_bind_value(lv_obj_t * obj, lv_subject_t * subject)
{
    return bind_value(obj, &lv_roller_class, subject, roller_set, value_changed_cb<roller_get>);
}

lv_observer_t * lv_dropdown_bind_value(lv_obj_t * obj, lv_subject_t * subject)
{
    return bind_value(obj, &lv_dropdown_class, subject, dropdown_set, value_changed_cb<dropdown_get>);
}

} // extern "C"
