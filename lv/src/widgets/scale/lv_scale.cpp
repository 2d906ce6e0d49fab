/**
 * @file lv_scale.cpp
 * Scale. Ticks are evenly spread between the two ends (line modes: along the content box,
 * bottom-to-top for vertical scales; round modes: over angle_range degrees from rotation).
 * Major ticks use the INDICATOR part (and their labels its text style), minor ticks ITEMS,
 * the line/arc MAIN. A section overrides those styles for the ticks whose value is in its
 * range and draws its own piece of the main line/arc. Line scales stretch the main line by
 * half the width of the end ticks so the ends are covered.
 */
#include "core/lv_obj_private.h"

#include <stdio.h>

struct _lv_scale_section_t {
    lv_scale_section_t * next;
    const lv_style_t * main_style;
    const lv_style_t * indicator_style;
    const lv_style_t * items_style;
    int32_t range_min;
    int32_t range_max;
    /* filled while drawing: the ends of the section on a line scale */
    uint32_t first_tick_idx;
    uint32_t last_tick_idx;
    bool first_tick_major;
    bool last_tick_major;
    lv_point_t first_tick_point;
    lv_point_t last_tick_point;
    int32_t first_tick_width;
    int32_t last_tick_width;
};

namespace {

constexpr uint32_t TICK_IDX_NONE = 0xFFFFFFFF;

struct lv_scale_t {
    lv_obj_t obj;
    lv_scale_section_t * sections; /* in the order they were added */
    const char ** txt_src;
    uint32_t custom_label_cnt;
    int32_t range_min;
    int32_t range_max;
    uint32_t total_tick_count;
    uint32_t major_tick_every;
    uint32_t angle_range;
    int32_t rotation;
    int32_t first_tick_width; /* main line compensation */
    int32_t last_tick_width;
    lv_scale_mode_t mode;
    uint8_t label_enabled : 1;
    uint8_t post_draw : 1;
    uint8_t draw_ticks_on_top : 1;
};

void scale_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void scale_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void scale_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_scale_class = {
    &lv_obj_class, scale_constructor, scale_destructor, scale_event, nullptr, "scale",
    LV_DPI_DEF, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_scale_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_scale_t * as_scale(const lv_obj_t * obj) { return reinterpret_cast<lv_scale_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_scale(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_scale_class); }
bool is_round(const lv_scale_t * s) { return s->mode == LV_SCALE_MODE_ROUND_INNER || s->mode == LV_SCALE_MODE_ROUND_OUTER; }
bool is_vertical(const lv_scale_t * s) { return s->mode == LV_SCALE_MODE_VERTICAL_LEFT || s->mode == LV_SCALE_MODE_VERTICAL_RIGHT; }
bool is_major(const lv_scale_t * s, uint32_t idx) { return s->major_tick_every != 0 && idx % s->major_tick_every == 0; }

int32_t tick_value(const lv_scale_t * s, uint32_t idx)
{
    return lv_map(static_cast<int32_t>(idx), 0, static_cast<int32_t>(s->total_tick_count) - 1, s->range_min, s->range_max);
}

void scale_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_scale_t * s = as_scale(obj);
    s->total_tick_count = LV_SCALE_TOTAL_TICK_COUNT_DEFAULT;
    s->major_tick_every = LV_SCALE_MAJOR_TICK_EVERY_DEFAULT;
    s->mode = LV_SCALE_MODE_HORIZONTAL_BOTTOM;
    s->label_enabled = LV_SCALE_LABEL_ENABLED_DEFAULT;
    s->angle_range = LV_SCALE_DEFAULT_ANGLE_RANGE;
    s->rotation = LV_SCALE_DEFAULT_ROTATION;
    s->range_min = 0;
    s->range_max = 100;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
}

void scale_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_scale_t * s = as_scale(obj);
    while(s->sections) {
        lv_scale_section_t * next = s->sections->next;
        lv_free(s->sections);
        s->sections = next;
    }
}

lv_scale_section_t * section_of(const lv_scale_t * s, int32_t value)
{
    for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
        if(sec->range_min <= value && sec->range_max >= value) return sec;
    }
    return nullptr;
}

/** Line properties from the section style where it sets them, else from the part. */
void apply_line_style(lv_obj_t * obj, lv_draw_line_dsc_t * dsc, const lv_style_t * style, lv_part_t part)
{
    lv_style_value_t v;
    dsc->width = style && lv_style_get_prop(style, LV_STYLE_LINE_WIDTH, &v) == LV_STYLE_RES_FOUND ? v.num : lv_obj_get_style_line_width(obj, part);
    dsc->color = style && lv_style_get_prop(style, LV_STYLE_LINE_COLOR, &v) == LV_STYLE_RES_FOUND ? v.color : lv_obj_get_style_line_color(obj, part);
    dsc->opa = style && lv_style_get_prop(style, LV_STYLE_LINE_OPA, &v) == LV_STYLE_RES_FOUND ? static_cast<lv_opa_t>(v.num) : lv_obj_get_style_line_opa(obj, part);
}

void apply_arc_style(lv_obj_t * obj, lv_draw_arc_dsc_t * dsc, const lv_style_t * style)
{
    lv_style_value_t v;
    dsc->width = style && lv_style_get_prop(style, LV_STYLE_ARC_WIDTH, &v) == LV_STYLE_RES_FOUND ? v.num : lv_obj_get_style_arc_width(obj, LV_PART_MAIN);
    dsc->color = style && lv_style_get_prop(style, LV_STYLE_ARC_COLOR, &v) == LV_STYLE_RES_FOUND ? v.color : lv_obj_get_style_arc_color(obj, LV_PART_MAIN);
    dsc->opa = style && lv_style_get_prop(style, LV_STYLE_ARC_OPA, &v) == LV_STYLE_RES_FOUND ? static_cast<lv_opa_t>(v.num) : lv_obj_get_style_arc_opa(obj, LV_PART_MAIN);
    dsc->rounded = style && lv_style_get_prop(style, LV_STYLE_ARC_ROUNDED, &v) == LV_STYLE_RES_FOUND ? static_cast<uint8_t>(v.num) : lv_obj_get_style_arc_rounded(obj, LV_PART_MAIN);
}

void apply_label_style(lv_obj_t * obj, lv_draw_label_dsc_t * dsc, const lv_style_t * style)
{
    lv_style_value_t v;
    dsc->color = style && lv_style_get_prop(style, LV_STYLE_TEXT_COLOR, &v) == LV_STYLE_RES_FOUND ? v.color : lv_obj_get_style_text_color(obj, LV_PART_INDICATOR);
    dsc->opa = style && lv_style_get_prop(style, LV_STYLE_TEXT_OPA, &v) == LV_STYLE_RES_FOUND ? static_cast<lv_opa_t>(v.num) : lv_obj_get_style_text_opa(obj, LV_PART_INDICATOR);
    dsc->letter_space = style && lv_style_get_prop(style, LV_STYLE_TEXT_LETTER_SPACE, &v) == LV_STYLE_RES_FOUND ? v.num : lv_obj_get_style_text_letter_space(obj, LV_PART_INDICATOR);
    dsc->font = style && lv_style_get_prop(style, LV_STYLE_TEXT_FONT, &v) == LV_STYLE_RES_FOUND ? static_cast<const lv_font_t *>(v.ptr) : lv_obj_get_style_text_font(obj, LV_PART_INDICATOR);
}

/** Centre and radius of a round scale: the largest circle in the padded box, from its top-left. */
void round_center(lv_obj_t * obj, lv_point_t * center, int32_t * radius)
{
    int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
    int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    int32_t r = LV_MIN(lv_obj_get_width(obj) - left - right, lv_obj_get_height(obj) - top - bottom) / 2;
    center->x = obj->coords.x1 + r + left;
    center->y = obj->coords.y1 + r + top;
    *radius = r;
}

/** Centre and radius of the content box (ticks and labels of round scales). */
void content_center(lv_obj_t * obj, lv_point_t * center, int32_t * radius)
{
    lv_area_t area;
    lv_obj_get_content_coords(obj, &area);
    *radius = LV_MIN(lv_area_get_width(&area) / 2, lv_area_get_height(&area) / 2);
    center->x = area.x1 + *radius;
    center->y = area.y1 + *radius;
}

/** Angle of tick idx in 0.1 degrees. */
int32_t tick_angle(const lv_scale_t * s, uint32_t idx)
{
    return static_cast<int32_t>((idx * s->angle_range * 10U) / (s->total_tick_count - 1U)) + s->rotation * 10;
}

/** The two ends of tick idx: a on the main line/arc, b at the tick's length. */
void tick_points(lv_obj_t * obj, uint32_t idx, bool major, lv_point_t * a, lv_point_t * b)
{
    lv_scale_t * s = as_scale(obj);
    int32_t main_w = lv_obj_get_style_line_width(obj, LV_PART_MAIN);
    lv_part_t part = major ? LV_PART_INDICATOR : LV_PART_ITEMS;
    int32_t len = lv_obj_get_style_length(obj, part);
    int32_t radial_offset = lv_obj_get_style_radial_offset(obj, part);

    if(is_round(s)) {
        lv_point_t center;
        int32_t r;
        content_center(obj, &center, &r);
        int32_t angle = tick_angle(s, idx);
        int32_t near_r = r - main_w;
        int32_t far_r = s->mode == LV_SCALE_MODE_ROUND_INNER ? near_r - len : near_r + len;
        *a = {center.x + near_r + radial_offset, center.y};
        lv_point_transform(a, angle, LV_SCALE_NONE, LV_SCALE_NONE, &center, false);
        *b = {center.x + far_r + radial_offset, center.y};
        lv_point_transform(b, angle, LV_SCALE_NONE, LV_SCALE_NONE, &center, false);
        return;
    }

    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t pad_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;
    int32_t pad_bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN) + border;
    int32_t pad_left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    int32_t pad_right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN) + border;
    int32_t tick_top = lv_obj_get_style_pad_top(obj, LV_PART_ITEMS);
    int32_t tick_bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_ITEMS);
    int32_t tick_left = lv_obj_get_style_pad_left(obj, LV_PART_ITEMS);
    int32_t tick_right = lv_obj_get_style_pad_right(obj, LV_PART_ITEMS);

    int32_t x_ofs, y_ofs;
    switch(s->mode) {
        case LV_SCALE_MODE_VERTICAL_LEFT:
            x_ofs = obj->coords.x2 + main_w / 2 - pad_right;
            y_ofs = obj->coords.y1 + pad_top + tick_top;
            break;
        case LV_SCALE_MODE_VERTICAL_RIGHT:
            x_ofs = obj->coords.x1 + main_w / 2 + pad_left;
            y_ofs = obj->coords.y1 + pad_top + tick_top;
            break;
        case LV_SCALE_MODE_HORIZONTAL_BOTTOM:
            x_ofs = obj->coords.x1 + pad_right + tick_right;
            y_ofs = obj->coords.y1 + main_w / 2 + pad_top;
            break;
        default: /* HORIZONTAL_TOP */
            x_ofs = obj->coords.x1 + pad_left + tick_left;
            y_ofs = obj->coords.y2 + main_w / 2 - pad_bottom;
            break;
    }
    /* ticks point up on a top scale and right on a right scale */
    if(s->mode == LV_SCALE_MODE_HORIZONTAL_TOP || s->mode == LV_SCALE_MODE_VERTICAL_RIGHT) len = -len;
    uint32_t last = s->total_tick_count - 1U;

    if(is_vertical(s)) {
        int32_t y = obj->coords.y2 - (pad_bottom + tick_bottom);
        if(idx == last) y = y_ofs;
        else if(idx != 0) {
            int32_t total_h = lv_obj_get_height(obj) - (pad_top + pad_bottom + tick_top + tick_bottom);
            y -= static_cast<int32_t>(idx) * total_h / static_cast<int32_t>(last);
        }
        *a = {x_ofs - 1, y}; /* one pixel out of the scale's edge */
        *b = {a->x - len, y};
    }
    else {
        int32_t x = x_ofs;
        if(idx == last) x = obj->coords.x2 - (pad_left + tick_left);
        else if(idx != 0) {
            int32_t total_w = lv_obj_get_width(obj) - (pad_right + pad_left + tick_right + tick_left);
            x += static_cast<int32_t>(idx) * total_w / static_cast<int32_t>(last);
        }
        *a = {x, y_ofs};
        *b = {x, y_ofs + len};
    }
}

/** The area of a label of size `size` next to the tick end `p`. */
void label_area(lv_obj_t * obj, const lv_point_t & size, const lv_point_t & p, lv_area_t * out)
{
    lv_scale_t * s = as_scale(obj);
    switch(s->mode) {
        case LV_SCALE_MODE_HORIZONTAL_BOTTOM:
        case LV_SCALE_MODE_HORIZONTAL_TOP:
            out->x1 = p.x - size.x / 2;
            out->x2 = p.x + size.x / 2;
            if(s->mode == LV_SCALE_MODE_HORIZONTAL_BOTTOM) {
                out->y1 = p.y + lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR);
                out->y2 = out->y1 + size.y;
            }
            else {
                out->y2 = p.y - lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR);
                out->y1 = out->y2 - size.y;
            }
            break;
        case LV_SCALE_MODE_VERTICAL_LEFT:
        case LV_SCALE_MODE_VERTICAL_RIGHT:
            out->y1 = p.y - size.y / 2;
            out->y2 = p.y + size.y / 2;
            if(s->mode == LV_SCALE_MODE_VERTICAL_LEFT) {
                out->x1 = p.x - size.x - lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR);
                out->x2 = p.x - lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR);
            }
            else {
                out->x1 = p.x + lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR);
                out->x2 = p.x + size.x + lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR);
            }
            break;
        default:
            out->x1 = p.x - size.x / 2;
            out->y1 = p.y - size.y / 2;
            out->x2 = out->x1 + size.x;
            out->y2 = out->y1 + size.y;
            break;
    }
}

void draw_label(lv_obj_t * obj, lv_layer_t * layer, lv_draw_label_dsc_t * dsc, uint32_t major_idx, int32_t value,
                const lv_point_t & tick_end, uint32_t idx)
{
    lv_scale_t * s = as_scale(obj);
    char buf[LV_SCALE_LABEL_TXT_LEN];
    if(s->txt_src) {
        /* the n-th major tick takes the n-th text; none past the end of the list */
        if(major_idx == 0 || major_idx > s->custom_label_cnt || !s->txt_src[major_idx - 1]) return;
        dsc->text = s->txt_src[major_idx - 1];
        dsc->text_local = 0;
    }
    else {
        snprintf(buf, sizeof(buf), "%ld", static_cast<long>(value));
        dsc->text = buf;
        dsc->text_local = 1;
    }
    int32_t tx = lv_obj_get_style_translate_x(obj, LV_PART_INDICATOR);
    int32_t ty = lv_obj_get_style_translate_y(obj, LV_PART_INDICATOR);

    lv_point_t origin;
    if(is_round(s)) {
        int32_t gap = lv_obj_get_style_pad_radial(obj, LV_PART_INDICATOR) + 15; /* LVGL's default label gap, in pixels */
        lv_point_t center;
        int32_t r;
        content_center(obj, &center, &r);
        int32_t major_len = lv_obj_get_style_length(obj, LV_PART_INDICATOR);
        int32_t angle = tick_angle(s, idx) + lv_obj_get_style_translate_radial(obj, LV_PART_INDICATOR) * 10;
        int32_t text_r = s->mode == LV_SCALE_MODE_ROUND_INNER ? (r - major_len) - (gap + dsc->letter_space)
                                                             : (r + major_len) + (gap + dsc->letter_space);
        origin = {center.x + text_r + tx, center.y + ty};
        lv_point_transform(&origin, angle, LV_SCALE_NONE, LV_SCALE_NONE, &center, false);
    }
    else {
        origin = {tick_end.x + tx, tick_end.y + ty};
    }
    lv_point_t size;
    lv_text_get_size(&size, dsc->text, dsc->font, dsc->letter_space, dsc->line_space, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    lv_area_t area;
    label_area(obj, size, origin, &area);
    lv_draw_label(layer, dsc, &area);
    dsc->text = nullptr;
    dsc->text_local = 0;
}

/** Finds the first and last tick of each section (for the section pieces of the main line). */
void find_section_ticks(lv_scale_t * s)
{
    for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
        sec->first_tick_idx = sec->last_tick_idx = TICK_IDX_NONE;
    }
    for(uint32_t idx = 0; idx < s->total_tick_count; idx++) {
        int32_t v = tick_value(s, idx);
        bool major = is_major(s, idx);
        for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
            if(sec->range_min > v || sec->range_max < v) continue;
            if(sec->first_tick_idx == TICK_IDX_NONE) {
                sec->first_tick_idx = idx;
                sec->first_tick_major = major;
            }
            sec->last_tick_idx = idx;
            sec->last_tick_major = major;
        }
    }
}

/** Widths of the end ticks (the main line covers them) and the section end points. */
void measure_line_ends(lv_obj_t * obj)
{
    lv_scale_t * s = as_scale(obj);
    if(is_round(s)) return;
    for(uint32_t idx = 0; idx < s->total_tick_count; idx++) {
        bool major = is_major(s, idx);
        int32_t v = tick_value(s, idx);
        lv_scale_section_t * in = section_of(s, v);
        lv_draw_line_dsc_t dsc;
        lv_draw_line_dsc_init(&dsc);
        apply_line_style(obj, &dsc, in ? (major ? in->indicator_style : in->items_style) : nullptr,
                         major ? LV_PART_INDICATOR : LV_PART_ITEMS);
        lv_point_t a, b;
        tick_points(obj, idx, major, &a, &b);
        /* the first tick is at the line's start for vertical scales' "first", x start for horizontal */
        if(idx == 0) {
            if(is_vertical(s)) s->first_tick_width = dsc.width;
            else s->last_tick_width = dsc.width;
        }
        for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
            int32_t w = dsc.width;
            if(idx == sec->first_tick_idx) {
                sec->first_tick_point = a;
                if(w & 1) w += is_vertical(s) ? 1 : -1;
                sec->first_tick_width = w;
            }
            w = dsc.width;
            if(idx == sec->last_tick_idx) {
                sec->last_tick_point = a;
                if(w & 1) w += is_vertical(s) ? -1 : 1;
                sec->last_tick_width = w;
            }
        }
    }
}

void draw_ticks(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_INDICATOR, &label_dsc);
    lv_draw_line_dsc_t major_dsc;
    lv_draw_line_dsc_init(&major_dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_INDICATOR, &major_dsc);
    if(is_round(s)) major_dsc.raw_end = 0;
    lv_draw_line_dsc_t minor_dsc;
    lv_draw_line_dsc_init(&minor_dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_ITEMS, &minor_dsc);

    uint32_t major_idx = 0;
    for(uint32_t idx = 0; idx < s->total_tick_count; idx++) {
        bool major = is_major(s, idx);
        if(major) major_idx++;
        int32_t v = tick_value(s, idx);
        lv_scale_section_t * in = section_of(s, v);
        if(major) {
            apply_label_style(obj, &label_dsc, in ? in->indicator_style : nullptr);
            apply_line_style(obj, &major_dsc, in ? in->indicator_style : nullptr, LV_PART_INDICATOR);
        }
        else {
            apply_line_style(obj, &minor_dsc, in ? in->items_style : nullptr, LV_PART_ITEMS);
        }
        lv_point_t a, b;
        tick_points(obj, idx, major, &a, &b);
        if(s->label_enabled && major) draw_label(obj, layer, &label_dsc, major_idx, v, b, idx);
        lv_draw_line_dsc_t * dsc = major ? &major_dsc : &minor_dsc;
        dsc->p1 = {a.x, a.y};
        dsc->p2 = {b.x, b.y};
        lv_draw_line(layer, dsc);
    }
}

void draw_main_line(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    lv_draw_line_dsc_t dsc;
    lv_draw_line_dsc_init(&dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &dsc);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t pad_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;
    int32_t pad_bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN) + border;
    int32_t pad_left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    int32_t pad_right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN) + border;

    int32_t x_ofs = 0, y_ofs = 0;
    switch(s->mode) {
        case LV_SCALE_MODE_VERTICAL_LEFT: x_ofs = obj->coords.x2 + dsc.width / 2 - pad_right; y_ofs = obj->coords.y1 + pad_top; break;
        case LV_SCALE_MODE_VERTICAL_RIGHT: x_ofs = obj->coords.x1 + dsc.width / 2 + pad_left; y_ofs = obj->coords.y1 + pad_top; break;
        case LV_SCALE_MODE_HORIZONTAL_BOTTOM: x_ofs = obj->coords.x1 + pad_right; y_ofs = obj->coords.y1 + dsc.width / 2 + pad_top; break;
        default: x_ofs = obj->coords.x1 + pad_left; y_ofs = obj->coords.y2 + dsc.width / 2 - pad_bottom; break;
    }
    lv_point_t a, b;
    if(is_vertical(s)) {
        a = {x_ofs - 1, y_ofs - s->last_tick_width / 2};
        b = {x_ofs - 1, obj->coords.y2 - pad_bottom + s->first_tick_width / 2};
    }
    else {
        a = {x_ofs - s->last_tick_width / 2, y_ofs};
        b = {obj->coords.x2 - pad_left + s->first_tick_width / 2, y_ofs};
    }
    dsc.p1 = {a.x, a.y};
    dsc.p2 = {b.x, b.y};
    lv_draw_line(layer, &dsc);

    for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
        if(sec->first_tick_idx == TICK_IDX_NONE) continue;
        lv_draw_line_dsc_t sdsc;
        lv_draw_line_dsc_init(&sdsc);
        lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &sdsc);
        apply_line_style(obj, &sdsc, sec->main_style, LV_PART_MAIN);
        if(is_vertical(s)) {
            sdsc.p1 = {a.x, sec->first_tick_point.y + sec->first_tick_width / 2};
            sdsc.p2 = {a.x, sec->last_tick_point.y - sec->last_tick_width / 2};
        }
        else {
            sdsc.p1 = {sec->first_tick_point.x - sec->first_tick_width / 2, a.y};
            sdsc.p2 = {sec->last_tick_point.x + sec->last_tick_width / 2, a.y};
        }
        lv_draw_line(layer, &sdsc);
    }
}

int32_t value_angle(const lv_scale_t * s, int32_t value)
{
    return lv_map(value, s->range_min, s->range_max, s->rotation, s->rotation + static_cast<int32_t>(s->angle_range));
}

void draw_main_arc(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    lv_draw_arc_dsc_t dsc;
    lv_draw_arc_dsc_init(&dsc);
    lv_obj_init_draw_arc_dsc(obj, LV_PART_MAIN, &dsc);
    lv_point_t center;
    int32_t r;
    round_center(obj, &center, &r);
    dsc.center = center;
    dsc.radius = r;
    dsc.start_angle = value_angle(s, s->range_min);
    dsc.end_angle = value_angle(s, s->range_max);
    lv_draw_arc(layer, &dsc);

    for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
        lv_draw_arc_dsc_t sdsc;
        lv_draw_arc_dsc_init(&sdsc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_MAIN, &sdsc);
        apply_arc_style(obj, &sdsc, sec->main_style);
        sdsc.center = center;
        sdsc.radius = r;
        sdsc.start_angle = value_angle(s, sec->range_min);
        sdsc.end_angle = value_angle(s, sec->range_max);
        lv_draw_arc(layer, &sdsc);
    }
}

void draw_scale(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    if(s->total_tick_count <= 1) return;
    find_section_ticks(s);
    measure_line_ends(obj);
    auto main_part = [&]() {
        if(is_round(s)) draw_main_arc(obj, layer);
        else draw_main_line(obj, layer);
    };
    if(s->draw_ticks_on_top) {
        main_part();
        draw_ticks(obj, layer);
    }
    else {
        draw_ticks(obj, layer);
        main_part();
    }
}

void scale_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_scale_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_DRAW_MAIN && !as_scale(obj)->post_draw) draw_scale(obj, lv_event_get_layer(e));
    if(code == LV_EVENT_DRAW_POST && as_scale(obj)->post_draw) draw_scale(obj, lv_event_get_layer(e));
    if(code == LV_EVENT_REFR_EXT_DRAW_SIZE) {
        /* labels at the ends (and of outer scales) reach outside the object */
        lv_event_set_ext_draw_size(e, 100);
    }
}

void free_needle_points(lv_event_t * e)
{
    lv_free(lv_event_get_user_data(e));
}

int32_t needle_angle(const lv_scale_t * s, int32_t value)
{
    if(value < s->range_min) return 0;
    if(value > s->range_max) return static_cast<int32_t>(s->angle_range);
    if(s->range_max == s->range_min) return 0;
    return static_cast<int32_t>(s->angle_range) * (value - s->range_min) / (s->range_max - s->range_min);
}

} // namespace

extern "C" {

lv_obj_t * lv_scale_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_scale_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

#define SCALE_SETTER(name, field, type)                     \
    void lv_scale_set_##name(lv_obj_t * obj, type v)        \
    {                                                       \
        if(!is_scale(obj)) return;                          \
        as_scale(obj)->field = v;                           \
        lv_obj_invalidate(obj);                             \
    }

SCALE_SETTER(mode, mode, lv_scale_mode_t)
SCALE_SETTER(total_tick_count, total_tick_count, uint32_t)
SCALE_SETTER(major_tick_every, major_tick_every, uint32_t)
SCALE_SETTER(angle_range, angle_range, uint32_t)

void lv_scale_set_label_show(lv_obj_t * obj, bool show_label)
{
    if(!is_scale(obj)) return;
    as_scale(obj)->label_enabled = show_label ? 1U : 0U;
    lv_obj_invalidate(obj);
}

void lv_scale_set_post_draw(lv_obj_t * obj, bool en)
{
    if(!is_scale(obj)) return;
    as_scale(obj)->post_draw = en ? 1U : 0U;
    lv_obj_invalidate(obj);
}

void lv_scale_set_draw_ticks_on_top(lv_obj_t * obj, bool en)
{
    if(!is_scale(obj)) return;
    as_scale(obj)->draw_ticks_on_top = en ? 1U : 0U;
    lv_obj_invalidate(obj);
}

void lv_scale_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!is_scale(obj)) return;
    as_scale(obj)->range_min = min;
    as_scale(obj)->range_max = max;
    lv_obj_invalidate(obj);
}

void lv_scale_set_rotation(lv_obj_t * obj, int32_t rotation)
{
    if(!is_scale(obj)) return;
    int32_t r = rotation;
    if(r < 0 || r > 360) {
        r = rotation % 360;
        if(r < 0) r += 360;
    }
    as_scale(obj)->rotation = r;
    lv_obj_invalidate(obj);
}

void lv_scale_set_line_needle_value(lv_obj_t * obj, lv_obj_t * needle_line, int32_t needle_length, int32_t value)
{
    if(!is_scale(obj) || !needle_line || !lv_obj_check_type(needle_line, &lv_line_class) || !is_round(as_scale(obj))) return;
    lv_scale_t * s = as_scale(obj);
    lv_obj_align(needle_line, LV_ALIGN_TOP_LEFT, 0, 0);
    int32_t w = lv_obj_get_style_width(obj, LV_PART_MAIN);
    int32_t h = lv_obj_get_style_height(obj, LV_PART_MAIN);
    if(w != h) return; /* only square scales */
    int32_t len;
    if(needle_length >= w / 2) len = w / 2;
    else if(needle_length >= 0) len = needle_length;
    else if(needle_length + w / 2 < 0) len = 0;
    else len = w / 2 + needle_length;

    int32_t angle = s->rotation + needle_angle(s, value);
    int32_t dx = (len * lv_trigo_cos(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;
    int32_t dy = (len * lv_trigo_sin(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;

    /* reuse the points this function gave the line before */
    lv_point_precise_t * pts = nullptr;
    if(lv_line_is_point_array_mutable(needle_line) && lv_line_get_point_count(needle_line) >= 2) {
        pts = lv_line_get_points_mutable(needle_line);
    }
    if(!pts) {
        pts = static_cast<lv_point_precise_t *>(lv_malloc(sizeof(lv_point_precise_t) * 2));
        if(!pts) return;
        lv_obj_add_event_cb(needle_line, free_needle_points, LV_EVENT_DELETE, pts);
    }
    pts[0] = {w / 2, h / 2};
    pts[1] = {w / 2 + dx, h / 2 + dy};
    lv_line_set_points_mutable(needle_line, pts, 2);
}

void lv_scale_set_image_needle_value(lv_obj_t * obj, lv_obj_t * needle_img, int32_t value)
{
    if(!is_scale(obj) || !needle_img || !is_round(as_scale(obj))) return;
    lv_scale_t * s = as_scale(obj);
    lv_image_set_rotation(needle_img, (s->rotation + needle_angle(s, value)) * 10);
}

void lv_scale_set_text_src(lv_obj_t * obj, const char * txt_src[])
{
    if(!is_scale(obj)) return;
    lv_scale_t * s = as_scale(obj);
    s->txt_src = txt_src;
    s->custom_label_cnt = 0;
    if(txt_src) {
        while(txt_src[s->custom_label_cnt]) s->custom_label_cnt++;
    }
    lv_obj_invalidate(obj);
}

lv_scale_section_t * lv_scale_add_section(lv_obj_t * obj)
{
    if(!is_scale(obj)) return nullptr;
    lv_scale_section_t * sec = static_cast<lv_scale_section_t *>(lv_malloc_zeroed(sizeof(lv_scale_section_t)));
    if(!sec) return nullptr;
    sec->range_max = -1; /* an empty range until set */
    sec->first_tick_idx = sec->last_tick_idx = TICK_IDX_NONE;
    lv_scale_section_t ** tail = &as_scale(obj)->sections;
    while(*tail) tail = &(*tail)->next;
    *tail = sec;
    return sec;
}

void lv_scale_section_set_range(lv_scale_section_t * section, int32_t min, int32_t max)
{
    if(!section) return;
    section->range_min = min;
    section->range_max = max;
}

void lv_scale_set_section_range(lv_obj_t * scale, lv_scale_section_t * section, int32_t min, int32_t max)
{
    lv_scale_section_set_range(section, min, max);
    if(is_scale(scale)) lv_obj_invalidate(scale);
}

void lv_scale_section_set_style(lv_scale_section_t * section, lv_part_t part, lv_style_t * section_part_style)
{
    if(!section) return;
    switch(part) {
        case LV_PART_MAIN: section->main_style = section_part_style; break;
        case LV_PART_INDICATOR: section->indicator_style = section_part_style; break;
        case LV_PART_ITEMS: section->items_style = section_part_style; break;
        default: break;
    }
}

void lv_scale_set_section_style_main(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!section) return;
    section->main_style = style;
    if(is_scale(scale)) lv_obj_invalidate(scale);
}

void lv_scale_set_section_style_indicator(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!section) return;
    section->indicator_style = style;
    if(is_scale(scale)) lv_obj_invalidate(scale);
}

void lv_scale_set_section_style_items(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!section) return;
    section->items_style = style;
    if(is_scale(scale)) lv_obj_invalidate(scale);
}

lv_scale_mode_t lv_scale_get_mode(lv_obj_t * obj) { return is_scale(obj) ? as_scale(obj)->mode : LV_SCALE_MODE_HORIZONTAL_BOTTOM; }
int32_t lv_scale_get_total_tick_count(lv_obj_t * obj) { return is_scale(obj) ? static_cast<int32_t>(as_scale(obj)->total_tick_count) : 0; }
int32_t lv_scale_get_major_tick_every(lv_obj_t * obj) { return is_scale(obj) ? static_cast<int32_t>(as_scale(obj)->major_tick_every) : 0; }
int32_t lv_scale_get_rotation(lv_obj_t * obj) { return is_scale(obj) ? as_scale(obj)->rotation : 0; }
bool lv_scale_get_label_show(lv_obj_t * obj) { return is_scale(obj) && as_scale(obj)->label_enabled; }
uint32_t lv_scale_get_angle_range(lv_obj_t * obj) { return is_scale(obj) ? as_scale(obj)->angle_range : 0; }
int32_t lv_scale_get_range_min_value(lv_obj_t * obj) { return is_scale(obj) ? as_scale(obj)->range_min : 0; }
int32_t lv_scale_get_range_max_value(lv_obj_t * obj) { return is_scale(obj) ? as_scale(obj)->range_max : 0; }

} // extern "C"
