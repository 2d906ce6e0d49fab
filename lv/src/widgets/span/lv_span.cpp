/**
 * @file lv_span.cpp
 * Span group: the spans' texts flow word by word into lines (the first one indented); a
 * word that does not fit starts a new line, a word longer than a line is cut. In a line the
 * pieces of different fonts share a base line; the line is as tall as its tallest font
 * (plus line space). Each piece is drawn with its span's style over the group's.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t MAX_PIECES_PER_LINE = 32;

struct lv_spangroup_t {
    lv_obj_t obj;
    lv_span_t * spans;
    int32_t lines;
    int32_t indent;
    int32_t cache_w;
    int32_t cache_h;
    lv_span_mode_t mode : 2;
    lv_span_overflow_t overflow : 2;
    uint8_t refresh : 1;
};

void spangroup_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void spangroup_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void spangroup_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_spangroup_class = {
    &lv_obj_class, spangroup_constructor, spangroup_destructor, spangroup_event, nullptr, "spangroup",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_spangroup_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_spangroup_t * as_sg(const lv_obj_t * obj) { return reinterpret_cast<lv_spangroup_t *>(const_cast<lv_obj_t *>(obj)); }

void spangroup_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_spangroup_t * sg = as_sg(obj);
    sg->spans = nullptr;
    sg->lines = -1;
    sg->indent = 0;
    sg->cache_w = 0;
    sg->cache_h = 0;
    sg->mode = LV_SPAN_MODE_EXPAND;
    sg->overflow = LV_SPAN_OVERFLOW_CLIP;
    sg->refresh = 1;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
}

void free_span(lv_span_t * span)
{
    if(!span->static_flag) lv_free(span->txt);
    lv_style_reset(&span->style);
    lv_free(span);
}

void spangroup_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_spangroup_t * sg = as_sg(obj);
    while(sg->spans) {
        lv_span_t * next = sg->spans->next;
        free_span(sg->spans);
        sg->spans = next;
    }
}

/** A span's text style: its own property if set, else the group's. */
struct span_style_t {
    const lv_font_t * font;
    int32_t letter_space;
    int32_t line_space;
};

span_style_t span_style(lv_obj_t * obj, const lv_span_t * span)
{
    span_style_t st = {lv_obj_get_style_text_font(obj, LV_PART_MAIN), lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN),
                       lv_obj_get_style_text_line_space(obj, LV_PART_MAIN)};
    lv_style_value_t v;
    if(lv_style_get_prop(&span->style, LV_STYLE_TEXT_FONT, &v) == LV_STYLE_RES_FOUND && v.ptr) {
        st.font = static_cast<const lv_font_t *>(v.ptr);
    }
    if(lv_style_get_prop(&span->style, LV_STYLE_TEXT_LETTER_SPACE, &v) == LV_STYLE_RES_FOUND) st.letter_space = v.num;
    if(lv_style_get_prop(&span->style, LV_STYLE_TEXT_LINE_SPACE, &v) == LV_STYLE_RES_FOUND) st.line_space = v.num;
    return st;
}

struct piece_t {
    lv_span_t * span;
    const char * txt;
    uint32_t len;
    int32_t x;
    int32_t w;
    span_style_t st;
};

/** Receives each laid-out line: its pieces, its top and its height, and the base line. */
struct line_sink_t {
    virtual bool line(const piece_t * pieces, uint32_t n, int32_t top, int32_t line_h, int32_t max_base, int32_t line_w) = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

/** Lays the spans out in max_w; returns the total height. */
int32_t layout(lv_obj_t * obj, int32_t max_w, line_sink_t * sink)
{
    lv_spangroup_t * sg = as_sg(obj);
    piece_t pieces[MAX_PIECES_PER_LINE];
    uint32_t n = 0;
    int32_t x = sg->indent;
    int32_t line_start_x = x;
    int32_t top = 0;
    int32_t line_no = 0;
    bool stop = false;

    auto flush = [&]() {
        int32_t line_h = 0;
        int32_t max_base = 0;
        for(uint32_t k = 0; k < n; k++) {
            line_h = LV_MAX(line_h, lv_font_get_line_height(pieces[k].st.font) + pieces[k].st.line_space);
            max_base = LV_MAX(max_base, pieces[k].st.font->base_line);
        }
        if(n == 0) {
            const lv_font_t * f = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
            line_h = lv_font_get_line_height(f) + lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
        }
        if(sink && !sink->line(pieces, n, top, line_h, max_base, x)) stop = true;
        top += line_h;
        n = 0;
        x = 0;
        line_start_x = 0;
        line_no++;
        if(sg->lines > 0 && line_no >= sg->lines) stop = true;
    };

    for(lv_span_t * span = sg->spans; span && !stop; span = span->next) {
        const char * txt = span->txt ? span->txt : "";
        const span_style_t st = span_style(obj, span);
        uint32_t i = 0;
        while(txt[i] != '\0' && !stop) {
            if(txt[i] == '\n') {
                flush();
                i++;
                continue;
            }
            /* take whole words (with their trailing spaces) while they fit */
            uint32_t j = i;
            int32_t used = 0;
            while(txt[j] != '\0' && txt[j] != '\n') {
                uint32_t k = j;
                while(txt[k] != '\0' && txt[k] != '\n' && !is_space(txt[k])) k++;
                while(is_space(txt[k])) k++;
                const int32_t w = lv_text_get_width(&txt[i], k - i, st.font, st.letter_space);
                /* trailing spaces may hang over the edge */
                uint32_t vis = k;
                while(vis > j && is_space(txt[vis - 1])) vis--;
                const int32_t w_vis = lv_text_get_width(&txt[i], vis - i, st.font, st.letter_space);
                if(x + w_vis > max_w) break;
                j = k;
                used = w;
            }
            if(j == i) {
                if(x > line_start_x || n > 0) {
                    flush();
                    continue;
                }
                /* a word longer than the line: cut it where it stops fitting (one letter at least) */
                uint32_t k = i;
                lv_text_encoded_next(txt, &k);
                while(txt[k] != '\0' && txt[k] != '\n') {
                    uint32_t next = k;
                    lv_text_encoded_next(txt, &next);
                    if(x + lv_text_get_width(&txt[i], next - i, st.font, st.letter_space) > max_w) break;
                    k = next;
                }
                j = k;
                used = lv_text_get_width(&txt[i], j - i, st.font, st.letter_space);
            }
            if(n == MAX_PIECES_PER_LINE) flush();
            pieces[n++] = {span, &txt[i], j - i, x, used, st};
            x += used;
            i = j;
            if(x >= max_w && txt[i] != '\0') flush();
        }
    }
    if(!stop && (n > 0 || top == 0)) flush();
    return top;
}

struct measure_sink_t : line_sink_t {
    int32_t max_w = 0;
    bool line(const piece_t *, uint32_t, int32_t, int32_t, int32_t, int32_t line_w) override
    {
        max_w = LV_MAX(max_w, line_w);
        return true;
    }
};

struct draw_sink_t : line_sink_t {
    lv_obj_t * obj;
    lv_layer_t * layer;
    lv_area_t content;
    lv_text_align_t align;
    bool line(const piece_t * pieces, uint32_t n, int32_t top, int32_t line_h, int32_t max_base, int32_t line_w) override
    {
        int32_t align_ofs = 0;
        const int32_t w = lv_area_get_width(&content);
        if(align == LV_TEXT_ALIGN_CENTER) align_ofs = (w - line_w) / 2;
        else if(align == LV_TEXT_ALIGN_RIGHT) align_ofs = w - line_w;
        if(content.y1 + top > layer->_clip_area.y2) return false;
        for(uint32_t k = 0; k < n; k++) {
            const piece_t & p = pieces[k];
            const int32_t piece_h = lv_font_get_line_height(p.st.font) + p.st.line_space;
            lv_draw_label_dsc_t dsc;
            lv_draw_label_dsc_init(&dsc);
            lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &dsc);
            lv_style_value_t v;
            const lv_style_t * s = &p.span->style;
            if(lv_style_get_prop(s, LV_STYLE_TEXT_COLOR, &v) == LV_STYLE_RES_FOUND) dsc.color = v.color;
            if(lv_style_get_prop(s, LV_STYLE_TEXT_OPA, &v) == LV_STYLE_RES_FOUND) {
                dsc.opa = static_cast<lv_opa_t>((static_cast<uint32_t>(dsc.opa) * static_cast<uint32_t>(v.num)) >> 8);
            }
            if(lv_style_get_prop(s, LV_STYLE_TEXT_DECOR, &v) == LV_STYLE_RES_FOUND) dsc.decor = static_cast<lv_text_decor_t>(v.num);
            dsc.font = p.st.font;
            dsc.letter_space = p.st.letter_space;
            dsc.line_space = 0;
            dsc.align = LV_TEXT_ALIGN_LEFT;
            dsc.flag = LV_TEXT_FLAG_EXPAND;
            char * txt = static_cast<char *>(lv_malloc(p.len + 1));
            if(txt == nullptr) continue;
            lv_memcpy(txt, p.txt, p.len);
            txt[p.len] = '\0';
            dsc.text = txt;
            lv_area_t a;
            a.x1 = content.x1 + align_ofs + p.x;
            a.y1 = content.y1 + top + line_h - piece_h - (max_base - p.st.font->base_line);
            a.x2 = a.x1 + p.w;
            a.y2 = a.y1 + piece_h;
            lv_draw_label(layer, &dsc, &a);
            lv_free(txt);
        }
        return true;
    }
};

/** Finds where a span was laid out. */
struct coords_sink_t : line_sink_t {
    const lv_span_t * span;
    lv_span_coords_t coords;
    bool found = false;
    bool line(const piece_t * pieces, uint32_t n, int32_t top, int32_t line_h, int32_t, int32_t) override
    {
        for(uint32_t k = 0; k < n; k++) {
            if(pieces[k].span != span) continue;
            const lv_area_t a = {pieces[k].x, top, pieces[k].x + pieces[k].w - 1, top + line_h - 1};
            if(!found) {
                coords.heading = a;
                coords.middle = {0, 0, -1, -1};
                found = true;
            }
            else if(coords.trailing.y1 != coords.heading.y1) {
                coords.middle = coords.middle.x2 < coords.middle.x1 ? coords.trailing : coords.middle;
                coords.middle.y2 = coords.trailing.y2;
            }
            coords.trailing = a;
        }
        return true;
    }
};

void spangroup_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_spangroup_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_spangroup_t * sg = as_sg(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED:
            sg->refresh = 1;
            lv_obj_refresh_self_size(obj);
            break;
        case LV_EVENT_SIZE_CHANGED:
            lv_obj_refresh_self_size(obj);
            break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            int32_t w = 0;
            int32_t h = 0;
            if(sg->mode == LV_SPAN_MODE_EXPAND) {
                w = static_cast<int32_t>(lv_spangroup_get_expand_width(obj, 0));
                h = lv_spangroup_get_max_line_height(obj);
            }
            else if(sg->mode == LV_SPAN_MODE_BREAK) {
                w = lv_obj_get_content_width(obj);
                h = lv_spangroup_get_expand_height(obj, w);
            }
            p->x = LV_MAX(p->x, w);
            p->y = LV_MAX(p->y, h);
            break;
        }
        case LV_EVENT_DRAW_MAIN: {
            draw_sink_t sink;
            sink.obj = obj;
            sink.layer = lv_event_get_layer(e);
            lv_obj_get_content_coords(obj, &sink.content);
            sink.align = lv_obj_calculate_style_text_align(obj, LV_PART_MAIN, "");
            lv_area_t clip;
            if(!lv_area_intersect(&clip, &sink.layer->_clip_area, &obj->coords)) break;
            const lv_area_t clip_ori = sink.layer->_clip_area;
            sink.layer->_clip_area = clip;
            const int32_t max_w = sg->mode == LV_SPAN_MODE_EXPAND ? LV_COORD_MAX : lv_area_get_width(&sink.content);
            layout(obj, max_w, &sink);
            sink.layer->_clip_area = clip_ori;
            break;
        }
        default:
            break;
    }
}

void refresh(lv_obj_t * obj)
{
    as_sg(obj)->refresh = 1;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

bool set_text(lv_span_t * span, const char * text, bool is_static)
{
    if(span == nullptr) return false;
    char * t = is_static ? const_cast<char *>(text ? text : "") : lv_widget_strdup(text ? text : "");
    if(t == nullptr) return false;
    if(!span->static_flag) lv_free(span->txt);
    span->txt = t;
    span->static_flag = is_static ? 1 : 0;
    return true;
}

} // namespace

extern "C" {

lv_obj_t * lv_spangroup_create(lv_obj_t * parent) { return lv_widget_create(&lv_spangroup_class, parent); }

lv_span_t * lv_spangroup_add_span(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    lv_spangroup_t * sg = as_sg(obj);
    lv_span_t * span = static_cast<lv_span_t *>(lv_malloc_zeroed(sizeof(lv_span_t)));
    if(span == nullptr) return nullptr;
    lv_style_init(&span->style);
    span->txt = const_cast<char *>("");
    span->static_flag = 1;
    span->spangroup = obj;
    lv_span_t ** tail = &sg->spans;
    while(*tail) tail = &(*tail)->next;
    *tail = span;
    refresh(obj);
    return span;
}

void lv_spangroup_delete_span(lv_obj_t * obj, lv_span_t * span)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    lv_spangroup_t * sg = as_sg(obj);
    for(lv_span_t ** p = &sg->spans; *p; p = &(*p)->next) {
        if(*p != span) continue;
        *p = span->next;
        free_span(span);
        refresh(obj);
        return;
    }
}

void lv_spangroup_set_span_text(lv_obj_t * obj, lv_span_t * span, const char * text)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    if(set_text(span, text, false)) refresh(obj);
}

void lv_spangroup_set_span_text_static(lv_obj_t * obj, lv_span_t * span, const char * text)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    if(set_text(span, text, true)) refresh(obj);
}

void lv_spangroup_set_span_style(lv_obj_t * obj, lv_span_t * span, const lv_style_t * style)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    if(span == nullptr || style == nullptr) return;
    lv_style_reset(&span->style);
    lv_style_init(&span->style);
    lv_style_copy(&span->style, style);
    refresh(obj);
}

void lv_spangroup_set_align(lv_obj_t * obj, lv_text_align_t align)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    lv_obj_set_style_text_align(obj, align, LV_PART_MAIN);
}

void lv_spangroup_set_overflow(lv_obj_t * obj, lv_span_overflow_t overflow)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    as_sg(obj)->overflow = overflow;
    lv_obj_invalidate(obj);
}

void lv_spangroup_set_indent(lv_obj_t * obj, int32_t indent)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    as_sg(obj)->indent = indent;
    refresh(obj);
}

void lv_spangroup_set_mode(lv_obj_t * obj, lv_span_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    as_sg(obj)->mode = mode;
    refresh(obj);
}

void lv_spangroup_set_max_lines(lv_obj_t * obj, int32_t lines)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    as_sg(obj)->lines = lines;
    refresh(obj);
}

lv_span_t * lv_spangroup_get_child(const lv_obj_t * obj, int32_t id)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    const int32_t cnt = static_cast<int32_t>(lv_spangroup_get_span_count(obj));
    if(id < 0) id += cnt;
    if(id < 0 || id >= cnt) return nullptr;
    lv_span_t * s = as_sg(obj)->spans;
    while(id-- > 0) s = s->next;
    return s;
}

uint32_t lv_spangroup_get_span_count(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    uint32_t n = 0;
    for(lv_span_t * s = as_sg(obj)->spans; s; s = s->next) n++;
    return n;
}

lv_text_align_t lv_spangroup_get_align(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    return lv_obj_get_style_text_align(obj, LV_PART_MAIN);
}
lv_span_overflow_t lv_spangroup_get_overflow(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    return as_sg(obj)->overflow;
}
int32_t lv_spangroup_get_indent(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    return as_sg(obj)->indent;
}
lv_span_mode_t lv_spangroup_get_mode(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    return as_sg(obj)->mode;
}
int32_t lv_spangroup_get_max_lines(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    return as_sg(obj)->lines;
}

int32_t lv_spangroup_get_max_line_height(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    int32_t h = 0;
    for(lv_span_t * s = as_sg(obj)->spans; s; s = s->next) {
        const span_style_t st = span_style(obj, s);
        h = LV_MAX(h, lv_font_get_line_height(st.font) + st.line_space);
    }
    return h;
}

uint32_t lv_spangroup_get_expand_width(lv_obj_t * obj, uint32_t max_width)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    measure_sink_t sink;
    layout(obj, LV_COORD_MAX, &sink);
    const uint32_t w = static_cast<uint32_t>(LV_MAX(sink.max_w, 0));
    return max_width > 0 && w > max_width ? max_width : w;
}

int32_t lv_spangroup_get_expand_height(lv_obj_t * obj, int32_t width)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    if(as_sg(obj)->spans == nullptr || width <= 0) return 0;
    return layout(obj, width, nullptr);
}

lv_span_coords_t lv_spangroup_get_span_coords(lv_obj_t * obj, const lv_span_t * span)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    coords_sink_t sink;
    sink.span = span;
    sink.coords = {{0, 0, -1, -1}, {0, 0, -1, -1}, {0, 0, -1, -1}};
    const lv_spangroup_t * sg = as_sg(obj);
    layout(obj, sg->mode == LV_SPAN_MODE_EXPAND ? LV_COORD_MAX : lv_obj_get_content_width(obj), &sink);
    return sink.coords;
}

lv_span_t * lv_spangroup_get_span_by_point(lv_obj_t * obj, const lv_point_t * point)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return {};
    if(point == nullptr) return nullptr;
    lv_area_t content;
    lv_obj_get_content_coords(obj, &content);
    const lv_point_t rel = {point->x - content.x1, point->y - content.y1};
    for(lv_span_t * s = as_sg(obj)->spans; s; s = s->next) {
        const lv_span_coords_t c = lv_spangroup_get_span_coords(obj, s);
        if(lv_area_is_point_on(&c.heading, &rel, 0) || lv_area_is_point_on(&c.middle, &rel, 0) ||
           lv_area_is_point_on(&c.trailing, &rel, 0)) {
            return s;
        }
    }
    return nullptr;
}

void lv_spangroup_refresh(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spangroup_class)) return;
    refresh(obj);
}

void lv_span_stack_init(void) {}
void lv_span_stack_deinit(void) {}

void lv_span_set_text(lv_span_t * span, const char * text)
{
    if(set_text(span, text, false) && span->spangroup) refresh(span->spangroup);
}

void lv_span_set_text_static(lv_span_t * span, const char * text)
{
    if(set_text(span, text, true) && span->spangroup) refresh(span->spangroup);
}

lv_style_t * lv_span_get_style(lv_span_t * span) { return span ? &span->style : nullptr; }
const char * lv_span_get_text(lv_span_t * span) { return span ? span->txt : nullptr; }

} // extern "C"
