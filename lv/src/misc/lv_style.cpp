/**
 * @file lv_style.cpp
 * A style stores its properties as an array of (id, value) pairs in one lv_malloc'd block;
 * styles are small (a handful of properties), so a linear scan is the fastest lookup.
 */
#include "core/lv_global.h"
#include "core/lv_draw_deps.h"
#include "misc/lv_style_private.h"

namespace {

/* Property flags of the built-in properties, a table computed at compile time from lists. */
struct prop_flag_table_t {
    uint8_t v[LV_STYLE_NUM_BUILT_IN_PROPS];
};

constexpr prop_flag_table_t make_prop_flags()
{
    const lv_style_prop_t inheritable[] = {
        LV_STYLE_TEXT_COLOR, LV_STYLE_TEXT_OPA, LV_STYLE_TEXT_FONT, LV_STYLE_TEXT_LETTER_SPACE,
        LV_STYLE_TEXT_LINE_SPACE, LV_STYLE_TEXT_DECOR, LV_STYLE_TEXT_ALIGN, LV_STYLE_BASE_DIR,
        LV_STYLE_TEXT_OUTLINE_STROKE_COLOR, LV_STYLE_TEXT_OUTLINE_STROKE_WIDTH,
        LV_STYLE_TEXT_OUTLINE_STROKE_OPA, LV_STYLE_ROTARY_SENSITIVITY, 0
    };
    const lv_style_prop_t layout[] = {
        LV_STYLE_WIDTH, LV_STYLE_HEIGHT, LV_STYLE_MIN_WIDTH, LV_STYLE_MAX_WIDTH, LV_STYLE_MIN_HEIGHT,
        LV_STYLE_MAX_HEIGHT, LV_STYLE_LENGTH, LV_STYLE_PAD_TOP, LV_STYLE_PAD_BOTTOM, LV_STYLE_PAD_LEFT,
        LV_STYLE_PAD_RIGHT, LV_STYLE_PAD_ROW, LV_STYLE_PAD_COLUMN, LV_STYLE_PAD_RADIAL, LV_STYLE_LAYOUT,
        LV_STYLE_BORDER_WIDTH, LV_STYLE_TEXT_FONT, LV_STYLE_TEXT_LETTER_SPACE, LV_STYLE_TEXT_LINE_SPACE,
        LV_STYLE_FLEX_FLOW, LV_STYLE_FLEX_MAIN_PLACE, LV_STYLE_FLEX_CROSS_PLACE, LV_STYLE_FLEX_TRACK_PLACE,
        LV_STYLE_GRID_COLUMN_ALIGN, LV_STYLE_GRID_ROW_ALIGN, LV_STYLE_GRID_ROW_DSC_ARRAY,
        LV_STYLE_GRID_COLUMN_DSC_ARRAY, LV_STYLE_BASE_DIR, LV_STYLE_TRANSLATE_X, LV_STYLE_TRANSLATE_Y,
        LV_STYLE_TRANSLATE_RADIAL, 0
    };
    const lv_style_prop_t parent_layout[] = {
        LV_STYLE_WIDTH, LV_STYLE_HEIGHT, LV_STYLE_MIN_WIDTH, LV_STYLE_MAX_WIDTH, LV_STYLE_MIN_HEIGHT,
        LV_STYLE_MAX_HEIGHT, LV_STYLE_X, LV_STYLE_Y, LV_STYLE_ALIGN, LV_STYLE_MARGIN_TOP,
        LV_STYLE_MARGIN_BOTTOM, LV_STYLE_MARGIN_LEFT, LV_STYLE_MARGIN_RIGHT, LV_STYLE_FLEX_GROW,
        LV_STYLE_GRID_CELL_COLUMN_POS, LV_STYLE_GRID_CELL_COLUMN_SPAN, LV_STYLE_GRID_CELL_X_ALIGN,
        LV_STYLE_GRID_CELL_ROW_POS, LV_STYLE_GRID_CELL_ROW_SPAN, LV_STYLE_GRID_CELL_Y_ALIGN,
        LV_STYLE_TRANSLATE_X, LV_STYLE_TRANSLATE_Y, 0
    };
    const lv_style_prop_t ext_draw[] = {
        LV_STYLE_OUTLINE_WIDTH, LV_STYLE_OUTLINE_PAD, LV_STYLE_OUTLINE_OPA, LV_STYLE_SHADOW_WIDTH,
        LV_STYLE_SHADOW_OFFSET_X, LV_STYLE_SHADOW_OFFSET_Y, LV_STYLE_SHADOW_SPREAD, LV_STYLE_SHADOW_OPA,
        LV_STYLE_TRANSFORM_WIDTH, LV_STYLE_TRANSFORM_HEIGHT, LV_STYLE_TRANSFORM_SCALE_X,
        LV_STYLE_TRANSFORM_SCALE_Y, LV_STYLE_TRANSFORM_ROTATION, LV_STYLE_TRANSFORM_SKEW_X,
        LV_STYLE_TRANSFORM_SKEW_Y, LV_STYLE_ARC_WIDTH, LV_STYLE_LINE_WIDTH, 0
    };
    const lv_style_prop_t layer[] = {
        LV_STYLE_OPA_LAYERED, LV_STYLE_BLEND_MODE, LV_STYLE_BITMAP_MASK_SRC, LV_STYLE_TRANSFORM_SCALE_X,
        LV_STYLE_TRANSFORM_SCALE_Y, LV_STYLE_TRANSFORM_ROTATION, LV_STYLE_TRANSFORM_SKEW_X,
        LV_STYLE_TRANSFORM_SKEW_Y, 0
    };
    const lv_style_prop_t transform[] = {
        LV_STYLE_TRANSFORM_SCALE_X, LV_STYLE_TRANSFORM_SCALE_Y, LV_STYLE_TRANSFORM_ROTATION,
        LV_STYLE_TRANSFORM_SKEW_X, LV_STYLE_TRANSFORM_SKEW_Y, LV_STYLE_TRANSFORM_PIVOT_X,
        LV_STYLE_TRANSFORM_PIVOT_Y, 0
    };
    prop_flag_table_t t = {};
    const lv_style_prop_t * lists[] = {inheritable, layout, parent_layout, ext_draw, layer, transform};
    const uint8_t flags[] = {LV_STYLE_PROP_FLAG_INHERITABLE, LV_STYLE_PROP_FLAG_LAYOUT_UPDATE,
                             LV_STYLE_PROP_FLAG_PARENT_LAYOUT_UPDATE, LV_STYLE_PROP_FLAG_EXT_DRAW_UPDATE,
                             LV_STYLE_PROP_FLAG_LAYER_UPDATE, LV_STYLE_PROP_FLAG_TRANSFORM};
    for(int l = 0; l < 6; l++) {
        for(const lv_style_prop_t * id = lists[l]; *id; id++) t.v[*id] |= flags[l];
    }
    return t;
}

constexpr prop_flag_table_t k_prop_flags = make_prop_flags();

/* The default value of each property, as a small code: most are 0. */
enum default_kind_t : uint8_t {
    DEF_ZERO, DEF_SCALE_NONE, DEF_WHITE, DEF_BLACK, DEF_COVER, DEF_255, DEF_SIDE_FULL, DEF_FONT, DEF_COORD_MAX, DEF_256, DEF_ONE
};

constexpr default_kind_t default_kind(lv_style_prop_t prop)
{
    switch(prop) {
        case LV_STYLE_TRANSFORM_SCALE_X:
        case LV_STYLE_TRANSFORM_SCALE_Y:
            return DEF_SCALE_NONE;
        case LV_STYLE_BG_COLOR:
            return DEF_WHITE;
        case LV_STYLE_BG_GRAD_COLOR:
        case LV_STYLE_BORDER_COLOR:
        case LV_STYLE_SHADOW_COLOR:
        case LV_STYLE_OUTLINE_COLOR:
        case LV_STYLE_ARC_COLOR:
        case LV_STYLE_LINE_COLOR:
        case LV_STYLE_TEXT_COLOR:
        case LV_STYLE_IMAGE_RECOLOR:
        case LV_STYLE_BG_IMAGE_RECOLOR:
        case LV_STYLE_RECOLOR:
        case LV_STYLE_TEXT_OUTLINE_STROKE_COLOR:
            return DEF_BLACK;
        case LV_STYLE_OPA:
        case LV_STYLE_OPA_LAYERED:
        case LV_STYLE_BORDER_OPA:
        case LV_STYLE_TEXT_OPA:
        case LV_STYLE_IMAGE_OPA:
        case LV_STYLE_BG_GRAD_OPA:
        case LV_STYLE_BG_MAIN_OPA:
        case LV_STYLE_BG_IMAGE_OPA:
        case LV_STYLE_OUTLINE_OPA:
        case LV_STYLE_SHADOW_OPA:
        case LV_STYLE_LINE_OPA:
        case LV_STYLE_ARC_OPA:
        case LV_STYLE_TEXT_OUTLINE_STROKE_OPA:
            return DEF_COVER;
        case LV_STYLE_BG_GRAD_STOP:
            return DEF_255;
        case LV_STYLE_BORDER_SIDE:
            return DEF_SIDE_FULL;
        case LV_STYLE_TEXT_FONT:
            return DEF_FONT;
        case LV_STYLE_MAX_WIDTH:
        case LV_STYLE_MAX_HEIGHT:
            return DEF_COORD_MAX;
        case LV_STYLE_ROTARY_SENSITIVITY:
            return DEF_256;
        case LV_STYLE_GRID_CELL_COLUMN_SPAN:
        case LV_STYLE_GRID_CELL_ROW_SPAN:
            return DEF_ONE;
        default:
            return DEF_ZERO;
    }
}

constexpr lv_style_prop_info_table_t make_prop_info()
{
    lv_style_prop_info_table_t t = {};
    for(uint32_t p = 0; p < LV_STYLE_NUM_BUILT_IN_PROPS; p++) {
        t.v[p].flags = k_prop_flags.v[p];
        t.v[p].zero_default = default_kind(static_cast<lv_style_prop_t>(p)) == DEF_ZERO;
    }
    return t;
}

lv_style_const_prop_t * pairs(const lv_style_t * style)
{
    return static_cast<lv_style_const_prop_t *>(style->values_and_props);
}

} // namespace

const lv_style_prop_info_table_t lv_style_prop_info = make_prop_info();

extern "C" {

void lv_style_init(lv_style_t * style)
{
    lv_memzero(style, sizeof(lv_style_t));
}

void lv_style_reset(lv_style_t * style)
{
    if(lv_style_is_const(style)) return;
    lv_free(style->values_and_props);
    lv_memzero(style, sizeof(lv_style_t));
}

void lv_style_copy(lv_style_t * dst, const lv_style_t * src)
{
    if(dst == src || !dst || !src) return;
    lv_style_reset(dst);
    for(uint32_t i = 0; src->values_and_props && i < src->prop_cnt; i++) {
        lv_style_set_prop(dst, pairs(src)[i].prop, pairs(src)[i].value);
    }
}

bool lv_style_is_const(const lv_style_t * style) { return style->prop_cnt == LV_STYLE_PROP_CONST; }

lv_style_prop_t lv_style_register_prop(uint8_t flag)
{
    uint32_t id = LV_STYLE_NUM_BUILT_IN_PROPS + lv_global.style_custom_prop_count;
    if(id >= LV_STYLE_PROP_ANY) return LV_STYLE_PROP_INV;
    lv_global.style_custom_prop_flags[lv_global.style_custom_prop_count++] = flag;
    return static_cast<lv_style_prop_t>(id);
}

lv_style_prop_t lv_style_get_num_custom_props(void) { return lv_global.style_custom_prop_count; }

uint32_t lv_style_get_prop_group(lv_style_prop_t prop) { return (prop >> 3) & 31; }

bool lv_style_remove_prop(lv_style_t * style, lv_style_prop_t prop)
{
    if(lv_style_is_const(style)) return false;
    lv_style_const_prop_t * p = pairs(style);
    for(uint32_t i = 0; i < style->prop_cnt; i++) {
        if(p[i].prop != prop) continue;
        for(uint32_t j = i + 1; j < style->prop_cnt; j++) p[j - 1] = p[j];
        style->prop_cnt--;
        if(style->prop_cnt == 0) {
            lv_free(style->values_and_props);
            style->values_and_props = nullptr;
        }
        return true;
    }
    return false;
}

void lv_style_set_prop(lv_style_t * style, lv_style_prop_t prop, lv_style_value_t value)
{
    if(prop == LV_STYLE_PROP_INV || lv_style_is_const(style)) return;
    lv_style_const_prop_t * p = pairs(style);
    for(uint32_t i = 0; i < style->prop_cnt; i++) {
        if(p[i].prop == prop) {
            p[i].value = value;
            return;
        }
    }
    if(style->prop_cnt >= LV_STYLE_PROP_CONST - 1) return; /* the count is 8 bits */
    size_t new_size = sizeof(lv_style_const_prop_t) * (style->prop_cnt + 1u);
    p = static_cast<lv_style_const_prop_t *>(lv_realloc(style->values_and_props, new_size));
    if(!p) return; /* out of memory: the style keeps its old properties */
    style->values_and_props = p;
    p[style->prop_cnt].prop = prop;
    p[style->prop_cnt].value = value;
    style->prop_cnt++;
    style->has_group |= 1u << lv_style_get_prop_group(prop);
}

lv_style_res_t lv_style_get_prop(const lv_style_t * style, lv_style_prop_t prop, lv_style_value_t * value)
{
    return lv_style_get_prop_inlined(style, prop, value);
}

lv_style_res_t lv_style_get_prop_inlined(const lv_style_t * style, lv_style_prop_t prop, lv_style_value_t * value)
{
    if(lv_style_is_const(style)) {
        /* a const style is a LV_STYLE_PROP_INV-terminated array of pairs */
        for(const lv_style_const_prop_t * p = pairs(style); p && p->prop != LV_STYLE_PROP_INV; p++) {
            if(p->prop == prop) {
                *value = p->value;
                return LV_STYLE_RES_FOUND;
            }
        }
        return LV_STYLE_RES_NOT_FOUND;
    }
    if((style->has_group & (1u << lv_style_get_prop_group(prop))) == 0) return LV_STYLE_RES_NOT_FOUND;
    const lv_style_const_prop_t * p = pairs(style);
    for(uint32_t i = 0; i < style->prop_cnt; i++) {
        if(p[i].prop == prop) {
            *value = p[i].value;
            return LV_STYLE_RES_FOUND;
        }
    }
    return LV_STYLE_RES_NOT_FOUND;
}

void lv_style_transition_dsc_init(lv_style_transition_dsc_t * tr, const lv_style_prop_t props[],
                                  lv_anim_path_cb_t path_cb, uint32_t time, uint32_t delay, void * user_data)
{
    lv_memzero(tr, sizeof(*tr));
    tr->props = props;
    tr->path_xcb = path_cb ? path_cb : lv_anim_path_linear;
    tr->time = time;
    tr->delay = delay;
    tr->user_data = user_data;
}

void lv_color_filter_dsc_init(lv_color_filter_dsc_t * dsc, lv_color_filter_cb_t cb)
{
    if(!dsc) return;
    lv_memzero(dsc, sizeof(*dsc));
    dsc->filter_cb = cb;
}

lv_style_value_t lv_style_prop_get_default(lv_style_prop_t prop)
{
    lv_style_value_t v;
    v.ptr = nullptr;
    v.num = 0;
    switch(default_kind(prop)) {
        case DEF_SCALE_NONE: v.num = LV_SCALE_NONE; break;
        case DEF_WHITE: v.color = lv_color_white(); break;
        case DEF_BLACK: v.color = lv_color_black(); break;
        case DEF_COVER: v.num = LV_OPA_COVER; break;
        case DEF_255: v.num = 255; break;
        case DEF_SIDE_FULL: v.num = LV_BORDER_SIDE_FULL; break;
        case DEF_FONT: v.ptr = LV_FONT_DEFAULT; break;
        case DEF_COORD_MAX: v.num = LV_COORD_MAX; break;
        case DEF_256: v.num = 256; break;
        case DEF_ONE: v.num = 1; break;
        case DEF_ZERO: break;
    }
    return v;
}

bool lv_style_is_empty(const lv_style_t * style) { return style->prop_cnt == 0; }

uint8_t lv_style_prop_lookup_flags(lv_style_prop_t prop)
{
    if(prop == LV_STYLE_PROP_ANY) return LV_STYLE_PROP_FLAG_ALL;
    if(prop < LV_STYLE_NUM_BUILT_IN_PROPS) return k_prop_flags.v[prop];
    uint32_t custom = prop - LV_STYLE_NUM_BUILT_IN_PROPS;
    return custom < lv_global.style_custom_prop_count ? lv_global.style_custom_prop_flags[custom] : 0;
}

bool lv_style_prop_has_flag(lv_style_prop_t prop, uint8_t flag)
{
    return (lv_style_prop_lookup_flags(prop) & flag) != 0;
}

#define LV_STYLE_VALUE_NUM_(v) lv_style_value_t sv; sv.ptr = nullptr; sv.num = static_cast<int32_t>(v)
#define LV_STYLE_VALUE_COLOR_(v) lv_style_value_t sv; sv.ptr = nullptr; sv.color = v
#define LV_STYLE_VALUE_PTR_(v) lv_style_value_t sv; sv.ptr = v
#define LV_STYLE_DEFINE_SETTER_(name, ID, type, kind) \
    void lv_style_set_##name(lv_style_t * style, type value) \
    { \
        LV_STYLE_VALUE_##kind##_(value); \
        lv_style_set_prop(style, LV_STYLE_##ID, sv); \
    }
LV_STYLE_PROP_LIST(LV_STYLE_DEFINE_SETTER_)

void lv_style_set_size(lv_style_t * style, int32_t width, int32_t height)
{
    lv_style_set_width(style, width);
    lv_style_set_height(style, height);
}

#define LV_STYLE_DEFINE_SHORTHAND_(name, ...) \
    void lv_style_set_##name(lv_style_t * style, int32_t value) \
    { \
        static const lv_style_prop_t props[] = {__VA_ARGS__}; \
        LV_STYLE_VALUE_NUM_(value); \
        for(lv_style_prop_t prop : props) lv_style_set_prop(style, prop, sv); \
    }
LV_STYLE_SHORTHAND_LIST(LV_STYLE_DEFINE_SHORTHAND_)

} // extern "C"
