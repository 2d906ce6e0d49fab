/**
 * @file lv_event.h
 * Events: codes, the event object handed to callbacks, and per-object callback lists.
 */
#ifndef LV_EVENT_H
#define LV_EVENT_H

#include "lv_types.h"
#include "lv_area.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_EVENT_ALL = 0x0,
    LV_EVENT_PRESSED = 0x1,
    LV_EVENT_PRESSING = 0x2,
    LV_EVENT_PRESS_LOST = 0x3,
    LV_EVENT_SHORT_CLICKED = 0x4,
    LV_EVENT_SINGLE_CLICKED = 0x5,
    LV_EVENT_DOUBLE_CLICKED = 0x6,
    LV_EVENT_TRIPLE_CLICKED = 0x7,
    LV_EVENT_LONG_PRESSED = 0x8,
    LV_EVENT_LONG_PRESSED_REPEAT = 0x9,
    LV_EVENT_CLICKED = 0xA,
    LV_EVENT_RELEASED = 0xB,
    LV_EVENT_SCROLL_BEGIN = 0xC,
    LV_EVENT_SCROLL_THROW_BEGIN = 0xD,
    LV_EVENT_SCROLL_END = 0xE,
    LV_EVENT_SCROLL = 0xF,
    LV_EVENT_GESTURE = 0x10,
    LV_EVENT_KEY = 0x11,
    LV_EVENT_ROTARY = 0x12,
    LV_EVENT_FOCUSED = 0x13,
    LV_EVENT_DEFOCUSED = 0x14,
    LV_EVENT_LEAVE = 0x15,
    LV_EVENT_HIT_TEST = 0x16,
    LV_EVENT_INDEV_RESET = 0x17,
    LV_EVENT_HOVER_OVER = 0x18,
    LV_EVENT_HOVER_LEAVE = 0x19,
    LV_EVENT_COVER_CHECK = 0x1A,
    LV_EVENT_REFR_EXT_DRAW_SIZE = 0x1B,
    LV_EVENT_DRAW_MAIN_BEGIN = 0x1C,
    LV_EVENT_DRAW_MAIN = 0x1D,
    LV_EVENT_DRAW_MAIN_END = 0x1E,
    LV_EVENT_DRAW_POST_BEGIN = 0x1F,
    LV_EVENT_DRAW_POST = 0x20,
    LV_EVENT_DRAW_POST_END = 0x21,
    LV_EVENT_DRAW_TASK_ADDED = 0x22,
    LV_EVENT_VALUE_CHANGED = 0x23,
    LV_EVENT_INSERT = 0x24,
    LV_EVENT_REFRESH = 0x25,
    LV_EVENT_READY = 0x26,
    LV_EVENT_CANCEL = 0x27,
    LV_EVENT_CREATE = 0x28,
    LV_EVENT_DELETE = 0x29,
    LV_EVENT_CHILD_CHANGED = 0x2A,
    LV_EVENT_CHILD_CREATED = 0x2B,
    LV_EVENT_CHILD_DELETED = 0x2C,
    LV_EVENT_SCREEN_UNLOAD_START = 0x2D,
    LV_EVENT_SCREEN_LOAD_START = 0x2E,
    LV_EVENT_SCREEN_LOADED = 0x2F,
    LV_EVENT_SCREEN_UNLOADED = 0x30,
    LV_EVENT_SIZE_CHANGED = 0x31,
    LV_EVENT_STYLE_CHANGED = 0x32,
    LV_EVENT_LAYOUT_CHANGED = 0x33,
    LV_EVENT_GET_SELF_SIZE = 0x34,
    LV_EVENT_INVALIDATE_AREA = 0x35,
    LV_EVENT_RESOLUTION_CHANGED = 0x36,
    LV_EVENT_COLOR_FORMAT_CHANGED = 0x37,
    LV_EVENT_REFR_REQUEST = 0x38,
    LV_EVENT_REFR_START = 0x39,
    LV_EVENT_REFR_READY = 0x3A,
    LV_EVENT_RENDER_START = 0x3B,
    LV_EVENT_RENDER_READY = 0x3C,
    LV_EVENT_FLUSH_START = 0x3D,
    LV_EVENT_FLUSH_FINISH = 0x3E,
    LV_EVENT_FLUSH_WAIT_START = 0x3F,
    LV_EVENT_FLUSH_WAIT_FINISH = 0x40,
    LV_EVENT_VSYNC = 0x41,
    LV_EVENT_VSYNC_REQUEST = 0x42,
    LV_EVENT_LAST = 0x43,
    LV_EVENT_PREPROCESS = 0x8000,
    LV_EVENT_MARKED_DELETING = 0x10000,
} lv_event_code_t;

typedef void (*lv_event_cb_t)(lv_event_t * e);

/** One registered callback: the function, the code it listens to and its user data. */
typedef struct _lv_event_dsc_t {
    lv_event_cb_t cb;
    void * user_data;
    uint32_t filter;
} lv_event_dsc_t;

/** A list of registered callbacks (engine-owned array of pointers). */
typedef struct {
    lv_event_dsc_t ** dsc;
    uint32_t cnt;
    uint8_t is_traversing : 1;
    uint8_t has_marked_deleting : 1;
} lv_event_list_t;

/** The event being sent; valid only inside the callbacks. */
struct _lv_event_t {
    void * current_target;
    void * original_target;
    lv_event_code_t code;
    void * user_data;
    void * param;
    lv_event_t * prev;
    uint8_t deleted : 1;
    uint8_t stop_processing : 1;
    uint8_t stop_bubbling : 1;
};

/** Calls the callbacks of list matching e->code (or the preprocess ones if preprocess). */
lv_result_t lv_event_send(lv_event_list_t * list, lv_event_t * e, bool preprocess);
lv_event_dsc_t * lv_event_add(lv_event_list_t * list, lv_event_cb_t cb, lv_event_code_t filter, void * user_data);
bool lv_event_remove_dsc(lv_event_list_t * list, lv_event_dsc_t * dsc);
uint32_t lv_event_get_count(lv_event_list_t * list);
lv_event_dsc_t * lv_event_get_dsc(lv_event_list_t * list, uint32_t index);
lv_event_cb_t lv_event_dsc_get_cb(lv_event_dsc_t * dsc);
void * lv_event_dsc_get_user_data(lv_event_dsc_t * dsc);
bool lv_event_remove(lv_event_list_t * list, uint32_t index);
void lv_event_remove_all(lv_event_list_t * list);
void * lv_event_get_target(lv_event_t * e);
void * lv_event_get_current_target(lv_event_t * e);
lv_event_code_t lv_event_get_code(lv_event_t * e);
void * lv_event_get_param(lv_event_t * e);
void * lv_event_get_user_data(lv_event_t * e);
/** Stops the event from reaching the parents. */
void lv_event_stop_bubbling(lv_event_t * e);
/** Stops the remaining callbacks of the current object. */
void lv_event_stop_processing(lv_event_t * e);
/** A new event code for application events. */
uint32_t lv_event_register_id(void);
const char * lv_event_code_get_name(lv_event_code_t code);

#ifdef __cplusplus
}
#endif

#endif
