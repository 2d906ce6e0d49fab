/**
 * @file tk_style.h
 * Styles: a union passed by value, a struct with an anonymous union and bitfields, a
 * flexible array member, and a const-data initialiser macro.
 */
#ifndef TK_STYLE_H
#define TK_STYLE_H

#include "tk_color.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A property value: one of three kinds. */
typedef union {
    int32_t num;
    const void * ptr;
    tk_color_t color;
} tk_style_value_t;

typedef uint8_t tk_style_prop_t;

enum _tk_style_prop_t {
    TK_STYLE_PROP_INV = 0,
    TK_STYLE_WIDTH = 1,
    TK_STYLE_BG_COLOR = 2,
    TK_STYLE_PROP_ANY = 0xFF,
};

typedef struct {
    void * values_and_props;
    uint32_t has_group;
    uint8_t prop_cnt;
    uint8_t is_const : 1;
    uint8_t dirty : 1;
    union {
        uint16_t flags;
        uint8_t flag_bytes[2];
    };
} tk_style_t;

/** A gradient: a union of unnamed structs, two levels below the type, a bool bitfield,
 *  a two-dimensional array and an allocator callback whose typedef does not end in _t. */
typedef void * (*tk_grad_alloc_cb)(size_t size, void * user_data);

typedef struct {
    tk_color_t stops[2];
    union {
        struct {
            tk_point_t start;
            tk_point_t end;
        } linear;
        struct {
            tk_point_t focal;
            int32_t radius;
        } radial;
    } params;
    bool extend : 1;
    int16_t matrix[2][3];
    tk_grad_alloc_cb alloc_cb;
    void * user_data;
} tk_grad_dsc_t;

void tk_grad_init(tk_grad_dsc_t * grad, tk_grad_alloc_cb alloc_cb, void * user_data);

/** A list of properties with its length and a flexible array of them. */
typedef struct {
    uint32_t count;
    tk_style_prop_t props[];
} tk_style_prop_list_t;

#define TK_STYLE_CONST_INIT(var_name, prop_array) \
    const tk_style_t var_name = { .values_and_props = (void *) prop_array, .has_group = 0xFF, .prop_cnt = 1 }

/* object-like macros that are not integer constants: an initialiser list, a compound
 * literal, a call, and an old type name */
#define TK_STYLE_CONST_PROPS_END { .values_and_props = 0, .has_group = 0 }
#define TK_COLOR_WHITE_LITERAL ((tk_color_t){0xff, 0xff, 0xff})
#define TK_STYLE_DEFAULT_WIDTH_NOW tk_style_default_width()
#define tk_style_value tk_style_value_t

void tk_style_init(tk_style_t * style);
int32_t tk_style_default_width(void);
void tk_style_set_prop(tk_style_t * style, tk_style_prop_t prop, tk_style_value_t value);
tk_style_value_t tk_style_get_prop_value(const tk_style_t * style, tk_style_prop_t prop);
void tk_style_set_width(tk_style_t * style, int32_t value);
void tk_style_set_bg_color(tk_style_t * style, tk_color_t value);
uint32_t tk_style_prop_list_count(const tk_style_prop_list_t * list);

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_STYLE_H*/
