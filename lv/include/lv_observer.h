/**
 * @file lv_observer.h
 * Subjects and observers (LVGL 9.3's observer API): a subject holds a value (an integer, a
 * string, a pointer, a color, or a group of other subjects); observers registered on it are
 * called with the subject when its value is set. Widgets bind to subjects both ways
 * (lv_slider_bind_value), and flags, states and label texts follow them.
 */
#ifndef LV_OBSERVER_H
#define LV_OBSERVER_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_SUBJECT_TYPE_INVALID = 0,
    LV_SUBJECT_TYPE_NONE = 1,
    LV_SUBJECT_TYPE_INT = 2,
    LV_SUBJECT_TYPE_POINTER = 3,
    LV_SUBJECT_TYPE_COLOR = 4,
    LV_SUBJECT_TYPE_GROUP = 5,
    LV_SUBJECT_TYPE_STRING = 6,
} lv_subject_type_t;

typedef union {
    int32_t num;
    const void * pointer;
    lv_color_t color;
} lv_subject_value_t;

/** An observer: created by lv_subject_add_observer* and the bind functions. */
typedef struct _lv_observer_t lv_observer_t;

/** A subject; create it zeroed (`lv.subject_t()`) and initialise it with an lv_subject_init_*. */
typedef struct {
    lv_observer_t * subs_head;     /**< observers, most recently added last */
    lv_subject_value_t value;
    lv_subject_value_t prev_value;
    void * user_data;
    uint32_t type : 4;             /**< lv_subject_type_t */
    uint32_t size : 24;            /**< string buffer size / group length */
    uint32_t notify_restart_query : 1;
} lv_subject_t;

typedef void (*lv_observer_cb_t)(lv_observer_t * observer, lv_subject_t * subject);

void lv_subject_init_int(lv_subject_t * subject, int32_t value);
void lv_subject_set_int(lv_subject_t * subject, int32_t value);
int32_t lv_subject_get_int(lv_subject_t * subject);
int32_t lv_subject_get_previous_int(lv_subject_t * subject);

/** buf (and prev_buf, may be NULL) of `size` bytes hold the text; value is copied into buf. */
void lv_subject_init_string(lv_subject_t * subject, char * buf, char * prev_buf, size_t size, const char * value);
void lv_subject_copy_string(lv_subject_t * subject, const char * buf);
/** Formats the new text of a string subject (printf-style, cut at its buffer size). */
void lv_subject_snprintf(lv_subject_t * subject, const char * format, ...);
const char * lv_subject_get_string(lv_subject_t * subject);
const char * lv_subject_get_previous_string(lv_subject_t * subject);

void lv_subject_init_pointer(lv_subject_t * subject, void * value);
void lv_subject_set_pointer(lv_subject_t * subject, void * ptr);
const void * lv_subject_get_pointer(lv_subject_t * subject);
const void * lv_subject_get_previous_pointer(lv_subject_t * subject);

void lv_subject_init_color(lv_subject_t * subject, lv_color_t color);
void lv_subject_set_color(lv_subject_t * subject, lv_color_t color);
lv_color_t lv_subject_get_color(lv_subject_t * subject);
lv_color_t lv_subject_get_previous_color(lv_subject_t * subject);

/** A subject that notifies its observers when any subject of `list` changes (the list is copied). */
void lv_subject_init_group(lv_subject_t * group_subject, lv_subject_t * list[], uint32_t list_len);
lv_subject_t * lv_subject_get_group_element(lv_subject_t * subject, int32_t index);

/** Removes every observer of the subject. */
void lv_subject_deinit(lv_subject_t * subject);

/** Adds an observer and calls it once right away. */
lv_observer_t * lv_subject_add_observer(lv_subject_t * subject, lv_observer_cb_t observer_cb, void * user_data);
/** The same, tied to an object: removed when the object is deleted. */
lv_observer_t * lv_subject_add_observer_obj(lv_subject_t * subject, lv_observer_cb_t observer_cb, lv_obj_t * obj,
                                            void * user_data);
lv_observer_t * lv_subject_add_observer_with_target(lv_subject_t * subject, lv_observer_cb_t observer_cb, void * target,
                                                    void * user_data);
void lv_observer_remove(lv_observer_t * observer);
/** Removes the observers tying `obj` to `subject` (to every subject for NULL). */
void lv_obj_remove_from_subject(lv_obj_t * obj, lv_subject_t * subject);
void * lv_observer_get_target(lv_observer_t * observer);
lv_obj_t * lv_observer_get_target_obj(lv_observer_t * observer);
void * lv_observer_get_user_data(const lv_observer_t * observer);
/** Calls every observer of the subject. */
void lv_subject_notify(lv_subject_t * subject);

/** The flag is set while the integer subject compares so with ref_value, cleared otherwise. */
lv_observer_t * lv_obj_bind_flag_if_eq(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
lv_observer_t * lv_obj_bind_flag_if_not_eq(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
lv_observer_t * lv_obj_bind_flag_if_gt(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
lv_observer_t * lv_obj_bind_flag_if_ge(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
lv_observer_t * lv_obj_bind_flag_if_lt(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
lv_observer_t * lv_obj_bind_flag_if_le(lv_obj_t * obj, lv_subject_t * subject, lv_obj_flag_t flag, int32_t ref_value);
/** The same for states. */
lv_observer_t * lv_obj_bind_state_if_eq(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
lv_observer_t * lv_obj_bind_state_if_not_eq(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
lv_observer_t * lv_obj_bind_state_if_gt(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
lv_observer_t * lv_obj_bind_state_if_ge(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
lv_observer_t * lv_obj_bind_state_if_lt(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
lv_observer_t * lv_obj_bind_state_if_le(lv_obj_t * obj, lv_subject_t * subject, lv_state_t state, int32_t ref_value);
/** CHECKED follows the integer subject (non-zero), and clicking the object sets it. */
lv_observer_t * lv_obj_bind_checked(lv_obj_t * obj, lv_subject_t * subject);
/** The label shows the subject: fmt (copied) with the integer or the string; NULL: "%d" or the text. */
lv_observer_t * lv_label_bind_text(lv_obj_t * obj, lv_subject_t * subject, const char * fmt);
/** Both ways: the widget's value follows the integer subject and sets it when changed. */
lv_observer_t * lv_arc_bind_value(lv_obj_t * obj, lv_subject_t * subject);
lv_observer_t * lv_slider_bind_value(lv_obj_t * obj, lv_subject_t * subject);
lv_observer_t * lv_roller_bind_value(lv_obj_t * obj, lv_subject_t * subject);
lv_observer_t * lv_dropdown_bind_value(lv_obj_t * obj, lv_subject_t * subject);

#ifdef __cplusplus
}
#endif

#endif
