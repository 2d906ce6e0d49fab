/**
 * @file toy.h
 * A toy widget library following LVGL's conventions, with prefix "tl": used to test that
 * bindgen is not specific to the engine's headers. Every construct bindgen must handle
 * appears here at least once.
 */
#ifndef TOY_H
#define TOY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TL_ATTRIBUTE_FAST_MEM   /* an attribute-style macro, expands to nothing */
#define TL_EXPORT_MAGIC 0x70

/* ---- constants ------------------------------------------------------------------- */
#define TL_COORD_MAX ((1 << 29) - 1)
#define TL_COORD_MIN (-TL_COORD_MAX)
#define TL_SIZE_AUTO (TL_COORD_MAX | (1 << 29))
#define TL_RADIUS_ROUND 0x7FFF
#define TL_REPEAT_FOREVER 0xFFFFFFFF
#define TL_SYMBOL_OK "\xEF\x80\x8C"
#define TL_SYMBOL_CLOSE "\xEF\x80\x8D"
#define TL_TWICE(x) ((x) * 2)  /* function-like: not a constant */
#define TL_VERSION_TEXT "toy 1.0"
#define TL_SCALE_DEFAULT 1.5       /* a float: not an integer constant */
#define TL_NO_OBJ ((void *)0)      /* a pointer: not an integer constant */
#define TL_EXPORT_CONST_INT(x) enum { ENUM_##x = x }
TL_EXPORT_CONST_INT(TL_RADIUS_ROUND); /* as LVGL does for bindings: still RADIUS_ROUND */

/** Opacity steps; names starting with a digit get a leading underscore in Python. */
enum {
    TL_OPA_0 = 0,
    TL_OPA_50 = 127,
    TL_OPA_100 = 255,
};

/* renamed values kept as macros: grouped by their common prefix (SCR_FADE.IN, SCR_FADE.OUT) */
#define TL_SCR_FADE_IN 1
#define TL_SCR_FADE_OUT 2

/** Where to put a widget. */
typedef enum {
    TL_ALIGN_DEFAULT = 0,
    TL_ALIGN_CENTER,
    TL_ALIGN_TOP_LEFT,
    TL_ALIGN_BOTTOM_RIGHT,
} tl_align_t;

typedef uint8_t tl_opa_t;

/* ---- opaque types and the class object ------------------------------------------- */
typedef struct _tl_obj_t tl_obj_t;
typedef struct _tl_obj_class_t tl_obj_class_t;
typedef struct _tl_event_t tl_event_t;

/** Widget flags: class scoped (obj.FLAG.HIDDEN). */
typedef enum {
    TL_OBJ_FLAG_NONE = 0,
    TL_OBJ_FLAG_HIDDEN = 1 << 0,
    TL_OBJ_FLAG_CLICKABLE = 1 << 1,
} tl_obj_flag_t;

/* ---- structs ---------------------------------------------------------------------- */
/** A point. */
typedef struct {
    int32_t x;
    int32_t y;
} tl_point_t;

/** The old name of tl_point_t. */
typedef tl_point_t tl_pos_t;

/** A rectangle made of two nested points. */
typedef struct {
    tl_point_t a;
    tl_point_t b;
} tl_rect_t;

/** A colour, 3 bytes: passed and returned by value. */
typedef struct {
    uint8_t blue;
    uint8_t green;
    uint8_t red;
} tl_color_t;

/** A polyline with a fixed array of points, a bitfield, an anonymous struct and a union. */
typedef struct {
    tl_point_t pts[4];
    uint8_t count;
    uint8_t closed : 1;
    uint8_t width : 7;
    struct {
        int16_t dash;
        int16_t gap;
    } pattern;
    union {
        int32_t as_int;
        float as_float;
    } tag;
    char label[8];
} tl_path_t;

/** A font descriptor; the library exports instances as global variables. */
typedef struct {
    const char * name;
    uint8_t line_height;
} tl_font_t;

/** The built-in font. */
extern const tl_font_t tl_font_small;

/* ---- callbacks: the three user_data conventions ------------------------------------ */

/** Convention 1: the struct passed first carries user_data. */
typedef struct _tl_ticker_t tl_ticker_t;
typedef void (*tl_ticker_cb_t)(tl_ticker_t * ticker);
struct _tl_ticker_t {
    tl_ticker_cb_t cb;
    uint32_t count;
    void * user_data;
};

/** Convention 2: `void * user_data` last in the registration and in the callback. */
typedef int32_t (*tl_visit_cb_t)(int32_t value, void * user_data);

/** Convention 3: callback and user_data fields of the same struct. */
typedef struct _tl_anim_t tl_anim_t;
typedef void (*tl_anim_exec_cb_t)(tl_anim_t * anim, int32_t value);
struct _tl_anim_t {
    tl_anim_exec_cb_t exec_cb;
    int32_t start;
    int32_t end;
    void * user_data;
};

/** Event callbacks: the event is opaque, its user_data comes from a getter. */
typedef void (*tl_event_cb_t)(tl_event_t * e);

/** A callback without any user_data: functions taking it cannot be bound. */
typedef void (*tl_raw_cb_t)(int32_t value);

/** Global callbacks, one of each kind for the whole library: a *_g_cb_t type, and a type set
 *  by a module-level *_set_cb setter. Bound with one callable per type. */
typedef void (*tl_print_g_cb_t)(int32_t level, const char * text);
typedef uint32_t (*tl_clock_cb_t)(void);

/* ---- the obj class ----------------------------------------------------------------- */
extern const tl_obj_class_t tl_obj_class;
extern const tl_obj_class_t tl_gauge_class;

/** Creates a base object; NULL parent makes a screen. */
tl_obj_t * tl_obj_create(tl_obj_t * parent);
/** Deletes an object and its children; each gets TL_EVENT_DELETE first. */
void tl_obj_delete(tl_obj_t * obj);
/** Sets the x coordinate. */
void tl_obj_set_x(tl_obj_t * obj, int32_t x);
/* the old name of tl_obj_set_x, kept as an alias */
#define tl_obj_set_left tl_obj_set_x
/** Returns the x coordinate. */
int32_t tl_obj_get_x(const tl_obj_t * obj);
/** Returns the parent, NULL for a screen. */
tl_obj_t * tl_obj_get_parent(const tl_obj_t * obj);
/**
 * The screen an object is on.
 * @param obj an object, NULL for the active screen
 * @return the screen
 */
tl_obj_t * tl_obj_get_screen(const tl_obj_t * obj);
/** Sets flags (tl_obj_flag_t bits). */
void tl_obj_add_flag(tl_obj_t * obj, tl_obj_flag_t flag);
/** True if all `flag` bits are set. */
bool tl_obj_has_flag(const tl_obj_t * obj, tl_obj_flag_t flag);
/** Aligns the object. */
void tl_obj_align(tl_obj_t * obj, tl_align_t align, int32_t x_ofs, int32_t y_ofs);
/** Returns the alignment set last. */
tl_align_t tl_obj_get_align(const tl_obj_t * obj);
/** Sets the opacity. */
void tl_obj_set_opa(tl_obj_t * obj, tl_opa_t opa);
/** Returns the opacity. */
tl_opa_t tl_obj_get_opa(const tl_obj_t * obj);
/** Copies the object's area into `area`. */
void tl_obj_get_area(const tl_obj_t * obj, tl_rect_t * area);
/** Event codes; a callback registered for TL_EVENT_ALL gets every code but DELETE. */
typedef enum {
    TL_EVENT_ALL = 0,
    TL_EVENT_CLICKED = 1,
    TL_EVENT_DELETE = 2,
} tl_event_code_t;

/** Registers an event callback for `filter` (TL_EVENT_ALL: all codes); several may coexist. */
void tl_obj_add_event_cb(tl_obj_t * obj, tl_event_cb_t cb, tl_event_code_t filter, void * user_data);
/** Removes the registrations of `cb`; true if there was one. (Nowhere to keep a Python
 *  callable: not bound; the runtime provides obj.remove_event_cb(callable) itself.) */
bool tl_obj_remove_event_cb(tl_obj_t * obj, tl_event_cb_t cb);
/** Removes the registrations of `cb` with this user_data; returns how many. */
uint32_t tl_obj_remove_event_cb_with_user_data(tl_obj_t * obj, tl_event_cb_t cb, void * user_data);
/** Sends an event of `code` to the callbacks registered for it; returns how many ran. */
int32_t tl_obj_send_event(tl_obj_t * obj, int32_t code);
/** Deletes the children of an object (each gets TL_EVENT_DELETE first). */
void tl_obj_clean(tl_obj_t * obj);
/** Number of children. */
uint32_t tl_obj_get_child_count(const tl_obj_t * obj);
/** Returns the class of an object. */
const tl_obj_class_t * tl_obj_get_class(const tl_obj_t * obj);

/** Returns the event's code. */
int32_t tl_event_get_code(tl_event_t * e);
/** Returns the object the event was sent to. */
tl_obj_t * tl_event_get_target(tl_event_t * e);
/** Returns the user_data given to tl_obj_add_event_cb. */
void * tl_event_get_user_data(tl_event_t * e);

/* ---- the gauge class --------------------------------------------------------------- */

/** Gauge modes: class scoped (gauge.MODE.NEEDLE). */
typedef enum {
    TL_GAUGE_MODE_ARC = 0,
    TL_GAUGE_MODE_NEEDLE = 1,
    TL_GAUGE_MODE_2D = 2,
} tl_gauge_mode_t;

/* needle widths: loose macros named after a class (gauge.NEEDLE.THIN) */
#define TL_GAUGE_NEEDLE_THIN 1
#define TL_GAUGE_NEEDLE_WIDE 4

/** Creates a gauge. */
tl_obj_t * tl_gauge_create(tl_obj_t * parent);
/** Sets the value, clamped to the range. */
void tl_gauge_set_value(tl_obj_t * gauge, int16_t value);
/** Returns the value. */
int16_t tl_gauge_get_value(const tl_obj_t * gauge);
/** Sets the mode. */
void tl_gauge_set_mode(tl_obj_t * gauge, tl_gauge_mode_t mode);
/** Returns the mode. */
tl_gauge_mode_t tl_gauge_get_mode(const tl_obj_t * gauge);
/** Sets the title (copied). */
void tl_gauge_set_title(tl_obj_t * gauge, const char * title);
/** Returns the title. */
const char * tl_gauge_get_title(const tl_obj_t * gauge);
/** Sets tick positions from an array. */
void tl_gauge_set_ticks(tl_obj_t * gauge, const int32_t * ticks, uint32_t count);
/** Returns the sum of the ticks. */
int64_t tl_gauge_get_tick_sum(const tl_obj_t * gauge);

/** Creates a tab with a title: a class whose constructor takes more than the parent. */
tl_obj_t * tl_tab_create(tl_obj_t * parent, const char * title);

/* ---- struct methods ---------------------------------------------------------------- */
/** Sets both coordinates of a point. */
void tl_point_set(tl_point_t * p, int32_t x, int32_t y);
/** Manhattan length of a point. */
uint32_t tl_point_length(const tl_point_t * p);
/** Width of a rectangle (inclusive). */
int32_t tl_rect_get_width(const tl_rect_t * r);
/** Moves a rectangle. */
void tl_rect_move(tl_rect_t * r, int32_t dx, int32_t dy);
/** Sum of the x coordinates of the first `count` points of a path. */
int32_t tl_path_sum_x(const tl_path_t * path);
/** Initialises a ticker. */
void tl_ticker_init(tl_ticker_t * ticker);
/** Registers the ticker callback (convention 1: user_data in the ticker). */
void tl_ticker_set_cb(tl_ticker_t * ticker, tl_ticker_cb_t cb);
/** Runs the ticker callback `n` times. */
void tl_ticker_run(tl_ticker_t * ticker, uint32_t n);
/** Initialises an animation. */
void tl_anim_init(tl_anim_t * anim);
/** Calls exec_cb with start, then end (convention 3). */
void tl_anim_run(tl_anim_t * anim);

/* ---- module functions -------------------------------------------------------------- */
/** Initialises the library (idempotent). */
void tl_init(void);
/** The active screen. */
tl_obj_t * tl_screen_active(void);
/** Loads a screen. */
void tl_screen_load(tl_obj_t * scr);
/** Makes a point by value. */
tl_point_t tl_point_make(int32_t x, int32_t y);
/** Makes a colour from 0xRRGGBB. */
tl_color_t tl_color_hex(uint32_t rgb);
/** Packs a colour into 0xRRGGBB. */
uint32_t tl_color_to_u32(tl_color_t c);
/** Mixes two colours 50/50. */
tl_color_t tl_color_mix(tl_color_t a, tl_color_t b);
/** Bounding box of two points, returned by value (16 bytes). */
tl_rect_t tl_rect_from_points(tl_point_t a, tl_point_t b);
/** Scales a float. */
float tl_scale_f(float v, float k);
/** Weighted average of two doubles. */
double tl_mix_d(double a, double b, double w);
/** Mixed integer and floating arguments. */
double tl_mixed(int8_t a, float b, int64_t c, double d, uint16_t e);
/** Adds two 64-bit values. */
uint64_t tl_add_u64(uint64_t a, uint64_t b);
/** Returns its argument negated, as int8. */
int8_t tl_neg_i8(int8_t v);
/** Returns v + 1 wrapped to uint8. */
uint8_t tl_inc_u8(uint8_t v);
/** Returns v - 1 wrapped to uint16. */
uint16_t tl_dec_u16(uint16_t v);
/** True if v is odd. */
bool tl_is_odd(int32_t v);
/** Length of a string, 0 for NULL. */
size_t tl_strlen(const char * s);
/** Writes "toy" into buf (at most size bytes incl. NUL); returns the length written. */
uint32_t tl_get_name(char * buf, uint32_t size);
/** Calls `cb(i, user_data)` for i in [0, n) and returns the sum of its results (convention 2). */
int32_t tl_visit(int32_t n, tl_visit_cb_t cb, void * user_data);
/** Calls a callback that has no user_data: cannot be bound. */
void tl_call_raw(tl_raw_cb_t cb, int32_t value);
void tl_register_print_cb(tl_print_g_cb_t print_cb);
/** Sends text to the registered print callback. */
void tl_print(int32_t level, const char * text);
void tl_clock_set_cb(tl_clock_cb_t cb);
/** The registered clock's time, 0 without one. */
uint32_t tl_clock_get(void);
/** Prints a formatted message: variadic, cannot be bound. */
void tl_log(const char * fmt, ...);
/** The larger of two values (static inline). */
static inline int32_t tl_max(int32_t a, int32_t b) { return a > b ? a : b; }
/** Sums a number list of `count` values. */
TL_ATTRIBUTE_FAST_MEM int32_t tl_sum(const int32_t values[], uint32_t count);
/** Counts the non-NULL strings of a NULL-terminated array. */
uint32_t tl_count_strings(const char * const * strs);

#ifdef __cplusplus
}
#endif

#endif
