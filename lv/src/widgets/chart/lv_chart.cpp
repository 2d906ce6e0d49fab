/**
 * @file lv_chart.cpp
 * Chart: values map linearly from an axis range onto the content box (the minimum at the
 * bottom). Lines join the points left to right with a marker (INDICATOR part, its size
 * from width/height) on each; bars of all series stand side by side in equal groups
 * (pad_column of MAIN between groups, of ITEMS between the bars of a group). Division
 * lines (MAIN line_* styles) span the whole chart; cursors use the CURSOR part.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t POINT_CNT_DEF = 10;
constexpr uint8_t HDIV_DEF = 3;
constexpr uint8_t VDIV_DEF = 5;

struct lv_chart_t {
    lv_obj_t obj;
    lv_chart_series_t * series; /**< in the order they were added */
    lv_chart_cursor_t * cursors;
    int32_t ymin[2];
    int32_t ymax[2];
    int32_t xmin[2];
    int32_t xmax[2];
    uint32_t pressed_point_id;
    uint32_t point_cnt;
    uint8_t hdiv_cnt;
    uint8_t vdiv_cnt;
    lv_chart_type_t type : 3;
    lv_chart_update_mode_t update_mode : 1;
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

/** Whether `ser` is one of the chart's series: a series of another chart, a removed one or a
 *  blank lv_chart_series_t a script made is left alone (its points are not the chart's). */
bool owns_series(const lv_obj_t * obj, const lv_chart_series_t * ser)
{
    for(const lv_chart_series_t * s = as_chart(obj)->series; ser && s; s = s->next)
        if(s == ser) return true;
    return false;
}

bool owns_cursor(const lv_obj_t * obj, const lv_chart_cursor_t * cursor)
{
    for(const lv_chart_cursor_t * c = as_chart(obj)->cursors; cursor && c; c = c->next)
        if(c == cursor) return true;
    return false;
}

void chart_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_chart_t * c = as_chart(obj);
    c->series = nullptr;
    c->cursors = nullptr;
    for(int i = 0; i < 2; i++) {
        c->ymin[i] = 0;
        c->ymax[i] = 100;
        c->xmin[i] = 0;
        c->xmax[i] = 100;
    }
    c->pressed_point_id = LV_CHART_POINT_NONE;
    c->point_cnt = POINT_CNT_DEF;
    c->hdiv_cnt = HDIV_DEF;
    c->vdiv_cnt = VDIV_DEF;
    c->type = LV_CHART_TYPE_LINE;
    c->update_mode = LV_CHART_UPDATE_MODE_SHIFT;
}

void free_series(lv_chart_series_t * s)
{
    if(!s->x_ext_buf_assigned) lv_free(s->x_points);
    if(!s->y_ext_buf_assigned) lv_free(s->y_points);
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
    while(c->cursors) {
        lv_chart_cursor_t * next = c->cursors->next;
        lv_free(c->cursors);
        c->cursors = next;
    }
}

uint32_t series_count(const lv_chart_t * c)
{
    uint32_t n = 0;
    for(const lv_chart_series_t * s = c->series; s; s = s->next) n++;
    return n;
}

struct box_t {
    int32_t x_ofs; /**< screen x of the content's left (scrolled) */
    int32_t y_ofs;
    int32_t w;     /**< content size */
    int32_t h;
};

box_t content_box(const lv_obj_t * obj)
{
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    return {obj->coords.x1 + lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_left(obj),
            obj->coords.y1 + lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border - lv_obj_get_scroll_top(obj),
            lv_obj_get_content_width(obj), lv_obj_get_content_height(obj)};
}

/** Pixels from the content top for a value on the series' Y axis. */
int32_t value_to_y(const lv_chart_t * c, const lv_chart_series_t * s, int32_t v, int32_t h)
{
    const int32_t range = c->ymax[s->y_axis_sec] - c->ymin[s->y_axis_sec];
    if(range == 0) return h;
    return h - static_cast<int32_t>(static_cast<int64_t>(v - c->ymin[s->y_axis_sec]) * h / range);
}

int32_t value_to_x(const lv_chart_t * c, const lv_chart_series_t * s, int32_t v, int32_t w)
{
    const int32_t range = c->xmax[s->x_axis_sec] - c->xmin[s->x_axis_sec];
    if(range == 0) return 0;
    return static_cast<int32_t>(static_cast<int64_t>(v - c->xmin[s->x_axis_sec]) * w / range);
}

void draw_div_lines(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    const box_t b = content_box(obj);
    lv_draw_line_dsc_t dsc;
    lv_draw_line_dsc_init(&dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &dsc);
    if(dsc.width == 0 || dsc.opa <= LV_OPA_MIN) return;
    const bool border = lv_obj_get_style_border_opa(obj, LV_PART_MAIN) > LV_OPA_MIN && lv_obj_get_style_border_width(obj, LV_PART_MAIN) > 0;
    const lv_border_side_t side = lv_obj_get_style_border_side(obj, LV_PART_MAIN);
    /* a line on the chart's edge would lie on the border: skip it */
    if(c->hdiv_cnt > 1) {
        int32_t first = 0;
        int32_t last = c->hdiv_cnt;
        if(border && (side & LV_BORDER_SIDE_TOP) && lv_obj_get_style_pad_top(obj, LV_PART_MAIN) == 0) first++;
        if(border && (side & LV_BORDER_SIDE_BOTTOM) && lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN) == 0) last--;
        dsc.p1.x = obj->coords.x1;
        dsc.p2.x = obj->coords.x2;
        for(int32_t i = first; i < last; i++) {
            dsc.p1.y = b.h * i / (c->hdiv_cnt - 1) + b.y_ofs;
            dsc.p2.y = dsc.p1.y;
            dsc.base.id1 = static_cast<uint32_t>(i);
            lv_draw_line(layer, &dsc);
        }
    }
    if(c->vdiv_cnt > 1) {
        int32_t first = 0;
        int32_t last = c->vdiv_cnt;
        if(border && (side & LV_BORDER_SIDE_LEFT) && lv_obj_get_style_pad_left(obj, LV_PART_MAIN) == 0) first++;
        if(border && (side & LV_BORDER_SIDE_RIGHT) && lv_obj_get_style_pad_right(obj, LV_PART_MAIN) == 0) last--;
        dsc.p1.y = obj->coords.y1;
        dsc.p2.y = obj->coords.y2;
        for(int32_t i = first; i < last; i++) {
            dsc.p1.x = b.w * i / (c->vdiv_cnt - 1) + b.x_ofs;
            dsc.p2.x = dsc.p1.x;
            dsc.base.id1 = static_cast<uint32_t>(i);
            lv_draw_line(layer, &dsc);
        }
    }
}

void draw_marker(lv_layer_t * layer, lv_draw_rect_dsc_t * dsc, int32_t x, int32_t y, int32_t pw, int32_t ph)
{
    const lv_area_t a = {x - pw, y - ph, x + pw, y + ph};
    lv_draw_rect(layer, dsc, &a);
}

void draw_series_line(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    if(c->point_cnt < 2) return;
    const box_t b = content_box(obj);
    lv_draw_line_dsc_t line;
    lv_draw_line_dsc_init(&line);
    lv_obj_init_draw_line_dsc(obj, LV_PART_ITEMS, &line);
    lv_draw_rect_dsc_t point;
    lv_draw_rect_dsc_init(&point);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &point);
    const int32_t pw = lv_obj_get_style_width(obj, LV_PART_INDICATOR) / 2;
    const int32_t ph = lv_obj_get_style_height(obj, LV_PART_INDICATOR) / 2;
    /* a marker covers the line's end: no need to shape it */
    if(LV_MIN(pw, ph) > line.width / 2 || line.width == 1) line.raw_end = 1;
    const bool scatter = c->type == LV_CHART_TYPE_SCATTER;
    uint32_t ser_idx = 0;
    for(lv_chart_series_t * s = c->series; s; s = s->next, ser_idx++) {
        if(s->hidden) continue;
        line.color = s->color;
        point.bg_color = s->color;
        line.base.id1 = ser_idx;
        point.base.id1 = ser_idx;
        const uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
        lv_point_t prev = {0, 0};
        bool prev_valid = false;
        for(uint32_t i = 0; i < c->point_cnt; i++) {
            const uint32_t p = (start + i) % c->point_cnt;
            const int32_t v = s->y_points[p];
            lv_point_t cur;
            if(scatter) {
                cur.x = value_to_x(c, s, s->x_points[p], b.w) + b.x_ofs;
            }
            else {
                cur.x = static_cast<int32_t>(static_cast<int64_t>(b.w) * i / (c->point_cnt - 1)) + b.x_ofs;
            }
            cur.y = value_to_y(c, s, v, b.h) + b.y_ofs;
            const bool valid = v != LV_CHART_POINT_NONE && (!scatter || s->x_points[p] != LV_CHART_POINT_NONE);
            if(i > 0) {
                if(prev_valid && valid) {
                    line.p1 = {prev.x, prev.y};
                    line.p2 = {cur.x, cur.y};
                    line.base.id2 = i;
                    lv_draw_line(layer, &line);
                }
                if(pw && ph && prev_valid) {
                    point.base.id2 = i - 1;
                    draw_marker(layer, &point, prev.x, prev.y, pw, ph);
                }
            }
            prev = cur;
            prev_valid = valid;
        }
        if(pw && ph && prev_valid) {
            point.base.id2 = c->point_cnt - 1;
            draw_marker(layer, &point, prev.x, prev.y, pw, ph);
        }
    }
}

void draw_series_bar(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    if(c->point_cnt == 0) return;
    const box_t b = content_box(obj);
    const uint32_t ser_cnt = series_count(c);
    if(ser_cnt == 0) return;
    const int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    const int32_t pcnt = static_cast<int32_t>(c->point_cnt);
    const int32_t block_w = (b.w - (pcnt - 1) * block_gap) / pcnt;
    const int32_t ser_gap = lv_obj_get_style_pad_column(obj, LV_PART_ITEMS);
    int32_t col_w = (block_w - static_cast<int32_t>(ser_cnt - 1) * ser_gap) / static_cast<int32_t>(ser_cnt);
    if(col_w < 1) col_w = 1;

    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_ITEMS, &dsc);
    dsc.bg_grad.dir = LV_GRAD_DIR_NONE;
    dsc.bg_opa = LV_OPA_COVER;

    lv_area_t clip;
    if(!lv_area_intersect(&clip, &obj->coords, &layer->_clip_area)) return;
    const lv_area_t clip_ori = layer->_clip_area;
    layer->_clip_area = clip;
    lv_area_t col;
    /* longer by the radius so that the bottom corners are cut off */
    col.y2 = obj->coords.y2 + dsc.radius;
    for(int32_t i = 0; i < pcnt; i++) {
        int32_t x = pcnt > 1 ? (b.w - block_w) * i / (pcnt - 1) + b.x_ofs : b.x_ofs;
        dsc.base.id2 = static_cast<uint32_t>(i);
        uint32_t ser_idx = 0;
        for(lv_chart_series_t * s = c->series; s; s = s->next, ser_idx++) {
            if(s->hidden) continue;
            col.x1 = x;
            col.x2 = x + col_w - 1;
            x += col_w + ser_gap;
            const uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
            const int32_t v = s->y_points[(start + static_cast<uint32_t>(i)) % c->point_cnt];
            if(v == LV_CHART_POINT_NONE) continue;
            col.y1 = value_to_y(c, s, v, b.h) + b.y_ofs;
            dsc.bg_color = s->color;
            dsc.base.id1 = ser_idx;
            lv_draw_rect(layer, &dsc, &col);
        }
    }
    layer->_clip_area = clip_ori;
}

void draw_cursors(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_chart_t * c = as_chart(obj);
    if(c->cursors == nullptr) return;
    lv_draw_line_dsc_t line;
    lv_draw_line_dsc_init(&line);
    lv_obj_init_draw_line_dsc(obj, LV_PART_CURSOR, &line);
    lv_draw_rect_dsc_t point;
    lv_draw_rect_dsc_init(&point);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_CURSOR, &point);
    const int32_t pw = lv_obj_get_style_width(obj, LV_PART_CURSOR) / 2;
    const int32_t ph = lv_obj_get_style_height(obj, LV_PART_CURSOR) / 2;
    for(lv_chart_cursor_t * cur = c->cursors; cur; cur = cur->next) {
        lv_point_t p = {0, 0};
        if(cur->pos_set) p = cur->pos;
        else if(cur->ser && cur->point_id != LV_CHART_POINT_NONE) lv_chart_get_point_pos_by_id(obj, cur->ser, cur->point_id, &p);
        else continue;
        const int32_t x = obj->coords.x1 + p.x;
        const int32_t y = obj->coords.y1 + p.y;
        line.color = cur->color;
        point.bg_color = cur->color;
        if(cur->dir & LV_DIR_HOR) {
            line.p1 = {cur->dir & LV_DIR_LEFT ? obj->coords.x1 : x, y};
            line.p2 = {cur->dir & LV_DIR_RIGHT ? obj->coords.x2 : x, y};
            lv_draw_line(layer, &line);
        }
        if(cur->dir & LV_DIR_VER) {
            line.p1 = {x, cur->dir & LV_DIR_TOP ? obj->coords.y1 : y};
            line.p2 = {x, cur->dir & LV_DIR_BOTTOM ? obj->coords.y2 : y};
            lv_draw_line(layer, &line);
        }
        if(pw && ph) draw_marker(layer, &point, x, y, pw, ph);
    }
}

void chart_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_chart_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_chart_t * c = as_chart(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            /* markers and wide lines on the edge points stick out */
            const int32_t pw = lv_obj_get_style_width(obj, LV_PART_INDICATOR) / 2;
            const int32_t ph = lv_obj_get_style_height(obj, LV_PART_INDICATOR) / 2;
            const int32_t lw = lv_obj_get_style_line_width(obj, LV_PART_ITEMS) / 2;
            lv_event_set_ext_draw_size(e, LV_MAX(LV_MAX(pw, ph), lw) + 1);
            break;
        }
        case LV_EVENT_DRAW_MAIN: {
            lv_layer_t * layer = lv_event_get_layer(e);
            draw_div_lines(obj, layer);
            if(c->series == nullptr) break;
            if(c->type == LV_CHART_TYPE_LINE || c->type == LV_CHART_TYPE_SCATTER) draw_series_line(obj, layer);
            else if(c->type == LV_CHART_TYPE_BAR) draw_series_bar(obj, layer);
            draw_cursors(obj, layer);
            break;
        }
        default:
            break;
    }
}

/** Resizes a series' arrays to the chart's point count, keeping the newest values. */
bool resize_points(lv_chart_t * c, lv_chart_series_t * s, uint32_t old_cnt, uint32_t cnt)
{
    int32_t ** arrays[2] = {&s->y_points, &s->x_points};
    const bool ext[2] = {static_cast<bool>(s->y_ext_buf_assigned), static_cast<bool>(s->x_ext_buf_assigned)};
    for(int k = 0; k < 2; k++) {
        if(ext[k] || *arrays[k] == nullptr) continue;
        int32_t * n = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * cnt));
        if(n == nullptr) return false;
        const uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? s->start_point : 0;
        for(uint32_t i = 0; i < cnt; i++) {
            /* the newest values move to the end */
            int64_t src = static_cast<int64_t>(i) - static_cast<int64_t>(cnt) + static_cast<int64_t>(old_cnt);
            n[i] = src >= 0 && old_cnt > 0 ? (*arrays[k])[(start + static_cast<uint32_t>(src)) % old_cnt] : LV_CHART_POINT_NONE;
        }
        lv_free(*arrays[k]);
        *arrays[k] = n;
    }
    s->start_point = 0;
    return true;
}

int32_t * alloc_points(uint32_t cnt)
{
    int32_t * p = static_cast<int32_t *>(lv_malloc(sizeof(int32_t) * (cnt ? cnt : 1)));
    if(p) for(uint32_t i = 0; i < cnt; i++) p[i] = LV_CHART_POINT_NONE;
    return p;
}

} // namespace

extern "C" {

lv_obj_t * lv_chart_create(lv_obj_t * parent) { return lv_widget_create(&lv_chart_class, parent); }

void lv_chart_set_type(lv_obj_t * obj, lv_chart_type_t type)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(c->type == type) return;
    if(type == LV_CHART_TYPE_SCATTER) {
        for(lv_chart_series_t * s = c->series; s; s = s->next) {
            if(s->x_points == nullptr) s->x_points = alloc_points(c->point_cnt);
        }
    }
    c->type = type;
    lv_chart_refresh(obj);
}

void lv_chart_set_point_count(lv_obj_t * obj, uint32_t cnt)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(cnt < 1) cnt = 1;
    if(c->point_cnt == cnt) return;
    for(lv_chart_series_t * s = c->series; s; s = s->next) resize_points(c, s, c->point_cnt, cnt);
    c->point_cnt = cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_axis_range(lv_obj_t * obj, lv_chart_axis_t axis, int32_t min, int32_t max)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
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
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    as_chart(obj)->update_mode = update_mode;
    lv_obj_invalidate(obj);
}

void lv_chart_set_div_line_count(lv_obj_t * obj, uint8_t hdiv, uint8_t vdiv)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    c->hdiv_cnt = hdiv;
    c->vdiv_cnt = vdiv;
    lv_obj_invalidate(obj);
}

lv_chart_type_t lv_chart_get_type(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    return as_chart(obj)->type;
}
uint32_t lv_chart_get_point_count(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    return as_chart(obj)->point_cnt;
}

uint32_t lv_chart_get_x_start_point(const lv_obj_t * obj, lv_chart_series_t * ser)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    LV_UNUSED(obj);
    return owns_series(obj, ser) ? ser->start_point : 0;
}

void lv_chart_get_point_pos_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, lv_point_t * p_out)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!p_out) return;
    p_out->x = 0;
    p_out->y = 0;
    if(!owns_series(obj, ser) || id >= c->point_cnt) return;
    lv_obj_update_layout(obj);
    const box_t b = content_box(obj);
    const int32_t left = b.x_ofs - obj->coords.x1;
    const int32_t top = b.y_ofs - obj->coords.y1;
    const uint32_t start = c->update_mode == LV_CHART_UPDATE_MODE_SHIFT ? ser->start_point : 0;
    const uint32_t p = (start + id) % c->point_cnt;
    if(c->type == LV_CHART_TYPE_BAR) {
        const uint32_t ser_cnt = series_count(c);
        const int32_t pcnt = static_cast<int32_t>(c->point_cnt);
        const int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
        const int32_t block_w = (b.w - (pcnt - 1) * block_gap) / pcnt;
        const int32_t ser_gap = lv_obj_get_style_pad_column(obj, LV_PART_ITEMS);
        const int32_t col_w = LV_MAX((block_w - static_cast<int32_t>(ser_cnt - 1) * ser_gap) / static_cast<int32_t>(ser_cnt), 1);
        uint32_t ser_i = 0;
        for(lv_chart_series_t * s = c->series; s && s != ser; s = s->next) ser_i++;
        p_out->x = (pcnt > 1 ? (b.w - block_w) * static_cast<int32_t>(id) / (pcnt - 1) : 0) +
                   static_cast<int32_t>(ser_i) * (col_w + ser_gap) + col_w / 2 + left;
    }
    else if(c->type == LV_CHART_TYPE_SCATTER) {
        p_out->x = value_to_x(c, ser, ser->x_points[p], b.w) + left;
    }
    else {
        p_out->x = c->point_cnt > 1 ? b.w * static_cast<int32_t>(id) / static_cast<int32_t>(c->point_cnt - 1) + left : left;
    }
    p_out->y = value_to_y(c, ser, ser->y_points[p], b.h) + top;
}

void lv_chart_refresh(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_obj_invalidate(obj);
}

lv_chart_series_t * lv_chart_add_series(lv_obj_t * obj, lv_color_t color, lv_chart_axis_t axis)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    lv_chart_t * c = as_chart(obj);
    lv_chart_series_t * s = static_cast<lv_chart_series_t *>(lv_malloc_zeroed(sizeof(lv_chart_series_t)));
    if(s == nullptr) return nullptr;
    s->y_points = alloc_points(c->point_cnt);
    if(c->type == LV_CHART_TYPE_SCATTER) s->x_points = alloc_points(c->point_cnt);
    if(s->y_points == nullptr || (c->type == LV_CHART_TYPE_SCATTER && s->x_points == nullptr)) {
        free_series(s);
        return nullptr;
    }
    s->color = color;
    s->y_axis_sec = (axis & LV_CHART_AXIS_SECONDARY_Y) ? 1 : 0;
    s->x_axis_sec = (axis & LV_CHART_AXIS_SECONDARY_X) ? 1 : 0;
    lv_chart_series_t ** tail = &c->series;
    while(*tail) tail = &(*tail)->next;
    *tail = s;
    return s;
}

void lv_chart_remove_series(lv_obj_t * obj, lv_chart_series_t * series)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    for(lv_chart_series_t ** p = &c->series; *p; p = &(*p)->next) {
        if(*p != series) continue;
        *p = series->next;
        for(lv_chart_cursor_t * cur = c->cursors; cur; cur = cur->next)
            if(cur->ser == series) cur->ser = nullptr;
        free_series(series);
        lv_chart_refresh(obj);
        return;
    }
}

void lv_chart_hide_series(lv_obj_t * chart, lv_chart_series_t * series, bool hide)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_series(chart, series)) return;
    series->hidden = hide ? 1 : 0;
    lv_chart_refresh(chart);
}

void lv_chart_set_series_color(lv_obj_t * chart, lv_chart_series_t * series, lv_color_t color)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_series(chart, series)) return;
    series->color = color;
    lv_chart_refresh(chart);
}

lv_color_t lv_chart_get_series_color(lv_obj_t * chart, const lv_chart_series_t * series)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return {};
    LV_UNUSED(chart);
    return owns_series(chart, series) ? series->color : lv_color_black();
}

void lv_chart_set_x_start_point(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    if(!owns_series(obj, ser) || id >= as_chart(obj)->point_cnt) return;
    ser->start_point = id;
    lv_chart_refresh(obj);
}

lv_chart_series_t * lv_chart_get_series_next(const lv_obj_t * chart, const lv_chart_series_t * ser)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return {};
    if(ser && !owns_series(chart, ser)) return nullptr;
    return ser ? ser->next : as_chart(chart)->series;
}

lv_chart_cursor_t * lv_chart_add_cursor(lv_obj_t * obj, lv_color_t color, lv_dir_t dir)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    lv_chart_t * c = as_chart(obj);
    lv_chart_cursor_t * cur = static_cast<lv_chart_cursor_t *>(lv_malloc_zeroed(sizeof(lv_chart_cursor_t)));
    if(cur == nullptr) return nullptr;
    cur->color = color;
    cur->dir = dir;
    cur->point_id = LV_CHART_POINT_NONE;
    lv_chart_cursor_t ** tail = &c->cursors;
    while(*tail) tail = &(*tail)->next;
    *tail = cur;
    return cur;
}

void lv_chart_set_cursor_pos(lv_obj_t * chart, lv_chart_cursor_t * cursor, lv_point_t * pos)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_cursor(chart, cursor) || pos == nullptr) return;
    cursor->pos = *pos;
    cursor->pos_set = 1;
    lv_chart_refresh(chart);
}

void lv_chart_set_cursor_pos_x(lv_obj_t * chart, lv_chart_cursor_t * cursor, int32_t x)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_cursor(chart, cursor)) return;
    cursor->pos.x = x;
    cursor->pos_set = 1;
    lv_chart_refresh(chart);
}

void lv_chart_set_cursor_pos_y(lv_obj_t * chart, lv_chart_cursor_t * cursor, int32_t y)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_cursor(chart, cursor)) return;
    cursor->pos.y = y;
    cursor->pos_set = 1;
    lv_chart_refresh(chart);
}

void lv_chart_set_cursor_point(lv_obj_t * chart, lv_chart_cursor_t * cursor, lv_chart_series_t * ser, uint32_t point_id)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return;
    if(!owns_cursor(chart, cursor)) return;
    cursor->pos_set = 0;
    cursor->ser = owns_series(chart, ser) ? ser : nullptr;
    cursor->point_id = point_id;
    lv_chart_refresh(chart);
}

lv_point_t lv_chart_get_cursor_point(lv_obj_t * chart, lv_chart_cursor_t * cursor)
{
    if(!lv_widget_check(chart, &lv_chart_class)) return {};
    lv_point_t p = {0, 0};
    if(!owns_cursor(chart, cursor)) return p;
    if(cursor->pos_set) return cursor->pos;
    if(cursor->ser) lv_chart_get_point_pos_by_id(chart, cursor->ser, cursor->point_id, &p);
    return p;
}

void lv_chart_set_all_values(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!owns_series(obj, ser)) return;
    for(uint32_t i = 0; i < c->point_cnt; i++) ser->y_points[i] = value;
    ser->start_point = 0;
    lv_chart_refresh(obj);
}

void lv_chart_set_next_value(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!owns_series(obj, ser)) return;
    ser->y_points[ser->start_point] = value;
    ser->start_point = (ser->start_point + 1) % c->point_cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_next_value2(lv_obj_t * obj, lv_chart_series_t * ser, int32_t x_value, int32_t y_value)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!owns_series(obj, ser) || c->type != LV_CHART_TYPE_SCATTER || ser->x_points == nullptr) return;
    ser->x_points[ser->start_point] = x_value;
    ser->y_points[ser->start_point] = y_value;
    ser->start_point = (ser->start_point + 1) % c->point_cnt;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_values(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t values[], size_t values_cnt)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    if(!owns_series(obj, ser) || values == nullptr) return;
    for(size_t i = 0; i < values_cnt; i++) lv_chart_set_next_value(obj, ser, values[i]);
}

void lv_chart_set_series_values2(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t x_values[], const int32_t y_values[],
                                 size_t values_cnt)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    if(!owns_series(obj, ser) || x_values == nullptr || y_values == nullptr) return;
    for(size_t i = 0; i < values_cnt; i++) lv_chart_set_next_value2(obj, ser, x_values[i], y_values[i]);
}

void lv_chart_set_series_value_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t value)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!owns_series(obj, ser) || id >= c->point_cnt) return;
    ser->y_points[id] = value;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_value_by_id2(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t x_value, int32_t y_value)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    lv_chart_t * c = as_chart(obj);
    if(!owns_series(obj, ser) || id >= c->point_cnt || c->type != LV_CHART_TYPE_SCATTER || ser->x_points == nullptr) return;
    ser->x_points[id] = x_value;
    ser->y_points[id] = y_value;
    lv_chart_refresh(obj);
}

void lv_chart_set_series_ext_y_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[])
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    if(!owns_series(obj, ser) || array == nullptr) return;
    if(!ser->y_ext_buf_assigned) lv_free(ser->y_points);
    ser->y_ext_buf_assigned = 1;
    ser->y_points = array;
    lv_obj_invalidate(obj);
}

void lv_chart_set_series_ext_x_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[])
{
    if(!lv_widget_check(obj, &lv_chart_class)) return;
    if(!owns_series(obj, ser) || array == nullptr) return;
    if(!ser->x_ext_buf_assigned) lv_free(ser->x_points);
    ser->x_ext_buf_assigned = 1;
    ser->x_points = array;
    lv_obj_invalidate(obj);
}

int32_t * lv_chart_get_series_y_array(const lv_obj_t * obj, lv_chart_series_t * ser)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    LV_UNUSED(obj);
    return owns_series(obj, ser) ? ser->y_points : nullptr;
}

int32_t * lv_chart_get_series_x_array(const lv_obj_t * obj, lv_chart_series_t * ser)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    LV_UNUSED(obj);
    return owns_series(obj, ser) ? ser->x_points : nullptr;
}

uint32_t lv_chart_get_pressed_point(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    return as_chart(obj)->pressed_point_id;
}

int32_t lv_chart_get_first_point_center_offset(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_chart_class)) return {};
    lv_chart_t * c = as_chart(obj);
    if(c->type != LV_CHART_TYPE_BAR || c->point_cnt == 0) return 0;
    const int32_t pcnt = static_cast<int32_t>(c->point_cnt);
    const int32_t w = lv_obj_get_content_width(obj);
    const int32_t block_gap = lv_obj_get_style_pad_column(obj, LV_PART_MAIN);
    return (w - (pcnt - 1) * block_gap) / pcnt / 2;
}

} // extern "C"
