/**
 * @file lv_chart.cpp
 * Chart. Each series owns (or borrows) point_cnt y values (and x values for scatter charts)
 * used as a ring starting at start_point in SHIFT mode. Values map linearly from the axis
 * range to the content height (bottom = min). Division lines use the MAIN line style (lines
 * on a border side without padding are left to the border); lines use ITEMS, point markers
 * the INDICATOR size/radius in the series color, and bars ITEMS with the column gaps of
 * MAIN (between points) and ITEMS (between series).
 */
#include "core/lv_obj_private.h"

struct _lv_chart_series_t {
    lv_chart_series_t * next;
    int32_t * x_points;
    int32_t * y_points;
    lv_color_t color;
    uint32_t start_point;
    uint8_t hidden : 1;
    uint8_t x_ext_buf_assigned : 1;
    uint8_t y_ext_buf_assigned : 1;
    uint8_t x_axis_sec : 1;
    uint8_t y_axis_sec : 1;
};

namespace {

constexpr uint32_t HDIV_DEF = 3;
constexpr uint32_t VDIV_DEF = 5;
constexpr uint32_t POINT_CNT_DEF = 10;

struct lv_chart_t {
    lv_obj_t obj;
    lv_chart_series_t * series; /* in the order they were added */
    int32_t ymin[2];
    int32_t ymax[2];
    int32_t xmin[2];
    int32_t xmax[2];
    uint32_t pressed_point_id;
    uint32_t hdiv_cnt;
    uint32_t vdiv_cnt;
    uint32_t point_cnt;
    lv_chart_type_t type;
    lv_chart_update_mode_t update_mode;
};

void chart_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void chart_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void chart_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_chart_class = {
    &lv_obj_class, chart_constructor, chart_destructor, chart_event, nullptr, "chart",
    LV_PCT(100), LV_DPI_DEF * 2, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_chart_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_chart_t * as_chart(const lv_obj_t * obj) { return reinterpret_cast<lv_chart_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_chart(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_chart_class); }

uint32_t series_count(const lv_chart_t * c)
{
    uint32_t n = 0;
    for(lv_chart_series_t * s = c->series; s; s = s->next) n++;
    return n;
}

/** Height in pixels of value v above the bottom of an h tall content box (64-bit: no overflow). */
int32_t value_to_y(const lv_chart_t * c, const lv_chart_series_t * s, int32_t v, int32_t h)
{
    int64_t range = static_cast<int64_t>(c->ymax[s->y_axis_sec]) - c->ymin[s->y_axis_sec];
    if(range == 0) return 0;
    return static_cast<int32_t>((static_cast<int64_t>(v) - c->ymin[s->y_axis_sec]) * h / range);
}

void chart_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_chart_t * c = as_chart(obj);
    c->ymin[0] = c->ymin[1] = c->xmin[0] = c->xmin[1] = 0;
    c->ymax[0] = c->ymax[1] = c->xmax[0] = c->xmax[1] = 100;
    c->hdiv_cnt = HDIV_DEF;
    c->vdiv_cnt = VDIV_DEF;
    c->point_cnt = POINT_CNT_DEF;
    c->pressed_point_id = LV_CHART_POINT_NONE;
    c->type = LV_CHART_TYPE_LINE;
    c->update_mode = LV_CHART_UPDATE_MODE_SHIFT;
}

void free_series(lv_chart_series_t * s)
{
    if(!s->y_ext_buf_assigned) lv_free(s->y_points);
    if(!s->x_ext_buf_assigned) lv_free(s->x_points);
    lv_free(s);
}

void chart_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_chart_t * c = as_chart(obj);
    while(c->series) {
        lv_chart_series_t * next = c->series->next;
        free_series(c->series);
        c->series = next;
    }
}

/** Resizes a value array to cnt, keeping the values in display order from start_point. */
bool resize_points(lv_chart_t * c, lv_chart_series_t * s, uint32_t cnt, int32_t ** a)
{
    if(!*a) return true;
    uint32_t old = c->point_cnt;
    int32_t * fresh = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * cnt));
    if(!fresh) return false;
    for(uint32_t i = 0; i < cnt; i++) fresh[i] = i < old ? (*a)[(i + s->start_point) % old] : LV_CHART_POINT_NONE;
    lv_free(*a);
    *a = fresh;
    return true;
}

void draw_div_lines(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t pad_left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border;
    int32_t pad_top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border;
    int32_t w = lv_obj_get_content_width(obj);
    int32_t h = lv_obj_get_content_height(obj);
    lv_draw_line_dsc_t dsc;
    lv_draw_line_dsc_init(&dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &dsc);
    bool has_border = lv_obj_get_style_border_opa(obj, LV_PART_MAIN) > LV_OPA_MIN && border > 0;
    lv_border_side_t side = lv_obj_get_style_border_side(obj, LV_PART_MAIN);

    if(c->hdiv_cnt > 1) {
        int32_t y_ofs = obj->coords.y1 + pad_top - lv_obj_get_scroll_top(obj);
        uint32_t first = 0, end = c->hdiv_cnt;
        if(has_border && (side & LV_BORDER_SIDE_TOP) && lv_obj_get_style_pad_top(obj, LV_PART_MAIN) == 0) first++;
        if(has_border && (side & LV_BORDER_SIDE_BOTTOM) && lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN) == 0) end--;
        for(uint32_t i = first; i < end; i++) {
            int32_t y = static_cast<int32_t>(static_cast<int64_t>(h) * i / (c->hdiv_cnt - 1)) + y_ofs;
            dsc.p1 = {obj->coords.x1, y};
            dsc.p2 = {obj->coords.x2, y};
            lv_draw_line(layer, &dsc);
        }
    }
    if(c->vdiv_cnt > 1) {
        int32_t x_ofs = obj->coords.x1 + pad_left - lv_obj_get_scroll_left(obj);
        uint32_t first = 0, end = c->vdiv_cnt;
        if(has_border && (side & LV_BORDER_SIDE_LEFT) && lv_obj_get_style_pad_left(obj, LV_PART_MAIN) == 0) first++;
        if(has_border && (side & LV_BORDER_SIDE_RIGHT) && lv_obj_get_style_pad_right(obj, LV_PART_MAIN) == 0) end--;
        for(uint32_t i = first; i < end; i++) {
            int32_t x = static_cast<int32_t>(static_cast<int64_t>(w) * i / (c->vdiv_cnt - 1)) + x_ofs;
            dsc.p1 = {x, obj->coords.y1};
            dsc.p2 = {x, obj->coords.y2};
            lv_draw_line(layer, &dsc);
        }
    }
}

void draw_marker(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, int32_t x, int32_t y, int32_t pw, int32_t ph)
{
    lv_area_t a = {x - pw, y - ph, x + pw, y + ph};
    lv_draw_rect(layer, dsc, &a);
}

/** The series drawn last-added first (so the first series ends on top), as lines with markers. */
void draw_series_line(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    if(c->point_cnt < 2 || !c->series) return;
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t w = lv_obj_get_content_width(obj);
    int32_t h = lv_obj_get_content_height(obj);
    int32_t x_ofs = obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_left(obj);
    int32_t y_ofs = obj->coords.y1 + lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_top(obj);
    lv_draw_line_dsc_t line;
    lv_draw_line_dsc_init(&line);
    lv_obj_init_draw_line_dsc(obj, LV_PART_ITEMS, &line);
    lv_draw_rect_dsc_t marker;
    lv_draw_rect_dsc_init(&marker);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &marker);
    int32_t pw = lv_obj_get_style_width(obj, LV_PART_INDICATOR) / 2;
    int32_t ph = lv_obj_get_style_height(obj, LV_PART_INDICATOR) / 2;
    bool crowded = static_cast<int32_t>(c->point_cnt) >= w; /* more points than pixels: vertical strokes */

    uint32_t n = series_count(c);
    for(uint32_t k = n; k-- > 0;) {
        lv_chart_series_t * s = c->series;
        for(uint32_t j = 0; j < k; j++) s = s->next;
        if(s->hidden) continue;
        line.color = s->color;
        marker.bg_color = s->color;
        uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
        int32_t px = x_ofs, py = h - value_to_y(c, s, s->y_points[start], h) + y_ofs;
        int32_t y_min = py, y_max = py;
        uint32_t prev = start, act = start;
        for(uint32_t i = 0; i < c->point_cnt; i++) {
            int32_t x1 = px, y1 = py;
            act = (start + i) % c->point_cnt;
            px = static_cast<int32_t>(static_cast<int64_t>(w) * i / (c->point_cnt - 1)) + x_ofs;
            py = h - value_to_y(c, s, s->y_points[act], h) + y_ofs;
            bool both = s->y_points[prev] != LV_CHART_POINT_NONE && s->y_points[act] != LV_CHART_POINT_NONE;
            if(i != 0) {
                if(crowded) {
                    if(both) {
                        y_max = LV_MAX(y_max, py);
                        y_min = LV_MIN(y_min, py);
                        if(x1 != px) {
                            line.p1 = {px - 1, y_min};
                            line.p2 = {px - 1, y_max == y_min ? y_max + 1 : y_max};
                            lv_draw_line(layer, &line);
                            y_min = y_max = py;
                        }
                    }
                }
                else {
                    if(both) {
                        line.p1 = {x1, y1};
                        line.p2 = {px, py};
                        lv_draw_line(layer, &line);
                    }
                    if(pw && ph && s->y_points[prev] != LV_CHART_POINT_NONE) draw_marker(layer, &marker, x1, y1, pw, ph);
                }
            }
            prev = act;
        }
        if(!crowded && pw && ph && s->y_points[act] != LV_CHART_POINT_NONE) draw_marker(layer, &marker, px, py, pw, ph);
    }
}

void draw_series_scatter(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t w = lv_obj_get_content_width(obj);
    int32_t h = lv_obj_get_content_height(obj);
    int32_t x_ofs = obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_left(obj);
    int32_t y_ofs = obj->coords.y1 + lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_top(obj);
    lv_draw_line_dsc_t line;
    lv_draw_line_dsc_init(&line);
    lv_obj_init_draw_line_dsc(obj, LV_PART_ITEMS, &line);
    lv_draw_rect_dsc_t marker;
    lv_draw_rect_dsc_init(&marker);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &marker);
    int32_t pw = lv_obj_get_style_width(obj, LV_PART_INDICATOR) / 2;
    int32_t ph = lv_obj_get_style_height(obj, LV_PART_INDICATOR) / 2;
    if(LV_MIN(pw, ph) > line.width / 2 || line.width == 1) line.raw_end = 1;

    for(lv_chart_series_t * s = c->series; s; s = s->next) {
        if(s->hidden || !s->x_points) continue;
        line.color = s->color;
        marker.bg_color = s->color;
        uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
        bool have_prev = false;
        int32_t qx = 0, qy = 0;
        for(uint32_t i = 0; i < c->point_cnt; i++) {
            uint32_t act = (start + i) % c->point_cnt;
            if(s->y_points[act] == LV_CHART_POINT_NONE) {
                have_prev = false;
                continue;
            }
            int32_t x = lv_map(s->x_points[act], c->xmin[s->x_axis_sec], c->xmax[s->x_axis_sec], 0, w) + x_ofs;
            int32_t y = h - lv_map(s->y_points[act], c->ymin[s->y_axis_sec], c->ymax[s->y_axis_sec], 0, h) + y_ofs;
            if(have_prev) {
                line.p1 = {qx, qy};
                line.p2 = {x, y};
                lv_draw_line(layer, &line);
            }
            if(pw && ph) draw_marker(layer, &marker, x, y, pw, ph);
            qx = x;
            qy = y;
            have_prev = true;
        }
    }
}

void draw_series_bar(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    uint32_t n = series_count(c);
    if(n == 0) return;
    int32_t w = lv_obj_get_content_width(obj);
    int32_t h = lv_obj_get_content_height(obj);
    int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    int32_t block_w = (w - static_cast<int32_t>(c->point_cnt - 1) * block_gap) / static_cast<int32_t>(c->point_cnt);
    int32_t ser_gap = lv_obj_get_style_pad_column(obj, LV_PART_ITEMS);
    int32_t col_w = (block_w - static_cast<int32_t>(n - 1) * ser_gap) / static_cast<int32_t>(n);
    if(col_w < 1) col_w = 1;
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    int32_t x_ofs = lv_obj_get_style_pad_left(obj, LV_PART_MAIN) - lv_obj_get_scroll_left(obj) + border;
    int32_t y_ofs = lv_obj_get_style_pad_top(obj, LV_PART_MAIN) - lv_obj_get_scroll_top(obj) + border;

    lv_draw_rect_dsc_t col;
    lv_draw_rect_dsc_init(&col);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &col);
    col.bg_grad.dir = LV_GRAD_DIR_NONE;
    col.bg_opa = LV_OPA_COVER;
    lv_area_t a;
    a.y2 = obj->coords.y2 + col.radius; /* the bottom rounding is clipped away */

    for(uint32_t i = 0; i < c->point_cnt; i++) {
        int32_t x = c->point_cnt <= 1 ? obj->coords.x1 + x_ofs
                                      : (w - block_w) * static_cast<int32_t>(i) / static_cast<int32_t>(c->point_cnt - 1) + obj->coords.x1 + x_ofs;
        for(lv_chart_series_t * s = c->series; s; s = s->next) {
            if(s->hidden) continue;
            uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
            a.x1 = x;
            a.x2 = x + col_w - 1;
            x += col_w + ser_gap;
            uint32_t act = (start + i) % c->point_cnt;
            if(s->y_points[act] == LV_CHART_POINT_NONE) continue;
            col.bg_color = s->color;
            a.y1 = h - value_to_y(c, s, s->y_points[act], h) + obj->coords.y1 + y_ofs;
            lv_draw_rect(layer, &col, &a);
        }
    }
}

/** The point index under x (relative to the chart). */
uint32_t index_from_x(lv_obj_t * obj, int32_t x)
{
    lv_chart_t * c = as_chart(obj);
    int32_t w = lv_obj_get_content_width(obj);
    x -= lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    if(x < 0) return 0;
    if(x > w) return c->point_cnt - 1;
    if(c->type == LV_CHART_TYPE_LINE) {
        if(c->point_cnt < 2) return 0;
        return static_cast<uint32_t>((x * static_cast<int32_t>(c->point_cnt - 1) + w / 2) / w);
    }
    return static_cast<uint32_t>(x * static_cast<int32_t>(c->point_cnt) / (w ? w : 1));
}

void chart_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_chart_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_chart_t * c = as_chart(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_PRESSED: {
            lv_indev_t * indev = lv_indev_active();
            if(!indev) break;
            lv_point_t p;
            lv_indev_get_point(indev, &p);
            uint32_t id = index_from_x(obj, p.x - obj->coords.x1 + lv_obj_get_scroll_left(obj));
            if(id != c->pressed_point_id) {
                c->pressed_point_id = id;
                lv_obj_invalidate(obj);
                lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            }
            break;
        }
        case LV_EVENT_RELEASED:
            c->pressed_point_id = LV_CHART_POINT_NONE;
            lv_obj_invalidate(obj);
            break;
        case LV_EVENT_DRAW_MAIN: {
            lv_layer_t * layer = lv_event_get_layer(e);
            lv_area_t ext = obj->coords;
            int32_t ext_size = lv_obj_get_ext_draw_size(obj);
            lv_area_increase(&ext, ext_size, ext_size);
            lv_area_t clip;
            if(!lv_area_intersect(&clip, &ext, &layer->_clip_area)) break;
            lv_area_t saved = layer->_clip_area;
            layer->_clip_area = clip;
            draw_div_lines(obj, layer);
            if(c->series) {
                if(c->type == LV_CHART_TYPE_LINE) draw_series_line(obj, layer);
                else if(c->type == LV_CHART_TYPE_BAR) draw_series_bar(obj, layer);
                else if(c->type == LV_CHART_TYPE_SCATTER) draw_series_scatter(obj, layer);
            }
            layer->_clip_area = saved;
            break;
        }
        default: break;
    }
}

bool valid(const lv_obj_t * obj, const lv_chart_series_t * ser) { return is_chart(obj) && ser; }

} // namespace

extern "C" {

lv_obj_t * lv_chart_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_chart_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_chart_set_type(lv_obj_t * obj, lv_chart_type_t type)
{
    if(!is_chart(obj)) return;
    lv_chart_t * c = as_chart(obj);
    if(c->type == type) return;
    if(c->type == LV_CHART_TYPE_SCATTER) {
        for(lv_chart_series_t * s = c->series; s; s = s->next) {
            if(!s->x_ext_buf_assigned) lv_free(s->x_points);
            s->x_points = nullptr;
            s->x_ext_buf_assigned = 0;
        }
    }
    if(type == LV_CHART_TYPE_SCATTER) {
        for(lv_chart_series_t * s = c->series; s; s = s->next) {
            s->x_points = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * c->point_cnt));
            if(!s->x_points) return;
            for(uint32_t i = 0; i < c->point_cnt; i++) s->x_points[i] = static_cast<int32_t>(i);
        }
    }
    c->type = type;
    lv_chart_refresh(obj);
}

void lv_chart_set_point_count(lv_obj_t * obj, uint32_t cnt)
{
    if(!is_chart(obj)) return;
    lv_chart_t * c = as_chart(obj);
    if(cnt < 1) cnt = 1;
    if(c->point_cnt == cnt) return;
    for(lv_chart_series_t * s = c->series; s; s = s->next) {
        if(c->type == LV_CHART_TYPE_SCATTER && !s->x_ext_buf_assigned) resize_points(c, s, cnt, &s->x_points);
        if(!s->y_ext_buf_assigned) resize_points(c, s, cnt, &s->y_points);
        s->start_point = 0;
    }
    c->point_cnt = cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_axis_range(lv_obj_t * obj, lv_chart_axis_t axis, int32_t min, int32_t max)
{
    if(!is_chart(obj)) return;
    lv_chart_t * c = as_chart(obj);
    switch(axis) {
        case LV_CHART_AXIS_PRIMARY_Y: c->ymin[0] = min; c->ymax[0] = max; break;
        case LV_CHART_AXIS_SECONDARY_Y: c->ymin[1] = min; c->ymax[1] = max; break;
        case LV_CHART_AXIS_PRIMARY_X: c->xmin[0] = min; c->xmax[0] = max; break;
        case LV_CHART_AXIS_SECONDARY_X: c->xmin[1] = min; c->xmax[1] = max; break;
        default: return;
    }
    lv_chart_refresh(obj);
}

void lv_chart_set_update_mode(lv_obj_t * obj, lv_chart_update_mode_t update_mode)
{
    if(!is_chart(obj)) return;
    as_chart(obj)->update_mode = update_mode;
    lv_obj_invalidate(obj);
}

void lv_chart_set_div_line_count(lv_obj_t * obj, uint8_t hdiv, uint8_t vdiv)
{
    if(!is_chart(obj)) return;
    as_chart(obj)->hdiv_cnt = hdiv;
    as_chart(obj)->vdiv_cnt = vdiv;
    lv_obj_invalidate(obj);
}

lv_chart_type_t lv_chart_get_type(const lv_obj_t * obj) { return is_chart(obj) ? as_chart(obj)->type : LV_CHART_TYPE_NONE; }
uint32_t lv_chart_get_point_count(const lv_obj_t * obj) { return is_chart(obj) ? as_chart(obj)->point_cnt : 0; }
uint32_t lv_chart_get_x_start_point(const lv_obj_t * obj, lv_chart_series_t * ser) { return valid(obj, ser) ? ser->start_point : 0; }
uint32_t lv_chart_get_pressed_point(const lv_obj_t * obj) { return is_chart(obj) ? as_chart(obj)->pressed_point_id : LV_CHART_POINT_NONE; }

void lv_chart_get_point_pos_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, lv_point_t * p_out)
{
    if(!p_out) return;
    p_out->x = p_out->y = 0;
    if(!valid(obj, ser) || id >= as_chart(obj)->point_cnt) return;
    lv_chart_t * c = as_chart(obj);
    int32_t w = lv_obj_get_content_width(obj);
    int32_t h = lv_obj_get_content_height(obj);
    uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? ser->start_point : 0;
    uint32_t act = (start + id) % c->point_cnt;
    if(c->type == LV_CHART_TYPE_LINE) {
        p_out->x = c->point_cnt > 1 ? static_cast<int32_t>(static_cast<int64_t>(w) * id / (c->point_cnt - 1)) : 0;
        p_out->y = h - value_to_y(c, ser, ser->y_points[act], h);
    }
    else if(c->type == LV_CHART_TYPE_SCATTER && ser->x_points) {
        p_out->x = lv_map(ser->x_points[act], c->xmin[ser->x_axis_sec], c->xmax[ser->x_axis_sec], 0, w);
        p_out->y = h - value_to_y(c, ser, ser->y_points[act], h);
    }
    else if(c->type == LV_CHART_TYPE_BAR) {
        uint32_t n = series_count(c);
        int32_t ser_gap = lv_obj_get_style_pad_column(obj, LV_PART_ITEMS);
        int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
        int32_t block_w = (w - static_cast<int32_t>(c->point_cnt - 1) * block_gap) / static_cast<int32_t>(c->point_cnt);
        uint32_t ser_idx = 0;
        for(lv_chart_series_t * s = c->series; s && s != ser; s = s->next) ser_idx++;
        p_out->x = (w + block_gap) * static_cast<int32_t>(id) / static_cast<int32_t>(c->point_cnt);
        if(n > 0) {
            p_out->x += block_w * static_cast<int32_t>(ser_idx) / static_cast<int32_t>(n);
            p_out->x += (block_w - ser_gap * static_cast<int32_t>(n - 1)) / static_cast<int32_t>(n) / 2;
        }
        p_out->y = h - value_to_y(c, ser, ser->y_points[act], h);
    }
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    p_out->x += lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_left(obj);
    p_out->y += lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_top(obj);
}

void lv_chart_refresh(lv_obj_t * obj)
{
    if(is_chart(obj)) lv_obj_invalidate(obj);
}

lv_chart_series_t * lv_chart_add_series(lv_obj_t * obj, lv_color_t color, lv_chart_axis_t axis)
{
    if(!is_chart(obj)) return nullptr;
    lv_chart_t * c = as_chart(obj);
    lv_chart_series_t * s = static_cast<lv_chart_series_t *>(lv_malloc_zeroed(sizeof(lv_chart_series_t)));
    if(!s) return nullptr;
    s->y_points = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * c->point_cnt));
    if(c->type == LV_CHART_TYPE_SCATTER) s->x_points = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * c->point_cnt));
    if(!s->y_points || (c->type == LV_CHART_TYPE_SCATTER && !s->x_points)) {
        free_series(s);
        return nullptr;
    }
    for(uint32_t i = 0; i < c->point_cnt; i++) {
        s->y_points[i] = LV_CHART_POINT_NONE;
        if(s->x_points) s->x_points[i] = static_cast<int32_t>(i);
    }
    s->color = color;
    s->x_axis_sec = (axis & LV_CHART_AXIS_SECONDARY_X) ? 1 : 0;
    s->y_axis_sec = (axis & LV_CHART_AXIS_SECONDARY_Y) ? 1 : 0;
    lv_chart_series_t ** tail = &c->series;
    while(*tail) tail = &(*tail)->next;
    *tail = s;
    return s;
}

void lv_chart_remove_series(lv_obj_t * obj, lv_chart_series_t * series)
{
    if(!valid(obj, series)) return;
    for(lv_chart_series_t ** p = &as_chart(obj)->series; *p; p = &(*p)->next) {
        if(*p == series) {
            *p = series->next;
            free_series(series);
            lv_chart_refresh(obj);
            return;
        }
    }
}

void lv_chart_hide_series(lv_obj_t * chart, lv_chart_series_t * series, bool hide)
{
    if(!valid(chart, series)) return;
    series->hidden = hide ? 1 : 0;
    lv_chart_refresh(chart);
}

void lv_chart_set_series_color(lv_obj_t * chart, lv_chart_series_t * series, lv_color_t color)
{
    if(!valid(chart, series)) return;
    series->color = color;
    lv_chart_refresh(chart);
}

lv_color_t lv_chart_get_series_color(lv_obj_t * chart, const lv_chart_series_t * series)
{
    return valid(chart, series) ? series->color : lv_color_black();
}

void lv_chart_set_x_start_point(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id)
{
    if(!valid(obj, ser) || id >= as_chart(obj)->point_cnt) return;
    ser->start_point = id;
}

lv_chart_series_t * lv_chart_get_series_next(const lv_obj_t * chart, const lv_chart_series_t * ser)
{
    if(!is_chart(chart)) return nullptr;
    return ser ? ser->next : as_chart(chart)->series;
}

void lv_chart_set_all_values(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value)
{
    if(!valid(obj, ser)) return;
    for(uint32_t i = 0; i < as_chart(obj)->point_cnt; i++) ser->y_points[i] = value;
    ser->start_point = 0;
    lv_chart_refresh(obj);
}

void lv_chart_set_next_value(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value)
{
    if(!valid(obj, ser)) return;
    lv_chart_t * c = as_chart(obj);
    ser->y_points[ser->start_point] = value;
    ser->start_point = (ser->start_point + 1) % c->point_cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_next_value2(lv_obj_t * obj, lv_chart_series_t * ser, int32_t x_value, int32_t y_value)
{
    if(!valid(obj, ser) || as_chart(obj)->type != LV_CHART_TYPE_SCATTER || !ser->x_points) return;
    lv_chart_t * c = as_chart(obj);
    ser->x_points[ser->start_point] = x_value;
    ser->y_points[ser->start_point] = y_value;
    ser->start_point = (ser->start_point + 1) % c->point_cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_values(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t values[], size_t values_cnt)
{
    if(!valid(obj, ser) || !values) return;
    for(size_t i = 0; i < values_cnt; i++) lv_chart_set_next_value(obj, ser, values[i]);
}

void lv_chart_set_series_values2(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t x_values[], const int32_t y_values[],
                                 size_t values_cnt)
{
    if(!valid(obj, ser) || !x_values || !y_values) return;
    for(size_t i = 0; i < values_cnt; i++) lv_chart_set_next_value2(obj, ser, x_values[i], y_values[i]);
}

void lv_chart_set_series_value_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t value)
{
    if(!valid(obj, ser) || id >= as_chart(obj)->point_cnt) return;
    ser->y_points[id] = value;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_value_by_id2(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t x_value, int32_t y_value)
{
    if(!valid(obj, ser) || id >= as_chart(obj)->point_cnt || !ser->x_points) return;
    ser->x_points[id] = x_value;
    ser->y_points[id] = y_value;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_ext_y_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[])
{
    if(!valid(obj, ser) || !array) return;
    if(!ser->y_ext_buf_assigned) lv_free(ser->y_points);
    ser->y_ext_buf_assigned = 1;
    ser->y_points = array;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_ext_x_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[])
{
    if(!valid(obj, ser) || !array) return;
    if(!ser->x_ext_buf_assigned) lv_free(ser->x_points);
    ser->x_ext_buf_assigned = 1;
    ser->x_points = array;
    lv_chart_refresh(obj);
}

int32_t * lv_chart_get_series_y_array(const lv_obj_t * obj, lv_chart_series_t * ser) { return valid(obj, ser) ? ser->y_points : nullptr; }
int32_t * lv_chart_get_series_x_array(const lv_obj_t * obj, lv_chart_series_t * ser) { return valid(obj, ser) ? ser->x_points : nullptr; }

int32_t lv_chart_get_first_point_center_offset(lv_obj_t * obj)
{
    if(!is_chart(obj)) return 0;
    lv_chart_t * c = as_chart(obj);
    if(c->type != LV_CHART_TYPE_BAR || c->point_cnt == 0) return 0;
    int32_t w = lv_obj_get_content_width(obj);
    int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    int32_t block_w = (w - static_cast<int32_t>(c->point_cnt - 1) * block_gap) / static_cast<int32_t>(c->point_cnt);
    return block_w / 2;
}

} // extern "C"
