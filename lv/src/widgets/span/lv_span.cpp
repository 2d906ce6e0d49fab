/**
 * @file lv_span.cpp
 * Span group. The layout walks the spans and cuts them into fragments that fit the rest of
 * the current line (word wrapping; a word that does not fit a non-empty line moves to the
 * next one). A line is as tall as its tallest font; fragments of different fonts share the
 * line's base line. Each span's text properties come from its own style where set, else
 * from the group. The same walk measures (size, expand width/height) and draws.
 */
#include "core/lv_obj_private.h"

#include <string.h>

struct _lv_span_t {
    lv_span_t * next;
    char * txt;
    lv_style_t style;
    uint8_t static_flag : 1;
};

namespace {

struct lv_spangroup_t {
    lv_obj_t obj;
    lv_span_t * spans;
    int32_t indent;
    int32_t lines; /* max lines, negative: no limit */
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
bool is_sg(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_spangroup_class); }

/** Text properties of a span: its own style where set, else the group's. */
struct span_props {
    const lv_font_t * font;
    lv_color_t color;
    lv_opa_t opa;
    int32_t letter_space;
    int32_t line_space;
    lv_text_decor_t decor;
};

span_props props_of(lv_obj_t * obj, const lv_span_t * span)
{
    span_props p;
    lv_style_value_t v;
    const lv_style_t * st = &span->style;
    p.font = lv_style_get_prop(st, LV_STYLE_TEXT_FONT, &v) == LV_STYLE_RES_FOUND ? static_cast<const lv_font_t *>(v.ptr) : lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    p.color = lv_style_get_prop(st, LV_STYLE_TEXT_COLOR, &v) == LV_STYLE_RES_FOUND ? v.color : lv_obj_get_style_text_color(obj, LV_PART_MAIN);
    p.opa = lv_style_get_prop(st, LV_STYLE_TEXT_OPA, &v) == LV_STYLE_RES_FOUND ? static_cast<lv_opa_t>(v.num) : lv_obj_get_style_text_opa(obj, LV_PART_MAIN);
    p.letter_space = lv_style_get_prop(st, LV_STYLE_TEXT_LETTER_SPACE, &v) == LV_STYLE_RES_FOUND ? v.num : lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN);
    p.line_space = lv_style_get_prop(st, LV_STYLE_TEXT_LINE_SPACE, &v) == LV_STYLE_RES_FOUND ? v.num : lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    p.decor = lv_style_get_prop(st, LV_STYLE_TEXT_DECOR, &v) == LV_STYLE_RES_FOUND ? static_cast<lv_text_decor_t>(v.num) : lv_obj_get_style_text_decor(obj, LV_PART_MAIN);
    return p;
}

constexpr uint32_t MAX_FRAGMENTS = 32; /* per line; more are laid out on the next line */

struct fragment {
    const lv_span_t * span;
    const char * txt;
    uint32_t len;
    int32_t x;
    int32_t w;
    span_props p;
};

/** Called per fragment with its top-left (relative to the content box). */
typedef void (*fragment_cb)(lv_obj_t * obj, const fragment & f, int32_t top, void * user);

/** Lays the text out in max_w; returns the height and (in *used_w) the widest line. */
int32_t layout(lv_obj_t * obj, int32_t max_w, fragment_cb cb, void * user, int32_t * used_w)
{
    lv_spangroup_t * sg = as_sg(obj);
    lv_text_align_t align = lv_obj_get_style_text_align(obj, LV_PART_MAIN);
    int32_t y = 0;
    int32_t widest = 0;
    int32_t line_no = 0;
    const lv_span_t * span = sg->spans;
    uint32_t offset = 0;
    bool first_line = true;

    while(span) {
        if(sg->lines >= 0 && line_no >= sg->lines) break;
        fragment frags[MAX_FRAGMENTS];
        uint32_t n = 0;
        int32_t x = first_line ? sg->indent : 0;
        bool line_end = false;
        while(span && !line_end && n < MAX_FRAGMENTS) {
            const char * txt = span->txt ? span->txt + offset : "";
            if(*txt == '\0') {
                span = span->next;
                offset = 0;
                continue;
            }
            span_props p = props_of(obj, span);
            int32_t remaining = max_w - x;
            int32_t w = 0;
            uint32_t bytes = lv_text_get_next_line(txt, LV_TEXT_LEN_MAX, p.font, p.letter_space, remaining, &w, LV_TEXT_FLAG_NONE);
            if(bytes == 0) bytes = lv_text_encoded_size(txt) ? lv_text_encoded_size(txt) : 1;
            w = lv_text_get_width(txt, bytes, p.font, p.letter_space);
            if(w > remaining && n > 0) break; /* does not fit a non-empty line: next line */
            bool newline = txt[bytes - 1] == '\n';
            uint32_t draw_len = newline ? bytes - 1 : bytes;
            frags[n++] = {span, txt, draw_len, x, lv_text_get_width(txt, draw_len, p.font, p.letter_space), p};
            x += w + (txt[bytes] != '\0' ? 0 : p.letter_space);
            offset += bytes;
            if(txt[bytes] != '\0' || newline) line_end = true; /* the span continues on the next line */
            if(span->txt[offset] == '\0') {
                span = span->next;
                offset = 0;
            }
        }
        if(n == 0) break;

        /* line height: the tallest font; base lines shared */
        int32_t line_h = 0, max_base = 0, line_space = 0;
        for(uint32_t i = 0; i < n; i++) {
            line_h = LV_MAX(line_h, lv_font_get_line_height(frags[i].p.font));
            max_base = LV_MAX(max_base, frags[i].p.font->base_line);
            line_space = LV_MAX(line_space, frags[i].p.line_space);
        }
        int32_t ascent = 0;
        for(uint32_t i = 0; i < n; i++) ascent = LV_MAX(ascent, lv_font_get_line_height(frags[i].p.font) - frags[i].p.font->base_line);
        line_h = LV_MAX(line_h, ascent + max_base);

        int32_t line_w = frags[n - 1].x + frags[n - 1].w;
        widest = LV_MAX(widest, line_w);
        int32_t shift = 0;
        if(align == LV_TEXT_ALIGN_CENTER) shift = (max_w - line_w) / 2;
        else if(align == LV_TEXT_ALIGN_RIGHT) shift = max_w - line_w;
        if(max_w >= LV_COORD_MAX / 2) shift = 0;
        if(cb) {
            for(uint32_t i = 0; i < n; i++) {
                fragment f = frags[i];
                f.x += shift;
                int32_t top = y + ascent - (lv_font_get_line_height(f.p.font) - f.p.font->base_line);
                cb(obj, f, top, user);
            }
        }
        y += line_h + line_space;
        line_no++;
        first_line = false;
        if(!span) y -= line_space; /* no space after the last line */
    }
    if(used_w) *used_w = widest;
    return y;
}

void draw_fragment(lv_obj_t * obj, const fragment & f, int32_t top, void * user)
{
    lv_layer_t * layer = static_cast<lv_layer_t *>(user);
    lv_area_t content;
    lv_obj_get_content_coords(obj, &content);
    char buf[128];
    uint32_t len = f.len < sizeof(buf) - 1 ? f.len : static_cast<uint32_t>(sizeof(buf) - 1);
    memcpy(buf, f.txt, len);
    buf[len] = '\0';
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    dsc.font = f.p.font;
    dsc.color = f.p.color;
    dsc.opa = f.p.opa;
    dsc.letter_space = f.p.letter_space;
    dsc.decor = f.p.decor;
    dsc.flag = LV_TEXT_FLAG_EXPAND;
    dsc.text = buf;
    dsc.text_local = 1;
    lv_area_t a = {content.x1 + f.x, content.y1 + top, content.x1 + f.x + f.w, content.y1 + top + lv_font_get_line_height(f.p.font) - 1};
    lv_draw_label(layer, &dsc, &a);
}

void spangroup_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_spangroup_t * sg = as_sg(obj);
    sg->lines = -1;
    sg->mode = LV_SPAN_MODE_EXPAND;
    sg->overflow = LV_SPAN_OVERFLOW_CLIP;
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

void spangroup_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_spangroup_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_spangroup_t * sg = as_sg(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_DRAW_MAIN: {
            lv_layer_t * layer = lv_event_get_layer(e);
            lv_area_t content, clip;
            lv_obj_get_content_coords(obj, &content);
            if(!lv_area_intersect(&clip, &content, &layer->_clip_area)) break;
            lv_area_t saved = layer->_clip_area;
            layer->_clip_area = clip;
            int32_t max_w = sg->mode == LV_SPAN_MODE_EXPAND ? LV_COORD_MAX : lv_area_get_width(&content);
            layout(obj, max_w, draw_fragment, layer, nullptr);
            layer->_clip_area = saved;
            break;
        }
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = static_cast<lv_point_t *>(lv_event_get_param(e));
            if(!p) break;
            int32_t w = 0;
            if(sg->mode == LV_SPAN_MODE_EXPAND) {
                int32_t h = layout(obj, LV_COORD_MAX, nullptr, nullptr, &w);
                p->x = LV_MAX(p->x, w);
                p->y = LV_MAX(p->y, h);
            }
            else if(sg->mode == LV_SPAN_MODE_BREAK) {
                int32_t h = layout(obj, lv_obj_get_content_width(obj), nullptr, nullptr, &w);
                p->y = LV_MAX(p->y, h);
                if(lv_obj_get_style_width(obj, LV_PART_MAIN) == LV_SIZE_CONTENT) p->x = LV_MAX(p->x, w);
            }
            break;
        }
        case LV_EVENT_STYLE_CHANGED:
        case LV_EVENT_SIZE_CHANGED:
            if(sg->mode != LV_SPAN_MODE_FIXED) lv_obj_refresh_self_size(obj);
            lv_obj_invalidate(obj);
            break;
        default: break;
    }
}

} // namespace

extern "C" {

void lv_span_stack_init(void) {}
void lv_span_stack_deinit(void) {}

lv_obj_t * lv_spangroup_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_spangroup_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

lv_span_t * lv_spangroup_add_span(lv_obj_t * obj)
{
    if(!is_sg(obj)) return nullptr;
    lv_span_t * span = static_cast<lv_span_t *>(lv_malloc_zeroed(sizeof(lv_span_t)));
    if(!span) return nullptr;
    lv_style_init(&span->style);
    span->txt = const_cast<char *>("");
    span->static_flag = 1;
    lv_span_t ** tail = &as_sg(obj)->spans;
    while(*tail) tail = &(*tail)->next;
    *tail = span;
    lv_spangroup_refresh(obj);
    return span;
}

void lv_spangroup_delete_span(lv_obj_t * obj, lv_span_t * span)
{
    if(!is_sg(obj) || !span) return;
    for(lv_span_t ** p = &as_sg(obj)->spans; *p; p = &(*p)->next) {
        if(*p == span) {
            *p = span->next;
            free_span(span);
            lv_spangroup_refresh(obj);
            return;
        }
    }
}

void lv_span_set_text(lv_span_t * span, const char * text)
{
    if(!span || !text) return;
    size_t n = lv_strlen(text);
    char * copy = static_cast<char *>(lv_malloc(n + 1));
    if(!copy) return;
    lv_memcpy(copy, text, n + 1);
    if(!span->static_flag) lv_free(span->txt);
    span->txt = copy;
    span->static_flag = 0;
}

void lv_span_set_text_static(lv_span_t * span, const char * text)
{
    if(!span || !text) return;
    if(!span->static_flag) lv_free(span->txt);
    span->txt = const_cast<char *>(text);
    span->static_flag = 1;
}

void lv_spangroup_set_span_text(lv_obj_t * obj, lv_span_t * span, const char * text)
{
    lv_span_set_text(span, text);
    lv_spangroup_refresh(obj);
}

void lv_spangroup_set_span_text_static(lv_obj_t * obj, lv_span_t * span, const char * text)
{
    lv_span_set_text_static(span, text);
    lv_spangroup_refresh(obj);
}

void lv_spangroup_set_span_style(lv_obj_t * obj, lv_span_t * span, const lv_style_t * style)
{
    if(!span || !style) return;
    lv_style_reset(&span->style);
    lv_style_copy(&span->style, style);
    lv_spangroup_refresh(obj);
}

void lv_spangroup_set_align(lv_obj_t * obj, lv_text_align_t align)
{
    if(is_sg(obj)) lv_obj_set_style_text_align(obj, align, LV_PART_MAIN);
}

void lv_spangroup_set_overflow(lv_obj_t * obj, lv_span_overflow_t overflow)
{
    if(!is_sg(obj)) return;
    as_sg(obj)->overflow = overflow;
    lv_obj_invalidate(obj);
}

void lv_spangroup_set_indent(lv_obj_t * obj, int32_t indent)
{
    if(!is_sg(obj)) return;
    as_sg(obj)->indent = indent;
    lv_spangroup_refresh(obj);
}

void lv_spangroup_set_mode(lv_obj_t * obj, lv_span_mode_t mode)
{
    if(!is_sg(obj)) return;
    as_sg(obj)->mode = mode;
    lv_spangroup_refresh(obj);
}

void lv_spangroup_set_max_lines(lv_obj_t * obj, int32_t lines)
{
    if(!is_sg(obj)) return;
    as_sg(obj)->lines = lines;
    lv_spangroup_refresh(obj);
}

lv_style_t * lv_span_get_style(lv_span_t * span) { return span ? &span->style : nullptr; }
const char * lv_span_get_text(lv_span_t * span) { return span ? span->txt : nullptr; }

lv_span_t * lv_spangroup_get_child(const lv_obj_t * obj, int32_t id)
{
    if(!is_sg(obj)) return nullptr;
    int32_t cnt = static_cast<int32_t>(lv_spangroup_get_span_count(obj));
    if(id < 0) id += cnt;
    if(id < 0 || id >= cnt) return nullptr;
    lv_span_t * s = as_sg(obj)->spans;
    while(id-- > 0) s = s->next;
    return s;
}

uint32_t lv_spangroup_get_span_count(const lv_obj_t * obj)
{
    uint32_t n = 0;
    if(is_sg(obj)) for(lv_span_t * s = as_sg(obj)->spans; s; s = s->next) n++;
    return n;
}

lv_text_align_t lv_spangroup_get_align(lv_obj_t * obj) { return lv_obj_get_style_text_align(obj, LV_PART_MAIN); }
lv_span_overflow_t lv_spangroup_get_overflow(lv_obj_t * obj) { return is_sg(obj) ? as_sg(obj)->overflow : LV_SPAN_OVERFLOW_CLIP; }
int32_t lv_spangroup_get_indent(lv_obj_t * obj) { return is_sg(obj) ? as_sg(obj)->indent : 0; }
lv_span_mode_t lv_spangroup_get_mode(lv_obj_t * obj) { return is_sg(obj) ? as_sg(obj)->mode : LV_SPAN_MODE_FIXED; }
int32_t lv_spangroup_get_max_lines(lv_obj_t * obj) { return is_sg(obj) ? as_sg(obj)->lines : -1; }

int32_t lv_spangroup_get_max_line_height(lv_obj_t * obj)
{
    if(!is_sg(obj)) return 0;
    int32_t h = 0;
    for(lv_span_t * s = as_sg(obj)->spans; s; s = s->next) {
        span_props p = props_of(obj, s);
        h = LV_MAX(h, lv_font_get_line_height(p.font) + p.line_space);
    }
    return h;
}

uint32_t lv_spangroup_get_expand_width(lv_obj_t * obj, uint32_t max_width)
{
    if(!is_sg(obj)) return 0;
    int32_t w = 0;
    layout(obj, LV_COORD_MAX, nullptr, nullptr, &w);
    return static_cast<uint32_t>(w) < max_width || max_width == 0 ? static_cast<uint32_t>(w) : max_width;
}

int32_t lv_spangroup_get_expand_height(lv_obj_t * obj, int32_t width)
{
    if(!is_sg(obj)) return 0;
    return layout(obj, width, nullptr, nullptr, nullptr);
}

void lv_spangroup_refresh(lv_obj_t * obj)
{
    if(!is_sg(obj)) return;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

} // extern "C"
