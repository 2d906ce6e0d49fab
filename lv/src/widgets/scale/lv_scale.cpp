/**
 * @file lv_scale.cpp
 * Scale. Linear modes: ticks are spread evenly between the padded ends (the minimum at the
 * left or the bottom), hanging from a main line along one edge; labels sit past the major
 * ticks' ends (plus the INDICATOR padding on that side). Round modes: ticks point to the
 * centre from just inside the main arc (ROUND_INNER) or out of it, labels 15 px (plus
 * pad_radial) past the major ticks. A section's styles override the tick, label and main
 * line properties for the ticks whose value is in its range.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr int32_t DEFAULT_LABEL_GAP = 15;

struct lv_scale_t {
    lv_obj_t obj;
    lv_scale_section_t * sections;
    const char ** txt_src;
    int32_t custom_label_cnt;
    int32_t range_min;
    int32_t range_max;
    uint32_t total_tick_count;
    uint32_t major_tick_every;
    uint32_t angle_range;
    int32_t rotation;
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

bool is_round(const lv_scale_t * s) { return s->mode == LV_SCALE_MODE_ROUND_INNER || s->mode == LV_SCALE_MODE_ROUND_OUTER; }

void scale_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_scale_t * s = as_scale(obj);
    s->sections = nullptr;
    s->txt_src = nullptr;
    s->custom_label_cnt = 0;
    s->total_tick_count = LV_SCALE_TOTAL_TICK_COUNT_DEFAULT;
    s->major_tick_every = LV_SCALE_MAJOR_TICK_EVERY_DEFAULT;
    s->mode = LV_SCALE_MODE_HORIZONTAL_BOTTOM;
    s->label_enabled = LV_SCALE_LABEL_ENABLED_DEFAULT;
    s->angle_range = 270;
    s->rotation = 135;
    s->range_min = 0;
    s->range_max = 100;
    s->post_draw = 0;
    s->draw_ticks_on_top = 0;
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

/** The section containing a value (the first added wins). */
const lv_scale_section_t * section_of(const lv_scale_t * s, int32_t value)
{
    for(const lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
        if(sec->range_min <= value && value <= sec->range_max) return sec;
    }
    return nullptr;
}

void apply_line_style(lv_draw_line_dsc_t * dsc, const lv_style_t * st)
{
    if(st == nullptr) return;
    lv_style_value_t v;
    if(lv_style_get_prop(st, LV_STYLE_LINE_WIDTH, &v) == LV_STYLE_RES_FOUND) dsc->width = v.num;
    if(lv_style_get_prop(st, LV_STYLE_LINE_COLOR, &v) == LV_STYLE_RES_FOUND) dsc->color = v.color;
    if(lv_style_get_prop(st, LV_STYLE_LINE_OPA, &v) == LV_STYLE_RES_FOUND) dsc->opa = static_cast<lv_opa_t>(v.num);
}

void apply_label_style(lv_draw_label_dsc_t * dsc, const lv_style_t * st)
{
    if(st == nullptr) return;
    lv_style_value_t v;
    if(lv_style_get_prop(st, LV_STYLE_TEXT_COLOR, &v) == LV_STYLE_RES_FOUND) dsc->color = v.color;
    if(lv_style_get_prop(st, LV_STYLE_TEXT_OPA, &v) == LV_STYLE_RES_FOUND) dsc->opa = static_cast<lv_opa_t>(v.num);
    if(lv_style_get_prop(st, LV_STYLE_TEXT_LETTER_SPACE, &v) == LV_STYLE_RES_FOUND) dsc->letter_space = v.num;
    if(lv_style_get_prop(st, LV_STYLE_TEXT_FONT, &v) == LV_STYLE_RES_FOUND && v.ptr) dsc->font = static_cast<const lv_font_t *>(v.ptr);
}

void apply_arc_style(lv_draw_arc_dsc_t * dsc, const lv_style_t * st)
{
    if(st == nullptr) return;
    lv_style_value_t v;
    if(lv_style_get_prop(st, LV_STYLE_ARC_WIDTH, &v) == LV_STYLE_RES_FOUND) dsc->width = v.num;
    if(lv_style_get_prop(st, LV_STYLE_ARC_COLOR, &v) == LV_STYLE_RES_FOUND) dsc->color = v.color;
    if(lv_style_get_prop(st, LV_STYLE_ARC_OPA, &v) == LV_STYLE_RES_FOUND) dsc->opa = static_cast<lv_opa_t>(v.num);
    if(lv_style_get_prop(st, LV_STYLE_ARC_ROUNDED, &v) == LV_STYLE_RES_FOUND) dsc->rounded = v.num ? 1 : 0;
}

struct round_geo_t {
    lv_point_t center;
    int32_t radius_edge;
};

round_geo_t round_geometry(const lv_obj_t * obj)
{
    lv_area_t a;
    lv_obj_get_content_coords(obj, &a);
    const int32_t r = LV_MIN(lv_area_get_width(&a) / 2, lv_area_get_height(&a) / 2);
    return {{a.x1 + r, a.y1 + r}, r};
}

int32_t main_line_width(lv_obj_t * obj)
{
    lv_draw_line_dsc_t d;
    lv_draw_line_dsc_init(&d);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &d);
    return d.width;
}

int32_t tick_angle_x10(const lv_scale_t * s, uint32_t idx)
{
    return static_cast<int32_t>((idx * s->angle_range * 10U) / (s->total_tick_count - 1U)) + s->rotation * 10;
}

struct pads_t {
    int32_t top, bottom, left, right; /* MAIN padding plus border */
    int32_t t_top, t_bottom, t_left, t_right; /* ITEMS padding */
};

pads_t pads(const lv_obj_t * obj)
{
    const int32_t b = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    return {lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + b,    lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN) + b,
            lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + b,   lv_obj_get_style_pad_right(obj, LV_PART_MAIN) + b,
            lv_obj_get_style_pad_top(obj, LV_PART_ITEMS),       lv_obj_get_style_pad_bottom(obj, LV_PART_ITEMS),
            lv_obj_get_style_pad_left(obj, LV_PART_ITEMS),      lv_obj_get_style_pad_right(obj, LV_PART_ITEMS)};
}

/** The tick's two ends: a on the main line, b at the tick's length. */
void tick_points(lv_obj_t * obj, uint32_t idx, bool major, lv_point_t * a, lv_point_t * b)
{
    lv_scale_t * s = as_scale(obj);
    const lv_part_t part = major ? LV_PART_INDICATOR : LV_PART_ITEMS;
    int32_t len = lv_obj_get_style_length(obj, part);
    const int32_t radial_offset = lv_obj_get_style_radial_offset(obj, part);
    const int32_t mlw = main_line_width(obj);
    if(is_round(s)) {
        const round_geo_t g = round_geometry(obj);
        const int32_t near = g.radius_edge - mlw;
        const int32_t far = s->mode == LV_SCALE_MODE_ROUND_INNER ? near - len : near + len;
        const int32_t angle = tick_angle_x10(s, idx);
        *a = {g.center.x + near + radial_offset, g.center.y};
        *b = {g.center.x + far + radial_offset, g.center.y};
        lv_point_transform(a, angle, LV_SCALE_NONE, LV_SCALE_NONE, &g.center, false);
        lv_point_transform(b, angle, LV_SCALE_NONE, LV_SCALE_NONE, &g.center, false);
        return;
    }
    const pads_t p = pads(obj);
    if(s->mode == LV_SCALE_MODE_HORIZONTAL_TOP || s->mode == LV_SCALE_MODE_VERTICAL_RIGHT) len = -len;
    const uint32_t last = s->total_tick_count - 1U;
    if(s->mode == LV_SCALE_MODE_VERTICAL_LEFT || s->mode == LV_SCALE_MODE_VERTICAL_RIGHT) {
        const int32_t x_ofs = s->mode == LV_SCALE_MODE_VERTICAL_LEFT ? obj->coords.x2 + mlw / 2 - p.right : obj->coords.x1 + mlw / 2 + p.left;
        int32_t y = obj->coords.y2 - (p.bottom + p.t_bottom);
        if(idx == last) y = obj->coords.y1 + p.top + p.t_top;
        else if(idx != 0) {
            const int32_t total = lv_obj_get_height(obj) - (p.top + p.bottom + p.t_top + p.t_bottom);
            y -= static_cast<int32_t>(idx) * total / static_cast<int32_t>(last);
        }
        *a = {x_ofs - 1, y};
        *b = {a->x - len, y};
        return;
    }
    int32_t x;
    int32_t y_ofs;
    if(s->mode == LV_SCALE_MODE_HORIZONTAL_BOTTOM) {
        x = obj->coords.x1 + p.right + p.t_right;
        y_ofs = obj->coords.y1 + mlw / 2 + p.top;
    }
    else {
        x = obj->coords.x1 + p.left + p.t_left;
        y_ofs = obj->coords.y2 + mlw / 2 - p.bottom;
    }
    if(idx == last) x = obj->coords.x2 - (p.left + p.t_left);
    else if(idx != 0) {
        const int32_t total = lv_obj_get_width(obj) - (p.right + p.left + p.t_right + p.t_left);
        x += static_cast<int32_t>(idx) * total / static_cast<int32_t>(last);
    }
    *a = {x, y_ofs};
    *b = {x, y_ofs + len};
}

lv_area_t label_area(lv_obj_t * obj, const lv_draw_label_dsc_t * dsc, lv_point_t p)
{
    lv_scale_t * s = as_scale(obj);
    lv_point_t size;
    lv_text_get_size(&size, dsc->text, dsc->font, dsc->letter_space, dsc->line_space, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
    lv_area_t a;
    switch(s->mode) {
        case LV_SCALE_MODE_HORIZONTAL_BOTTOM:
        case LV_SCALE_MODE_HORIZONTAL_TOP:
            a.x1 = p.x - size.x / 2;
            a.x2 = p.x + size.x / 2;
            if(s->mode == LV_SCALE_MODE_HORIZONTAL_BOTTOM) {
                a.y1 = p.y + lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR);
                a.y2 = a.y1 + size.y;
            }
            else {
                a.y2 = p.y - lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR);
                a.y1 = a.y2 - size.y;
            }
            break;
        case LV_SCALE_MODE_VERTICAL_LEFT:
        case LV_SCALE_MODE_VERTICAL_RIGHT:
            a.y1 = p.y - size.y / 2;
            a.y2 = p.y + size.y / 2;
            if(s->mode == LV_SCALE_MODE_VERTICAL_LEFT) {
                a.x2 = p.x - lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR);
                a.x1 = a.x2 - size.x;
            }
            else {
                a.x1 = p.x + lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR);
                a.x2 = a.x1 + size.x;
            }
            break;
        default:
            a.x1 = p.x - size.x / 2;
            a.y1 = p.y - size.y / 2;
            a.x2 = a.x1 + size.x;
            a.y2 = a.y1 + size.y;
            break;
    }
    return a;
}

void draw_label(lv_obj_t * obj, lv_layer_t * layer, lv_draw_label_dsc_t * dsc, uint32_t major_idx, int32_t value,
                lv_point_t tick_b, uint32_t tick_idx)
{
    lv_scale_t * s = as_scale(obj);
    char buf[16];
    if(s->txt_src) {
        if(static_cast<int32_t>(major_idx) > s->custom_label_cnt || s->txt_src[major_idx - 1] == nullptr) return;
        dsc->text = s->txt_src[major_idx - 1];
    }
    else {
        /* the value as text */
        char rev[12];
        int n = 0;
        int64_t v = value < 0 ? -static_cast<int64_t>(value) : value;
        do {
            rev[n++] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while(v > 0);
        int k = 0;
        if(value < 0) buf[k++] = '-';
        while(n > 0) buf[k++] = rev[--n];
        buf[k] = '\0';
        dsc->text = buf;
        dsc->text_local = 1; /* a draw task takes a copy of it (LVGL's) */
    }
    const int32_t tx = lv_obj_get_style_translate_x(obj, LV_PART_INDICATOR);
    const int32_t ty = lv_obj_get_style_translate_y(obj, LV_PART_INDICATOR);
    lv_point_t origin;
    if(is_round(s)) {
        const round_geo_t g = round_geometry(obj);
        const int32_t gap = lv_obj_get_style_pad_radial(obj, LV_PART_INDICATOR) + DEFAULT_LABEL_GAP;
        const int32_t major_len = lv_obj_get_style_length(obj, LV_PART_INDICATOR);
        const int32_t angle = tick_angle_x10(s, tick_idx) + lv_obj_get_style_translate_radial(obj, LV_PART_INDICATOR) * 10;
        const int32_t r = s->mode == LV_SCALE_MODE_ROUND_INNER ? g.radius_edge - major_len - (gap + dsc->letter_space)
                                                               : g.radius_edge + major_len + (gap + dsc->letter_space);
        origin = {g.center.x + r + tx, g.center.y + ty};
        lv_point_transform(&origin, angle, LV_SCALE_NONE, LV_SCALE_NONE, &g.center, false);
    }
    else {
        origin = {tick_b.x + tx, tick_b.y + ty};
    }
    const lv_area_t a = label_area(obj, dsc, origin);
    lv_draw_label(layer, dsc, &a);
    dsc->text = nullptr;
    dsc->text_local = 0;
}

void draw_ticks(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    if(s->total_tick_count <= 1 || s->major_tick_every == 0) return;
    uint32_t major_idx = 0;
    for(uint32_t i = 0; i < s->total_tick_count; i++) {
        const bool major = i % s->major_tick_every == 0;
        if(major) major_idx++;
        const int32_t value = lv_map(static_cast<int32_t>(i), 0, static_cast<int32_t>(s->total_tick_count - 1), s->range_min, s->range_max);
        const lv_scale_section_t * sec = section_of(s, value);
        lv_draw_line_dsc_t line;
        lv_draw_line_dsc_init(&line);
        lv_obj_init_draw_line_dsc(obj, major ? LV_PART_INDICATOR : LV_PART_ITEMS, &line);
        if(sec) apply_line_style(&line, major ? sec->indicator_style : sec->items_style);
        line.base.id1 = i;
        line.base.id2 = static_cast<uint32_t>(value);
        lv_point_t a;
        lv_point_t b;
        tick_points(obj, i, major, &a, &b);
        if(s->label_enabled && major) {
            lv_draw_label_dsc_t label;
            lv_draw_label_dsc_init(&label);
            lv_obj_init_draw_label_dsc(obj, LV_PART_INDICATOR, &label);
            if(sec) apply_label_style(&label, sec->indicator_style);
            label.base.id1 = i;
            label.base.id2 = static_cast<uint32_t>(value);
            draw_label(obj, layer, &label, major_idx, value, b, i);
        }
        if(line.width > 0) {
            line.p1 = {a.x, a.y};
            line.p2 = {b.x, b.y};
            lv_draw_line(layer, &line);
        }
    }
}

/** Width of the first and the last tick (the main line reaches over them). */
void end_tick_widths(lv_obj_t * obj, int32_t * first, int32_t * last)
{
    lv_scale_t * s = as_scale(obj);
    auto width_of = [obj, s](uint32_t i) {
        const bool major = i % s->major_tick_every == 0;
        const int32_t value = lv_map(static_cast<int32_t>(i), 0, static_cast<int32_t>(s->total_tick_count - 1), s->range_min, s->range_max);
        const lv_scale_section_t * sec = section_of(s, value);
        lv_draw_line_dsc_t line;
        lv_draw_line_dsc_init(&line);
        lv_obj_init_draw_line_dsc(obj, major ? LV_PART_INDICATOR : LV_PART_ITEMS, &line);
        if(sec) apply_line_style(&line, major ? sec->indicator_style : sec->items_style);
        return line.width;
    };
    *first = width_of(0);
    *last = width_of(s->total_tick_count - 1);
}

void draw_main_line(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_scale_t * s = as_scale(obj);
    if(s->total_tick_count <= 1 || s->major_tick_every == 0) return;
    if(is_round(s)) {
        lv_draw_arc_dsc_t arc;
        lv_draw_arc_dsc_init(&arc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_MAIN, &arc);
        const int32_t pl = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
        const int32_t pr = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
        const int32_t pt = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
        const int32_t pb = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
        const int32_t r = LV_MIN(lv_obj_get_width(obj) - pl - pr, lv_obj_get_height(obj) - pt - pb) / 2;
        arc.center = {obj->coords.x1 + r + pl, obj->coords.y1 + r + pt};
        arc.radius = static_cast<uint16_t>(LV_MAX(r, 0));
        const lv_draw_arc_dsc_t base = arc;
        arc.start_angle = s->rotation;
        arc.end_angle = s->rotation + static_cast<int32_t>(s->angle_range);
        if(arc.width > 0) lv_draw_arc(layer, &arc);
        for(lv_scale_section_t * sec = s->sections; sec; sec = sec->next) {
            lv_draw_arc_dsc_t sa = base;
            apply_arc_style(&sa, sec->main_style);
            sa.start_angle = lv_map(sec->range_min, s->range_min, s->range_max, s->rotation, s->rotation + static_cast<int32_t>(s->angle_range));
            sa.end_angle = lv_map(sec->range_max, s->range_min, s->range_max, s->rotation, s->rotation + static_cast<int32_t>(s->angle_range));
            if(sa.width > 0) lv_draw_arc(layer, &sa);
        }
        return;
    }
    lv_draw_line_dsc_t line;
    lv_draw_line_dsc_init(&line);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &line);
    const pads_t p = pads(obj);
    int32_t first_w;
    int32_t last_w;
    end_tick_widths(obj, &first_w, &last_w);
    lv_point_t a;
    lv_point_t b;
    switch(s->mode) {
        case LV_SCALE_MODE_VERTICAL_LEFT:
        case LV_SCALE_MODE_VERTICAL_RIGHT: {
            const int32_t x = s->mode == LV_SCALE_MODE_VERTICAL_LEFT ? obj->coords.x2 + line.width / 2 - p.right
                                                                     : obj->coords.x1 + line.width / 2 + p.left;
            a = {x - 1, obj->coords.y1 + p.top - last_w / 2};
            b = {x - 1, obj->coords.y2 - p.bottom + first_w / 2};
            break;
        }
        case LV_SCALE_MODE_HORIZONTAL_BOTTOM:
            a = {obj->coords.x1 + p.right - first_w / 2, obj->coords.y1 + line.width / 2 + p.top};
            b = {obj->coords.x2 - p.left + last_w / 2, a.y};
            break;
        default:
            a = {obj->coords.x1 + p.left - first_w / 2, obj->coords.y2 + line.width / 2 - p.bottom};
            b = {obj->coords.x2 - p.left + last_w / 2, a.y};
            break;
    }
    if(line.width > 0) {
        line.p1 = {a.x, a.y};
        line.p2 = {b.x, b.y};
        lv_draw_line(layer, &line);
    }
}

void draw_all(lv_obj_t * obj, lv_layer_t * layer)
{
    if(as_scale(obj)->draw_ticks_on_top) {
        draw_main_line(obj, layer);
        draw_ticks(obj, layer);
    }
    else {
        draw_ticks(obj, layer);
        draw_main_line(obj, layer);
    }
}

void scale_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_scale_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_scale_t * s = as_scale(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_DRAW_MAIN:
            if(!s->post_draw) draw_all(obj, lv_event_get_layer(e));
            break;
        case LV_EVENT_DRAW_POST:
            if(s->post_draw) draw_all(obj, lv_event_get_layer(e));
            break;
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            /* labels are drawn outside of the scale */
            lv_event_set_ext_draw_size(e, 100);
            break;
        default:
            break;
    }
}

int32_t value_angle(const lv_scale_t * s, int32_t value)
{
    if(value < s->range_min) return 0;
    if(value > s->range_max) return static_cast<int32_t>(s->angle_range);
    if(s->range_max == s->range_min) return 0;
    return static_cast<int32_t>(s->angle_range) * (value - s->range_min) / (s->range_max - s->range_min);
}

void free_needle_points_cb(lv_event_t * e) { lv_free(lv_event_get_user_data(e)); }

} // namespace

extern "C" {

lv_obj_t * lv_scale_create(lv_obj_t * parent) { return lv_widget_create(&lv_scale_class, parent); }

void lv_scale_set_mode(lv_obj_t * obj, lv_scale_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->mode = mode;
    lv_obj_invalidate(obj);
}

void lv_scale_set_total_tick_count(lv_obj_t * obj, uint32_t total_tick_count)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->total_tick_count = total_tick_count;
    lv_obj_invalidate(obj);
}

void lv_scale_set_major_tick_every(lv_obj_t * obj, uint32_t major_tick_every)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->major_tick_every = major_tick_every;
    lv_obj_invalidate(obj);
}

void lv_scale_set_label_show(lv_obj_t * obj, bool show_label)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->label_enabled = show_label ? 1 : 0;
    lv_obj_invalidate(obj);
}

void lv_scale_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    lv_scale_t * s = as_scale(obj);
    s->range_min = min;
    s->range_max = max;
    lv_obj_invalidate(obj);
}

void lv_scale_set_angle_range(lv_obj_t * obj, uint32_t angle_range)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->angle_range = angle_range;
    lv_obj_invalidate(obj);
}

void lv_scale_set_rotation(lv_obj_t * obj, int32_t rotation)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    int32_t r = rotation;
    if(r < 0 || r > 360) {
        r %= 360;
        if(r < 0) r += 360;
    }
    as_scale(obj)->rotation = r;
    lv_obj_invalidate(obj);
}

void lv_scale_set_line_needle_value(lv_obj_t * obj, lv_obj_t * needle_line, int32_t needle_length, int32_t value)
{
    if(!needle_line) return;  /* a script passed None */
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    lv_scale_t * s = as_scale(obj);
    if(!is_round(s) || needle_line == nullptr) return;
    lv_obj_align(needle_line, LV_ALIGN_TOP_LEFT, 0, 0);
    const int32_t w = lv_obj_get_style_width(obj, LV_PART_MAIN);
    const int32_t h = lv_obj_get_style_height(obj, LV_PART_MAIN);
    if(w != h) return;
    int32_t len;
    if(needle_length >= w / 2) len = w / 2;
    else if(needle_length >= 0) len = needle_length;
    else if(needle_length + w / 2 < 0) len = 0;
    else len = w / 2 + needle_length;
    int32_t angle = (s->rotation + value_angle(s, value)) % 360;
    if(angle < 0) angle += 360;
    const int32_t dx = (len * lv_trigo_cos(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;
    const int32_t dy = (len * lv_trigo_sin(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;

    lv_point_precise_t * pts = nullptr;
    if(lv_line_is_point_array_mutable(needle_line) && lv_line_get_point_count(needle_line) >= 2) {
        pts = lv_line_get_points_mutable(needle_line);
    }
    if(pts == nullptr) {
        pts = static_cast<lv_point_precise_t *>(lv_malloc(sizeof(lv_point_precise_t) * 2));
        if(pts == nullptr) return;
        lv_obj_add_event_cb(needle_line, free_needle_points_cb, LV_EVENT_DELETE, pts);
    }
    pts[0] = {w / 2, h / 2};
    pts[1] = {w / 2 + dx, h / 2 + dy};
    lv_line_set_points_mutable(needle_line, pts, 2);
}

void lv_scale_set_image_needle_value(lv_obj_t * obj, lv_obj_t * needle_img, int32_t value)
{
    if(!needle_img) return;  /* a script passed None */
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    lv_scale_t * s = as_scale(obj);
    if(!is_round(s) || needle_img == nullptr) return;
    lv_image_set_rotation(needle_img, (s->rotation + value_angle(s, value)) * 10);
}

void lv_scale_set_text_src(lv_obj_t * obj, const char * txt_src[])
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    lv_scale_t * s = as_scale(obj);
    s->txt_src = txt_src;
    s->custom_label_cnt = 0;
    if(txt_src) {
        while(txt_src[s->custom_label_cnt]) s->custom_label_cnt++;
    }
    lv_obj_invalidate(obj);
}

void lv_scale_set_post_draw(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->post_draw = en ? 1 : 0;
    lv_obj_invalidate(obj);
}

void lv_scale_set_draw_ticks_on_top(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return;
    as_scale(obj)->draw_ticks_on_top = en ? 1 : 0;
    lv_obj_invalidate(obj);
}

lv_scale_section_t * lv_scale_add_section(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    lv_scale_t * s = as_scale(obj);
    lv_scale_section_t * sec = static_cast<lv_scale_section_t *>(lv_malloc_zeroed(sizeof(lv_scale_section_t)));
    if(sec == nullptr) return nullptr;
    sec->range_min = 0;
    sec->range_max = -1; /* empty until a range is set */
    lv_scale_section_t ** tail = &s->sections;
    while(*tail) tail = &(*tail)->next;
    *tail = sec;
    return sec;
}

void lv_scale_section_set_range(lv_scale_section_t * section, int32_t min, int32_t max)
{
    if(section == nullptr) return;
    section->range_min = min;
    section->range_max = max;
}

void lv_scale_set_section_range(lv_obj_t * scale, lv_scale_section_t * section, int32_t min, int32_t max)
{
    if(!lv_widget_check(scale, &lv_scale_class)) return;
    lv_scale_section_set_range(section, min, max);
    lv_obj_invalidate(scale);
}

void lv_scale_section_set_style(lv_scale_section_t * section, lv_part_t part, lv_style_t * section_part_style)
{
    if(section == nullptr) return;
    if(part == LV_PART_MAIN) section->main_style = section_part_style;
    else if(part == LV_PART_INDICATOR) section->indicator_style = section_part_style;
    else if(part == LV_PART_ITEMS) section->items_style = section_part_style;
}

void lv_scale_set_section_style_main(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!lv_widget_check(scale, &lv_scale_class)) return;
    if(section == nullptr) return;
    section->main_style = style;
    lv_obj_invalidate(scale);
}

void lv_scale_set_section_style_indicator(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!lv_widget_check(scale, &lv_scale_class)) return;
    if(section == nullptr) return;
    section->indicator_style = style;
    lv_obj_invalidate(scale);
}

void lv_scale_set_section_style_items(lv_obj_t * scale, lv_scale_section_t * section, const lv_style_t * style)
{
    if(!lv_widget_check(scale, &lv_scale_class)) return;
    if(section == nullptr) return;
    section->items_style = style;
    lv_obj_invalidate(scale);
}

lv_scale_mode_t lv_scale_get_mode(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->mode;
}
int32_t lv_scale_get_total_tick_count(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return static_cast<int32_t>(as_scale(obj)->total_tick_count);
}
int32_t lv_scale_get_major_tick_every(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return static_cast<int32_t>(as_scale(obj)->major_tick_every);
}
int32_t lv_scale_get_rotation(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->rotation;
}
bool lv_scale_get_label_show(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->label_enabled;
}
uint32_t lv_scale_get_angle_range(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->angle_range;
}
int32_t lv_scale_get_range_min_value(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->range_min;
}
int32_t lv_scale_get_range_max_value(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_scale_class)) return {};
    return as_scale(obj)->range_max;
}

} // extern "C"
