/* The toy widget library behind toy.h: just enough behaviour for tests to observe calls. */
#include "toy.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct _tl_obj_class_t {
    const char * name;
    const tl_obj_class_t * base;
};

const tl_obj_class_t tl_obj_class = {"obj", NULL};
const tl_obj_class_t tl_gauge_class = {"gauge", &tl_obj_class};
const tl_font_t tl_font_small = {"small", 12};

#define TL_MAX_EVENT_CBS 8

struct _tl_event_t {
    int32_t code;
    tl_obj_t * target;
    void * user_data;
};

struct _tl_obj_t {
    const tl_obj_class_t * cls;
    tl_obj_t * parent;
    int32_t x;
    uint32_t flags;
    tl_align_t align;
    tl_opa_t opa;
    tl_event_cb_t event_cbs[TL_MAX_EVENT_CBS];
    tl_event_code_t event_filter[TL_MAX_EVENT_CBS];
    void * event_user_data[TL_MAX_EVENT_CBS];
    tl_obj_t * first_child;
    tl_obj_t * next_sibling;
    int16_t gauge_value;
    tl_gauge_mode_t gauge_mode;
    char title[32];
    int64_t tick_sum;
};

static tl_obj_t * active_screen;

static tl_obj_t * new_obj(const tl_obj_class_t * cls, tl_obj_t * parent)
{
    tl_obj_t * obj = (tl_obj_t *)calloc(1, sizeof(tl_obj_t));
    if(obj == NULL) return NULL;
    obj->cls = cls;
    obj->parent = parent;
    obj->opa = TL_OPA_100;
    if(parent) {
        obj->next_sibling = parent->first_child;
        parent->first_child = obj;
    }
    return obj;
}

tl_obj_t * tl_obj_create(tl_obj_t * parent) { return new_obj(&tl_obj_class, parent); }

static int32_t send(tl_obj_t * obj, int32_t code)
{
    int32_t ran = 0;
    for(int i = 0; i < TL_MAX_EVENT_CBS; i++) {
        if(obj->event_cbs[i] == NULL) continue;
        tl_event_code_t f = obj->event_filter[i];
        if(f != (tl_event_code_t)code && !(f == TL_EVENT_ALL && code != TL_EVENT_DELETE)) continue;
        tl_event_t e = {code, obj, obj->event_user_data[i]};
        obj->event_cbs[i](&e);
        ran++;
    }
    return ran;
}

void tl_obj_clean(tl_obj_t * obj)
{
    while(obj->first_child) tl_obj_delete(obj->first_child);
}

void tl_obj_delete(tl_obj_t * obj)
{
    tl_obj_clean(obj);
    send(obj, TL_EVENT_DELETE);
    if(obj->parent) {
        tl_obj_t ** link = &obj->parent->first_child;
        while(*link && *link != obj) link = &(*link)->next_sibling;
        if(*link) *link = obj->next_sibling;
    }
    if(obj == active_screen) active_screen = NULL;
    free(obj);
}

uint32_t tl_obj_get_child_count(const tl_obj_t * obj)
{
    uint32_t n = 0;
    for(const tl_obj_t * c = obj->first_child; c; c = c->next_sibling) n++;
    return n;
}

void tl_obj_set_x(tl_obj_t * obj, int32_t x) { obj->x = x; }
int32_t tl_obj_get_x(const tl_obj_t * obj) { return obj->x; }
tl_obj_t * tl_obj_get_parent(const tl_obj_t * obj) { return obj->parent; }
tl_obj_t * tl_obj_get_screen(const tl_obj_t * obj)
{
    if(obj == NULL) return active_screen;
    while(obj->parent) obj = obj->parent;
    return (tl_obj_t *)obj;
}
void tl_obj_add_flag(tl_obj_t * obj, tl_obj_flag_t flag) { obj->flags |= (uint32_t)flag; }
bool tl_obj_has_flag(const tl_obj_t * obj, tl_obj_flag_t flag) { return (obj->flags & (uint32_t)flag) == (uint32_t)flag; }
void tl_obj_align(tl_obj_t * obj, tl_align_t align, int32_t x_ofs, int32_t y_ofs)
{
    obj->align = align;
    obj->x = x_ofs;
    (void)y_ofs;
}
tl_align_t tl_obj_get_align(const tl_obj_t * obj) { return obj->align; }
void tl_obj_set_opa(tl_obj_t * obj, tl_opa_t opa) { obj->opa = opa; }
tl_opa_t tl_obj_get_opa(const tl_obj_t * obj) { return obj->opa; }

void tl_obj_get_area(const tl_obj_t * obj, tl_rect_t * area)
{
    area->a.x = obj->x;
    area->a.y = 0;
    area->b.x = obj->x + 99;
    area->b.y = 49;
}

void tl_obj_add_event_cb(tl_obj_t * obj, tl_event_cb_t cb, tl_event_code_t filter, void * user_data)
{
    for(int i = 0; i < TL_MAX_EVENT_CBS; i++) {
        if(obj->event_cbs[i] == NULL) {
            obj->event_cbs[i] = cb;
            obj->event_filter[i] = filter;
            obj->event_user_data[i] = user_data;
            return;
        }
    }
}

int32_t tl_obj_send_event(tl_obj_t * obj, int32_t code) { return send(obj, code); }

static uint32_t remove_cbs(tl_obj_t * obj, tl_event_cb_t cb, bool any_user_data, void * user_data)
{
    uint32_t n = 0;
    for(int i = 0; i < TL_MAX_EVENT_CBS; i++) {
        if(!cb || obj->event_cbs[i] != cb || (!any_user_data && obj->event_user_data[i] != user_data)) continue;
        obj->event_cbs[i] = NULL;
        n++;
    }
    return n;
}

bool tl_obj_remove_event_cb(tl_obj_t * obj, tl_event_cb_t cb) { return remove_cbs(obj, cb, true, NULL) > 0; }

uint32_t tl_obj_remove_event_cb_with_user_data(tl_obj_t * obj, tl_event_cb_t cb, void * user_data)
{
    return remove_cbs(obj, cb, false, user_data);
}

const tl_obj_class_t * tl_obj_get_class(const tl_obj_t * obj) { return obj->cls; }

int32_t tl_event_get_code(tl_event_t * e) { return e->code; }
tl_obj_t * tl_event_get_target(tl_event_t * e) { return e->target; }
void * tl_event_get_user_data(tl_event_t * e) { return e->user_data; }

tl_obj_t * tl_gauge_create(tl_obj_t * parent) { return new_obj(&tl_gauge_class, parent); }

const tl_obj_class_t tl_tab_class = {"tab", &tl_obj_class};

tl_obj_t * tl_tab_create(tl_obj_t * parent, const char * title)
{
    tl_obj_t * tab = new_obj(&tl_tab_class, parent);
    if(tab) tl_gauge_set_title(tab, title);
    return tab;
}

void tl_gauge_set_value(tl_obj_t * gauge, int16_t value)
{
    if(value < -1000) value = -1000;
    if(value > 1000) value = 1000;
    gauge->gauge_value = value;
}
int16_t tl_gauge_get_value(const tl_obj_t * gauge) { return gauge->gauge_value; }
void tl_gauge_set_mode(tl_obj_t * gauge, tl_gauge_mode_t mode) { gauge->gauge_mode = mode; }
tl_gauge_mode_t tl_gauge_get_mode(const tl_obj_t * gauge) { return gauge->gauge_mode; }

void tl_gauge_set_title(tl_obj_t * gauge, const char * title)
{
    snprintf(gauge->title, sizeof(gauge->title), "%s", title ? title : "");
}
const char * tl_gauge_get_title(const tl_obj_t * gauge) { return gauge->title; }

void tl_gauge_set_ticks(tl_obj_t * gauge, const int32_t * ticks, uint32_t count)
{
    gauge->tick_sum = 0;
    for(uint32_t i = 0; i < count; i++) gauge->tick_sum += ticks[i];
}
int64_t tl_gauge_get_tick_sum(const tl_obj_t * gauge) { return gauge->tick_sum; }

void tl_point_set(tl_point_t * p, int32_t x, int32_t y)
{
    p->x = x;
    p->y = y;
}
uint32_t tl_point_length(const tl_point_t * p) { return (uint32_t)(abs(p->x) + abs(p->y)); }
int32_t tl_rect_get_width(const tl_rect_t * r) { return r->b.x - r->a.x + 1; }
void tl_rect_move(tl_rect_t * r, int32_t dx, int32_t dy)
{
    r->a.x += dx;
    r->b.x += dx;
    r->a.y += dy;
    r->b.y += dy;
}

int32_t tl_path_sum_x(const tl_path_t * path)
{
    int32_t sum = 0;
    for(int i = 0; i < path->count && i < 4; i++) sum += path->pts[i].x;
    return sum;
}

void tl_ticker_init(tl_ticker_t * ticker) { memset(ticker, 0, sizeof(*ticker)); }
void tl_ticker_set_cb(tl_ticker_t * ticker, tl_ticker_cb_t cb) { ticker->cb = cb; }
void tl_ticker_run(tl_ticker_t * ticker, uint32_t n)
{
    for(uint32_t i = 0; i < n; i++) {
        ticker->count++;
        if(ticker->cb) ticker->cb(ticker);
    }
}

void tl_anim_init(tl_anim_t * anim) { memset(anim, 0, sizeof(*anim)); }
void tl_anim_run(tl_anim_t * anim)
{
    if(anim->exec_cb == NULL) return;
    anim->exec_cb(anim, anim->start);
    anim->exec_cb(anim, anim->end);
}

void tl_init(void)
{
    if(active_screen == NULL) active_screen = tl_obj_create(NULL);
}
tl_obj_t * tl_screen_active(void) { return active_screen; }
void tl_screen_load(tl_obj_t * scr) { active_screen = scr; }

tl_point_t tl_point_make(int32_t x, int32_t y)
{
    tl_point_t p = {x, y};
    return p;
}

tl_color_t tl_color_hex(uint32_t rgb)
{
    tl_color_t c;
    c.red = (uint8_t)(rgb >> 16);
    c.green = (uint8_t)(rgb >> 8);
    c.blue = (uint8_t)rgb;
    return c;
}
uint32_t tl_color_to_u32(tl_color_t c) { return ((uint32_t)c.red << 16) | ((uint32_t)c.green << 8) | c.blue; }
tl_color_t tl_color_mix(tl_color_t a, tl_color_t b)
{
    tl_color_t c;
    c.red = (uint8_t)((a.red + b.red) / 2);
    c.green = (uint8_t)((a.green + b.green) / 2);
    c.blue = (uint8_t)((a.blue + b.blue) / 2);
    return c;
}

tl_rect_t tl_rect_from_points(tl_point_t a, tl_point_t b)
{
    tl_rect_t r;
    r.a.x = a.x < b.x ? a.x : b.x;
    r.a.y = a.y < b.y ? a.y : b.y;
    r.b.x = a.x < b.x ? b.x : a.x;
    r.b.y = a.y < b.y ? b.y : a.y;
    return r;
}

float tl_scale_f(float v, float k) { return v * k; }
double tl_mix_d(double a, double b, double w) { return a * (1.0 - w) + b * w; }
double tl_mixed(int8_t a, float b, int64_t c, double d, uint16_t e) { return a + b + (double)c + d + e; }
uint64_t tl_add_u64(uint64_t a, uint64_t b) { return a + b; }
int8_t tl_neg_i8(int8_t v) { return (int8_t)-v; }
uint8_t tl_inc_u8(uint8_t v) { return (uint8_t)(v + 1); }
uint16_t tl_dec_u16(uint16_t v) { return (uint16_t)(v - 1); }
bool tl_is_odd(int32_t v) { return (v & 1) != 0; }
size_t tl_strlen(const char * s) { return s ? strlen(s) : 0; }

uint32_t tl_get_name(char * buf, uint32_t size)
{
    if(buf == NULL || size == 0) return 0;
    int n = snprintf(buf, size, "%s", "toy");
    return (uint32_t)(n < (int)size ? n : (int)size - 1);
}

int32_t tl_visit(int32_t n, tl_visit_cb_t cb, void * user_data)
{
    int32_t sum = 0;
    for(int32_t i = 0; i < n; i++) sum += cb(i, user_data);
    return sum;
}

void tl_call_raw(tl_raw_cb_t cb, int32_t value)
{
    if(cb) cb(value);
}

static tl_print_g_cb_t print_cb;
static tl_clock_cb_t clock_cb;

void tl_register_print_cb(tl_print_g_cb_t cb) { print_cb = cb; }

void tl_print(int32_t level, const char * text)
{
    if(print_cb) print_cb(level, text);
}

void tl_clock_set_cb(tl_clock_cb_t cb) { clock_cb = cb; }

uint32_t tl_clock_get(void) { return clock_cb ? clock_cb() : 0; }

void tl_log(const char * fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

int32_t tl_sum(const int32_t values[], uint32_t count)
{
    int32_t sum = 0;
    for(uint32_t i = 0; i < count; i++) sum += values[i];
    return sum;
}

uint32_t tl_count_strings(const char * const * strs)
{
    uint32_t n = 0;
    while(strs && strs[n]) n++;
    return n;
}
