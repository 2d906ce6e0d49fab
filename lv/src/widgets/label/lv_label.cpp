/**
 * @file lv_label.cpp
 * Label: owns a copy of its text (or points to static text), sizes itself to the text and
 * handles the long modes: WRAP (grow in height), CLIP, DOTS (replace the overflowing end
 * with "..."), SCROLL (back and forth) and SCROLL_CIRCULAR (endless). DOTS never modifies
 * the text: the shortened copy is built when drawing.
 */
#include "core/lv_obj_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

#include <stdarg.h>
#include <stdio.h>

namespace {

struct lv_label_t {
    lv_obj_t obj;
    char * text;
    uint32_t dot_begin; /* DOTS mode: byte index where "..." replaces the rest, or LV_LABEL_DOT_NONE */
    lv_point_t offset;                      /* text offset while scrolling */
    uint32_t sel_start;
    uint32_t sel_end;
    lv_label_long_mode_t long_mode : 3;
    uint8_t static_txt : 1;
    uint8_t recolor : 1;
    uint8_t expand : 1;
    uint8_t invalid_size_cache : 1;
    lv_point_t size_cache;
};

constexpr uint32_t LV_LABEL_DOT_NONE = 0xFFFFFFFF;

void label_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void label_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void label_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_label_class = {
    &lv_obj_class, label_constructor, label_destructor, label_event, nullptr, "label",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_label_t), LV_OBJ_CLASS_THEME_INHERITABLE_FALSE,
};

namespace {

lv_label_t * as_label(const lv_obj_t * obj) { return reinterpret_cast<lv_label_t *>(const_cast<lv_obj_t *>(obj)); }
/** The public API refuses objects that are no labels (a wrong cast would corrupt memory). */
bool is_label(const lv_obj_t * obj) { return obj && lv_obj_has_class(obj, &lv_label_class); }

lv_text_flag_t label_flags(const lv_label_t * label)
{
    uint32_t flag = LV_TEXT_FLAG_NONE;
    if(label->recolor) flag |= LV_TEXT_FLAG_RECOLOR;
    if(label->expand) flag |= LV_TEXT_FLAG_EXPAND;
    const lv_obj_t * obj = &label->obj;
    /* a content-sized label is as wide as its longest line */
    if(lv_obj_get_style_width(obj, LV_PART_MAIN) == LV_SIZE_CONTENT &&
       lv_obj_get_style_max_width(obj, LV_PART_MAIN) == LV_COORD_MAX && !obj->w_layout) {
        flag |= LV_TEXT_FLAG_FIT;
    }
    return static_cast<lv_text_flag_t>(flag);
}

void text_size(lv_label_t * label, int32_t max_w, lv_point_t * size)
{
    lv_obj_t * obj = &label->obj;
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN);
    int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    lv_text_get_size(size, label->text ? label->text : "", font, letter_space, line_space, max_w, label_flags(label));
}

void revert_dots(lv_label_t * label) { label->dot_begin = LV_LABEL_DOT_NONE; }

uint32_t utf8_prev(const char * txt, uint32_t i)
{
    if(i == 0) return 0;
    do i--;
    while(i > 0 && (static_cast<uint8_t>(txt[i]) & 0xC0) == 0x80);
    return i;
}

/** Byte index of the character at point p of the text area (DOTS breaks anywhere on the last line). */
uint32_t letter_on(lv_label_t * label, const lv_point_t * p)
{
    lv_obj_t * obj = &label->obj;
    const char * txt = label->text;
    lv_area_t txt_coords;
    lv_obj_get_content_coords(obj, &txt_coords);
    int32_t max_w = lv_area_get_width(&txt_coords);
    int32_t max_h = lv_area_get_height(&txt_coords);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN);
    int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    int32_t letter_h = lv_font_get_line_height(font);
    uint32_t flag = label_flags(label);

    uint32_t line_start = 0;
    uint32_t new_line_start = 0;
    int32_t y = 0;
    while(txt[line_start] != '\0') {
        bool last_line = y + letter_h + line_space + letter_h > max_h;
        if(last_line && label->long_mode == LV_LABEL_LONG_MODE_DOTS) flag |= LV_TEXT_FLAG_BREAK_ALL;
        new_line_start += lv_text_get_next_line(&txt[line_start], LV_TEXT_LEN_MAX, font, letter_space, max_w, nullptr,
                                                static_cast<lv_text_flag_t>(flag));
        if(p->y <= y + letter_h) {
            /* the last line also owns the terminator */
            if(new_line_start > 0 && txt[new_line_start - 1] != '\n' && txt[new_line_start] == '\0') new_line_start++;
            break;
        }
        y += letter_h + line_space;
        line_start = new_line_start;
    }

    int32_t x = 0;
    lv_text_align_t align = lv_obj_calculate_style_text_align(obj, LV_PART_MAIN, txt);
    uint32_t line_len = new_line_start - line_start;
    if(align == LV_TEXT_ALIGN_CENTER || align == LV_TEXT_ALIGN_RIGHT) {
        int32_t line_w = lv_text_get_width_with_flags(&txt[line_start], line_len, font, letter_space,
                                                      static_cast<lv_text_flag_t>(flag));
        x += align == LV_TEXT_ALIGN_CENTER ? max_w / 2 - line_w / 2 : max_w - line_w;
    }

    lv_text_cmd_state_t cmd_state = LV_TEXT_CMD_STATE_WAIT;
    const char * line = &txt[line_start];
    uint32_t i = 0;
    uint32_t i_act = 0;
    while(i + line_start < new_line_start) {
        uint32_t letter = lv_text_encoded_next(line, &i);
        uint32_t tmp = i;
        uint32_t letter_next = lv_text_encoded_next(line, &tmp);
        if((flag & LV_TEXT_FLAG_RECOLOR) && lv_text_is_cmd(&cmd_state, letter)) continue;
        int32_t gw = lv_font_get_glyph_width(font, letter, letter_next);
        /* stop on the letter under x, or at the end of the line */
        if(p->x < x + gw || i + line_start == new_line_start || line[i_act] == '\0') {
            i = i_act;
            break;
        }
        x += gw + letter_space;
        i_act = i;
    }
    return line_start + i;
}

/** Top-left of character char_id relative to the content area; the position after the last character for the end. */
void letter_pos(lv_label_t * label, uint32_t char_id, lv_point_t * pos)
{
    lv_obj_t * obj = &label->obj;
    const char * txt = label->text ? label->text : "";
    pos->x = 0;
    pos->y = 0;
    lv_area_t txt_coords;
    lv_obj_get_content_coords(obj, &txt_coords);
    int32_t max_w = lv_area_get_width(&txt_coords);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN);
    int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    int32_t letter_h = lv_font_get_line_height(font);
    lv_text_flag_t flag = label_flags(label);
    uint32_t byte_id = lv_text_encoded_get_byte_id(txt, char_id);
    uint32_t len = static_cast<uint32_t>(lv_strlen(txt));
    if(byte_id > len) byte_id = len;

    uint32_t line_start = 0;
    int32_t y = 0;
    while(txt[line_start] != '\0') {
        uint32_t line_len = lv_text_get_next_line(&txt[line_start], LV_TEXT_LEN_MAX, font, letter_space, max_w, nullptr, flag);
        if(line_len == 0) break;
        uint32_t next = line_start + line_len;
        /* the character is on this line, or it is the end right after a line without '\n' */
        if(byte_id < next || (next == len && txt[next - 1] != '\n')) break;
        y += letter_h + line_space;
        line_start = next;
    }

    uint32_t line_len = lv_text_get_next_line(&txt[line_start], LV_TEXT_LEN_MAX, font, letter_space, max_w, nullptr, flag);
    int32_t x = lv_text_get_width_with_flags(&txt[line_start], byte_id - line_start, font, letter_space, flag);
    if(byte_id > line_start) x += letter_space; /* the gap after the last measured letter */
    lv_text_align_t align = lv_obj_calculate_style_text_align(obj, LV_PART_MAIN, txt);
    if(align == LV_TEXT_ALIGN_CENTER || align == LV_TEXT_ALIGN_RIGHT) {
        int32_t line_w = lv_text_get_width_with_flags(&txt[line_start], line_len, font, letter_space, flag);
        x += align == LV_TEXT_ALIGN_CENTER ? max_w / 2 - line_w / 2 : max_w - line_w;
    }
    pos->x = x;
    pos->y = y;
}

void apply_dots(lv_label_t * label, const lv_point_t & size)
{
    label->dot_begin = LV_LABEL_DOT_NONE;
    lv_obj_t * obj = &label->obj;
    lv_area_t txt_coords;
    lv_obj_get_content_coords(obj, &txt_coords);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t letter_space = lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN);
    int32_t line_space = lv_obj_get_style_text_line_space(obj, LV_PART_MAIN);
    int32_t font_h = lv_font_get_line_height(font);
    /* dots only when the text overflows, has more than one line and is longer than the dots */
    if(size.y <= lv_area_get_height(&txt_coords) || size.y <= font_h) return;
    if(lv_text_get_encoded_length(label->text) <= LV_LABEL_DOT_NUM) return;

    lv_point_t p;
    p.x = lv_area_get_width(&txt_coords) - (lv_font_get_glyph_width(font, '.', '.') + letter_space) * LV_LABEL_DOT_NUM;
    p.y = lv_area_get_height(&txt_coords);
    int32_t y_over = p.y % (font_h + line_space); /* round down to the last whole line */
    if(y_over >= font_h) p.y = p.y - y_over + font_h;
    else p.y = p.y - y_over - line_space;
    uint32_t byte_id = letter_on(label, &p);
    uint32_t len = static_cast<uint32_t>(lv_strlen(label->text));
    while(byte_id > 0 && byte_id + LV_LABEL_DOT_NUM > len) lv_text_encoded_prev(label->text, &byte_id);
    label->dot_begin = byte_id;
    LV_UNUSED(utf8_prev);
}

void scroll_anim_x(void * obj, int32_t v)
{
    lv_label_t * label = as_label(static_cast<lv_obj_t *>(obj));
    label->offset.x = v;
    lv_obj_invalidate(&label->obj);
}

void scroll_anim_y(void * obj, int32_t v)
{
    lv_label_t * label = as_label(static_cast<lv_obj_t *>(obj));
    label->offset.y = v;
    lv_obj_invalidate(&label->obj);
}

/* The default scroll speed: 40 px/s, a pass taking 300 ms .. 10 s. */
uint32_t default_scroll_speed() { return lv_anim_speed_clamped(40, 300, 10000); }
constexpr uint32_t SCROLL_DELAY = 300;
constexpr int32_t WAIT_CHAR_COUNT = 3; /* spaces between the copies of a circular scroll */

void start_scroll(lv_label_t * label, const lv_point_t & size, const lv_area_t & txt_coords)
{
    lv_obj_t * obj = &label->obj;
    uint32_t anim_time = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    if(anim_time == 0) anim_time = default_scroll_speed();
    bool circular = label->long_mode == LV_LABEL_LONG_MODE_SCROLL_CIRCULAR;
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    int32_t cw = lv_area_get_width(&txt_coords);
    int32_t ch = lv_area_get_height(&txt_coords);
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_repeat_count(&a, LV_ANIM_REPEAT_INFINITE);
    if(!circular) {
        lv_anim_set_reverse_delay(&a, SCROLL_DELAY);
        lv_anim_set_repeat_delay(&a, SCROLL_DELAY);
    }
    bool hor = size.x > cw;
    if(hor) {
        int32_t end = circular ? -size.x - lv_font_get_glyph_width(font, ' ', ' ') * WAIT_CHAR_COUNT : cw - size.x;
        /* keep the position when the text changes mid-scroll */
        lv_anim_t * cur = lv_anim_get(obj, scroll_anim_x);
        int32_t act_time = cur ? cur->act_time : 0;
        lv_anim_set_values(&a, 0, end);
        lv_anim_set_exec_cb(&a, scroll_anim_x);
        int32_t resolved = static_cast<int32_t>(lv_anim_resolve_speed(anim_time, 0, end));
        if(act_time < resolved) a.act_time = act_time;
        lv_anim_set_duration(&a, anim_time);
        if(!circular) lv_anim_set_reverse_duration(&a, anim_time);
        lv_anim_start(&a);
    }
    else {
        lv_anim_delete(obj, scroll_anim_x);
        label->offset.x = 0;
    }
    if(size.y > ch && !hor) {
        int32_t end = circular ? -size.y - lv_font_get_line_height(font) : ch - size.y - lv_font_get_line_height(font);
        lv_anim_t * cur = lv_anim_get(obj, scroll_anim_y);
        int32_t act_time = cur ? cur->act_time : 0;
        lv_anim_set_values(&a, 0, end);
        lv_anim_set_exec_cb(&a, scroll_anim_y);
        int32_t resolved = static_cast<int32_t>(lv_anim_resolve_speed(anim_time, 0, end));
        if(act_time < resolved) a.act_time = act_time;
        lv_anim_set_duration(&a, anim_time);
        if(!circular) lv_anim_set_reverse_duration(&a, anim_time);
        lv_anim_start(&a);
    }
    else {
        lv_anim_delete(obj, scroll_anim_y);
        label->offset.y = 0;
    }
}

void refr_text(lv_label_t * label)
{
    lv_obj_t * obj = &label->obj;
    if(!label->text) return;
    label->invalid_size_cache = 1;
    revert_dots(label);
    lv_area_t txt_coords;
    lv_obj_get_content_coords(obj, &txt_coords);
    int32_t max_w = lv_area_get_width(&txt_coords);
    lv_point_t size;
    text_size(label, max_w, &size);
    label->size_cache = size;
    lv_obj_refresh_self_size(obj);

    if(label->long_mode == LV_LABEL_LONG_MODE_SCROLL || label->long_mode == LV_LABEL_LONG_MODE_SCROLL_CIRCULAR) {
        start_scroll(label, size, txt_coords);
    }
    else if(label->long_mode == LV_LABEL_LONG_MODE_DOTS) {
        apply_dots(label, size);
    }
    lv_obj_invalidate(obj);
}

void label_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_label_t * label = as_label(obj);
    label->text = nullptr;
    label->static_txt = 0;
    label->recolor = 0;
    label->dot_begin = LV_LABEL_DOT_NONE;
    label->long_mode = LV_LABEL_LONG_MODE_WRAP;
    label->offset.x = 0;
    label->offset.y = 0;
    label->sel_start = LV_DRAW_LABEL_NO_TXT_SEL;
    label->sel_end = LV_DRAW_LABEL_NO_TXT_SEL;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_label_set_long_mode(obj, LV_LABEL_LONG_MODE_WRAP);
    lv_label_set_text(obj, LV_LABEL_DEFAULT_TEXT);
}

void label_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_label_t * label = as_label(obj);
    if(!label->static_txt) lv_free(label->text);
    label->text = nullptr;
}

void draw_main(lv_label_t * label, lv_event_t * e)
{
    lv_obj_t * obj = &label->obj;
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_area_t txt_coords;
    lv_obj_get_content_coords(obj, &txt_coords);

    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    dsc.ofs_x = label->offset.x;
    dsc.ofs_y = label->offset.y;
    dsc.flag = label_flags(label);
    lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &dsc);
    char * dotted = nullptr;
    if(label->long_mode == LV_LABEL_LONG_MODE_DOTS && label->dot_begin != LV_LABEL_DOT_NONE) {
        dotted = static_cast<char *>(lv_malloc(label->dot_begin + LV_LABEL_DOT_NUM + 1));
        if(dotted) {
            lv_memcpy(dotted, label->text, label->dot_begin);
            lv_memset(dotted + label->dot_begin, '.', LV_LABEL_DOT_NUM);
            dotted[label->dot_begin + LV_LABEL_DOT_NUM] = '\0';
        }
    }
    dsc.text = dotted ? dotted : label->text;
    dsc.align = lv_obj_calculate_style_text_align(obj, LV_PART_MAIN, label->text);
    dsc.sel_start = label->sel_start;
    dsc.sel_end = label->sel_end;
    if(dsc.sel_start != LV_DRAW_LABEL_NO_TXT_SEL && dsc.sel_end != LV_DRAW_LABEL_NO_TXT_SEL) {
        dsc.sel_color = lv_obj_get_style_text_color_filtered(obj, LV_PART_SELECTED);
        dsc.sel_bg_color = lv_obj_get_style_bg_color(obj, LV_PART_SELECTED);
    }
    bool scrolling = label->long_mode == LV_LABEL_LONG_MODE_SCROLL || label->long_mode == LV_LABEL_LONG_MODE_SCROLL_CIRCULAR;
    if(scrolling && (dsc.align == LV_TEXT_ALIGN_CENTER || dsc.align == LV_TEXT_ALIGN_RIGHT)) {
        if(label->size_cache.x > lv_area_get_width(&txt_coords)) dsc.align = LV_TEXT_ALIGN_LEFT;
    }
    dsc.text_size = label->size_cache;
    lv_area_t txt_clip;
    if(!lv_area_intersect(&txt_clip, &txt_coords, &layer->_clip_area)) {
        lv_free(dotted);
        return;
    }

    if(label->long_mode == LV_LABEL_LONG_MODE_WRAP) {
        int32_t s = lv_obj_get_scroll_top(obj);
        lv_area_move(&txt_coords, 0, -s);
        txt_coords.y2 = obj->coords.y2;
    }
    const lv_area_t clip_ori = layer->_clip_area;
    if(scrolling || label->long_mode == LV_LABEL_LONG_MODE_CLIP) layer->_clip_area = txt_clip;
    lv_draw_label(layer, &dsc, &txt_coords);

    if(label->long_mode == LV_LABEL_LONG_MODE_SCROLL_CIRCULAR) {
        /* the second copy follows the first one after a gap of one line height */
        lv_point_t size = label->size_cache;
        layer->_clip_area = txt_clip;
        if(size.x > lv_area_get_width(&txt_coords)) {
            dsc.ofs_x = label->offset.x + size.x + lv_font_get_glyph_width(dsc.font, ' ', ' ') * WAIT_CHAR_COUNT;
            dsc.ofs_y = label->offset.y;
            lv_draw_label(layer, &dsc, &txt_coords);
        }
        if(size.y > lv_area_get_height(&txt_coords)) {
            dsc.ofs_x = label->offset.x;
            dsc.ofs_y = label->offset.y + size.y + lv_font_get_line_height(dsc.font);
            lv_draw_label(layer, &dsc, &txt_coords);
        }
    }
    layer->_clip_area = clip_ori;
    lv_free(dotted);
}

void label_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    if(lv_obj_event_base(&lv_label_class, e) != LV_RESULT_OK) return;
    LV_UNUSED(class_p);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_label_t * label = as_label(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED:
            refr_text(label);
            break;
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            /* italic or wide glyphs can extend a bit beyond their box */
            const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
            lv_event_set_ext_draw_size(e, lv_font_get_line_height(font) / 4);
            break;
        }
        case LV_EVENT_SIZE_CHANGED:
            refr_text(label);
            break;
        case LV_EVENT_GET_SELF_SIZE: {
            int32_t w = lv_obj_get_style_width(obj, LV_PART_MAIN) == LV_SIZE_CONTENT && !obj->w_layout
                        ? LV_COORD_MAX : lv_obj_get_content_width(obj);
            w = LV_MIN(w, lv_obj_get_style_max_width(obj, LV_PART_MAIN));
            lv_point_t size;
            text_size(label, w, &size);
            lv_point_t * self = lv_event_get_self_size_info(e);
            self->x = LV_MAX(self->x, size.x);
            self->y = LV_MAX(self->y, size.y);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(label, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_label_create(lv_obj_t * parent) { return lv_widget_create(&lv_label_class, parent); }

void lv_label_set_text(lv_obj_t * obj, const char * text)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    lv_obj_invalidate(obj);
    if(text == nullptr) text = label->text; /* NULL: refresh with the current text */
    if(!text) return;
    if(label->text == text && !label->static_txt) {
        /* refreshing the same buffer: it may have been reallocated by the caller */
        char * grown = static_cast<char *>(lv_realloc(label->text, lv_strlen(label->text) + 1));
        if(grown) label->text = grown;
    }
    else {
        char * copy = lv_strdup(text);
        if(!copy) return; /* out of memory: keep the old text */
        if(!label->static_txt) lv_free(label->text);
        label->text = copy;
        label->static_txt = 0;
    }
    label->dot_begin = LV_LABEL_DOT_NONE;
    refr_text(label);
}

void lv_label_set_text_fmt(lv_obj_t * obj, const char * fmt, ...)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    if(!fmt) return;
    va_list args;
    va_start(args, fmt);
    va_list args2;
    va_copy(args2, args);
    int n = vsnprintf(nullptr, 0, fmt, args);
    va_end(args);
    if(n < 0) {
        va_end(args2);
        return;
    }
    char * buf = static_cast<char *>(lv_malloc(static_cast<size_t>(n) + 1));
    if(!buf) {
        va_end(args2);
        return;
    }
    vsnprintf(buf, static_cast<size_t>(n) + 1, fmt, args2);
    va_end(args2);
    lv_label_set_text(obj, buf);
    lv_free(buf);
}

void lv_label_set_text_static(lv_obj_t * obj, const char * text)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    if(!label->static_txt) lv_free(label->text);
    if(text) {
        label->static_txt = 1;
        label->text = const_cast<char *>(text);
    }
    label->dot_begin = LV_LABEL_DOT_NONE;
    refr_text(label);
}

void lv_label_set_long_mode(lv_obj_t * obj, lv_label_long_mode_t long_mode)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    lv_anim_delete(obj, scroll_anim_x);
    lv_anim_delete(obj, scroll_anim_y);
    label->offset.x = 0;
    label->offset.y = 0;
    revert_dots(label);
    if(long_mode == LV_LABEL_LONG_MODE_SCROLL || long_mode == LV_LABEL_LONG_MODE_SCROLL_CIRCULAR ||
       long_mode == LV_LABEL_LONG_MODE_CLIP) {
        label->expand = 1;
    }
    else {
        label->expand = 0;
    }
    label->long_mode = long_mode;
    refr_text(label);
}

void lv_label_set_recolor(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    if(label->recolor == en) return;
    label->recolor = en ? 1 : 0;
    refr_text(label);
}

void lv_label_set_text_selection_start(lv_obj_t * obj, uint32_t index)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    as_label(obj)->sel_start = index;
    lv_obj_invalidate(obj);
}

void lv_label_set_text_selection_end(lv_obj_t * obj, uint32_t index)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    as_label(obj)->sel_end = index;
    lv_obj_invalidate(obj);
}

char * lv_label_get_text(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    return is_label(obj) ? as_label(obj)->text : nullptr;
}
lv_label_long_mode_t lv_label_get_long_mode(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    return is_label(obj) ? as_label(obj)->long_mode : LV_LABEL_LONG_MODE_WRAP;
}
bool lv_label_get_recolor(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    return is_label(obj) && as_label(obj)->recolor;
}
uint32_t lv_label_get_text_selection_start(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    return is_label(obj) ? as_label(obj)->sel_start : LV_LABEL_TEXT_SELECTION_OFF;
}
uint32_t lv_label_get_text_selection_end(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    return is_label(obj) ? as_label(obj)->sel_end : LV_LABEL_TEXT_SELECTION_OFF;
}

void lv_label_get_letter_pos(const lv_obj_t * obj, uint32_t char_id, lv_point_t * pos)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj) || !pos) return;
    letter_pos(as_label(obj), char_id, pos);
}

uint32_t lv_label_get_letter_on(const lv_obj_t * obj, lv_point_t * pos_in, bool bidi)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    LV_UNUSED(bidi);
    if(!is_label(obj) || !pos_in || !as_label(obj)->text) return 0;
    uint32_t byte_id = letter_on(as_label(obj), pos_in);
    return lv_text_encoded_get_char_id(as_label(obj)->text, byte_id);
}

bool lv_label_is_char_under_pos(const lv_obj_t * obj, lv_point_t * pos)
{
    if(!lv_widget_check(obj, &lv_label_class)) return {};
    if(!is_label(obj) || !pos || !as_label(obj)->text) return false;
    lv_label_t * label = as_label(obj);
    uint32_t byte_id = letter_on(label, pos);
    if(label->text[byte_id] == '\0' || label->text[byte_id] == '\n') return false;
    lv_point_t start;
    letter_pos(label, lv_text_encoded_get_char_id(label->text, byte_id), &start);
    const lv_font_t * font = lv_obj_get_style_text_font(obj, LV_PART_MAIN);
    uint32_t i = byte_id;
    uint32_t letter = lv_text_encoded_next(label->text, &i);
    int32_t w = lv_font_get_glyph_width(font, letter, 0);
    return pos->x >= start.x && pos->x < start.x + w && pos->y >= start.y &&
           pos->y < start.y + lv_font_get_line_height(font);
}

void lv_label_ins_text(lv_obj_t * obj, uint32_t pos, const char * txt)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    if(!txt || label->static_txt || !label->text) return;
    revert_dots(label);
    size_t old_len = lv_strlen(label->text);
    size_t ins_len = lv_strlen(txt);
    /* pos counts characters, not bytes */
    size_t byte = 0;
    for(uint32_t c = 0; c < pos && byte < old_len; c++) {
        byte++;
        while(byte < old_len && (static_cast<uint8_t>(label->text[byte]) & 0xC0) == 0x80) byte++;
    }
    if(pos == LV_LABEL_POS_LAST) byte = old_len;
    char * grown = static_cast<char *>(lv_realloc(label->text, old_len + ins_len + 1));
    if(!grown) return;
    label->text = grown;
    lv_memmove(grown + byte + ins_len, grown + byte, old_len - byte + 1);
    lv_memcpy(grown + byte, txt, ins_len);
    lv_label_set_text(obj, nullptr);
}

void lv_label_cut_text(lv_obj_t * obj, uint32_t pos, uint32_t cnt)
{
    if(!lv_widget_check(obj, &lv_label_class)) return;
    if(!is_label(obj)) return;
    lv_label_t * label = as_label(obj);
    if(label->static_txt || !label->text) return;
    revert_dots(label);
    size_t len = lv_strlen(label->text);
    size_t start = 0;
    for(uint32_t c = 0; c < pos && start < len; c++) {
        start++;
        while(start < len && (static_cast<uint8_t>(label->text[start]) & 0xC0) == 0x80) start++;
    }
    size_t end = start;
    for(uint32_t c = 0; c < cnt && end < len; c++) {
        end++;
        while(end < len && (static_cast<uint8_t>(label->text[end]) & 0xC0) == 0x80) end++;
    }
    lv_memmove(label->text + start, label->text + end, len - end + 1);
    lv_label_set_text(obj, nullptr);
}

} // extern "C"
