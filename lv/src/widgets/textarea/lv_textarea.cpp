/**
 * @file lv_textarea.cpp
 * Text area: a label child holds the shown text (bullets in password mode, while the real
 * text is kept in pwd_tmp). The cursor is a character index; its area (relative to the
 * label) is recomputed whenever the text, the position or the styles change, and the box
 * scrolls to keep it visible. The cursor blinks with the CURSOR part's anim_duration.
 */
#include "widgets/textarea/lv_textarea_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void ta_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void ta_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void ta_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_textarea_class = {
    &lv_obj_class, ta_constructor, ta_destructor, ta_event, nullptr, "textarea",
    LV_DPI_DEF * 2, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_textarea_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

const char BULLET_UTF8[] = "\xE2\x80\xA2"; /* U+2022 */

lv_textarea_t * as_ta(const lv_obj_t * obj) { return reinterpret_cast<lv_textarea_t *>(const_cast<lv_obj_t *>(obj)); }

void refr_cursor_area(lv_obj_t * obj);
void start_cursor_blink(lv_obj_t * obj);

void ta_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_textarea_t * ta = as_ta(obj);
    ta->placeholder_txt = nullptr;
    ta->pwd_tmp = nullptr;
    ta->pwd_bullet = nullptr;
    ta->accepted_chars = nullptr;
    ta->insert_replace = nullptr;
    ta->max_length = 0;
    ta->pwd_show_time = LV_TEXTAREA_DEF_PWD_SHOW_TIME;
    ta->cursor.valid_x = 0;
    ta->cursor.pos = 1; /* so that setting 0 below is a change */
    ta->cursor.show = 1;
    ta->cursor.click_pos = 1;
    lv_area_set(&ta->cursor.area, 0, 0, -1, -1);
    ta->sel_start = LV_DRAW_LABEL_NO_TXT_SEL;
    ta->sel_end = LV_DRAW_LABEL_NO_TXT_SEL;
    ta->text_sel_en = 0;
    ta->pwd_mode = 0;
    ta->one_line = 0;

    ta->label = lv_label_create(obj);
    lv_obj_set_width(ta->label, lv_pct(100));
    lv_label_set_text(ta->label, "");
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_textarea_set_cursor_pos(obj, 0);
    start_cursor_blink(obj);
}

void pwd_hide_anim_exec(void * var, int32_t v)
{
    LV_UNUSED(var);
    LV_UNUSED(v);
}

void cursor_blink_exec(void * var, int32_t show)
{
    lv_textarea_t * ta = static_cast<lv_textarea_t *>(var);
    if(ta->cursor.show == (show ? 1u : 0u)) return;
    ta->cursor.show = show ? 1 : 0;
    lv_obj_invalidate(&ta->obj);
}

void ta_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_textarea_t * ta = as_ta(obj);
    lv_anim_delete(ta, cursor_blink_exec);
    lv_anim_delete(ta, pwd_hide_anim_exec);
    lv_free(ta->placeholder_txt);
    lv_free(ta->pwd_tmp);
    lv_free(ta->pwd_bullet);
    ta->placeholder_txt = nullptr;
    ta->pwd_tmp = nullptr;
    ta->pwd_bullet = nullptr;
}

const char * bullet_of(lv_textarea_t * ta)
{
    if(ta->pwd_bullet) return ta->pwd_bullet;
    const lv_font_t * font = lv_obj_get_style_text_font(&ta->obj, LV_PART_MAIN);
    lv_font_glyph_dsc_t g;
    if(font && lv_font_get_glyph_dsc(font, &g, 0x2022, 0) && g.adv_w > 0) return BULLET_UTF8;
    return "*";
}

/** Shows the password as bullets (after the show time of a new character, or at once). */
void pwd_hide(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    if(!ta->pwd_mode || ta->pwd_tmp == nullptr) return;
    const char * bullet = bullet_of(ta);
    const size_t blen = lv_strlen(bullet);
    const uint32_t n = lv_text_get_encoded_length(ta->pwd_tmp);
    char * shown = static_cast<char *>(lv_malloc(n * blen + 1));
    if(shown == nullptr) return;
    for(uint32_t i = 0; i < n; i++) lv_memcpy(shown + i * blen, bullet, blen);
    shown[n * blen] = '\0';
    lv_label_set_text(ta->label, shown);
    lv_free(shown);
    refr_cursor_area(obj);
}

void pwd_hide_anim_done(lv_anim_t * a) { pwd_hide(static_cast<lv_obj_t *>(a->var)); }

void start_pwd_hide_timer(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    lv_anim_delete(obj, pwd_hide_anim_exec);
    if(ta->pwd_show_time == 0) {
        pwd_hide(obj);
        return;
    }
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, pwd_hide_anim_exec);
    lv_anim_set_duration(&a, ta->pwd_show_time);
    lv_anim_set_values(&a, 0, 1);
    lv_anim_set_path_cb(&a, lv_anim_path_step);
    lv_anim_set_completed_cb(&a, pwd_hide_anim_done);
    lv_anim_start(&a);
}

void start_cursor_blink(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    const uint32_t blink = lv_obj_get_style_anim_duration(obj, LV_PART_CURSOR);
    lv_anim_delete(ta, cursor_blink_exec);
    if(blink == 0) {
        ta->cursor.show = 1;
        return;
    }
    ta->cursor.show = 1;
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, ta);
    lv_anim_set_exec_cb(&a, cursor_blink_exec);
    lv_anim_set_duration(&a, blink);
    lv_anim_set_reverse_duration(&a, blink);
    lv_anim_set_values(&a, 1, 0);
    lv_anim_set_path_cb(&a, lv_anim_path_step);
    lv_anim_set_repeat_count(&a, LV_ANIM_REPEAT_INFINITE);
    lv_anim_start(&a);
}

struct text_params_t {
    const lv_font_t * font;
    int32_t letter_space;
    int32_t line_space;
    int32_t max_w;
    lv_text_flag_t flag;
    int32_t line_h;
};

text_params_t text_params(lv_textarea_t * ta)
{
    text_params_t p;
    lv_obj_t * label = ta->label;
    p.font = lv_obj_get_style_text_font(label, LV_PART_MAIN);
    p.letter_space = lv_obj_get_style_text_letter_space(label, LV_PART_MAIN);
    p.line_space = lv_obj_get_style_text_line_space(label, LV_PART_MAIN);
    p.flag = LV_TEXT_FLAG_NONE;
    p.max_w = lv_obj_get_content_width(label);
    if(ta->one_line || p.max_w <= 0) {
        p.flag = LV_TEXT_FLAG_EXPAND;
        p.max_w = LV_COORD_MAX;
    }
    p.line_h = lv_font_get_line_height(p.font);
    return p;
}

/** Where character `char_id` of the label text starts, relative to the label's content. */
lv_point_t letter_pos(lv_textarea_t * ta, uint32_t char_id)
{
    const char * txt = lv_label_get_text(ta->label);
    const text_params_t p = text_params(ta);
    const uint32_t len = static_cast<uint32_t>(lv_strlen(txt));
    const uint32_t byte_id = lv_text_encoded_get_byte_id(txt, char_id);
    const lv_text_align_t align = lv_obj_calculate_style_text_align(ta->label, LV_PART_MAIN, txt);
    const int32_t content_w = lv_obj_get_content_width(ta->label);
    uint32_t line_start = 0;
    int32_t y = 0;
    while(true) {
        int32_t used = 0;
        uint32_t n = lv_text_get_next_line(&txt[line_start], len - line_start, p.font, p.letter_space, p.max_w, &used, p.flag);
        const uint32_t line_end = line_start + n;
        const bool last_line = line_end >= len;
        /* a cursor right after a line break belongs to the next line */
        const bool on_this_line = byte_id < line_end || (last_line && !(n > 0 && txt[line_end - 1] == '\n' && byte_id == len));
        if(on_this_line || n == 0) {
            int32_t x = lv_text_get_width(&txt[line_start], byte_id - line_start, p.font, p.letter_space);
            int32_t line_w = lv_text_get_width(&txt[line_start], n, p.font, p.letter_space);
            if(align == LV_TEXT_ALIGN_CENTER) x += (content_w - line_w) / 2;
            else if(align == LV_TEXT_ALIGN_RIGHT) x += content_w - line_w;
            return {x, y};
        }
        y += p.line_h + p.line_space;
        line_start = line_end;
        if(last_line) return {0, y};
    }
}

/** The character index nearest to a point relative to the label's content. */
uint32_t letter_on(lv_textarea_t * ta, lv_point_t pt)
{
    const char * txt = lv_label_get_text(ta->label);
    const text_params_t p = text_params(ta);
    const uint32_t len = static_cast<uint32_t>(lv_strlen(txt));
    uint32_t line_start = 0;
    int32_t y = 0;
    while(line_start < len) {
        int32_t used = 0;
        uint32_t n = lv_text_get_next_line(&txt[line_start], len - line_start, p.font, p.letter_space, p.max_w, &used, p.flag);
        if(n == 0) break;
        const bool last_line = line_start + n >= len;
        if(pt.y < y + p.line_h + p.line_space || last_line) {
            uint32_t i = line_start;
            const uint32_t end = line_start + n;
            while(i < end) {
                uint32_t next = i;
                uint32_t c = lv_text_encoded_next(txt, &next);
                if(c == '\n') break;
                int32_t x_mid = lv_text_get_width(&txt[line_start], i - line_start, p.font, p.letter_space) +
                                lv_font_get_glyph_width(p.font, c, 0) / 2;
                if(pt.x < x_mid) break;
                i = next;
            }
            return lv_text_encoded_get_char_id(txt, i);
        }
        y += p.line_h + p.line_space;
        line_start += n;
    }
    return lv_text_get_encoded_length(txt);
}

void refr_cursor_area(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    const text_params_t p = text_params(ta);
    const char * txt = lv_label_get_text(ta->label);
    const uint32_t byte_pos = lv_text_encoded_get_byte_id(txt, ta->cursor.pos);
    uint32_t letter = lv_text_encoded_next(&txt[byte_pos], nullptr);
    if(letter == '\0' || letter == '\n' || letter == '\r') letter = ' ';
    const int32_t letter_w = lv_font_get_glyph_width(p.font, letter, 0);
    lv_point_t pos = letter_pos(ta, ta->cursor.pos);

    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_CURSOR);
    lv_area_t a;
    a.x1 = pos.x - lv_obj_get_style_pad_left(obj, LV_PART_CURSOR) - border;
    a.y1 = pos.y - lv_obj_get_style_pad_top(obj, LV_PART_CURSOR) - border;
    a.x2 = pos.x + lv_obj_get_style_pad_right(obj, LV_PART_CURSOR) + border + letter_w - 1;
    a.y2 = pos.y + lv_obj_get_style_pad_bottom(obj, LV_PART_CURSOR) + border + p.line_h - 1;
    ta->cursor.area = a;
    lv_obj_invalidate(obj);
}

/** Scrolls the box so that the cursor is visible. */
void scroll_to_cursor(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    lv_obj_update_layout(obj);
    const lv_point_t cur = letter_pos(ta, ta->cursor.pos);
    const int32_t font_h = text_params(ta).line_h;
    if(cur.y < lv_obj_get_scroll_top(obj)) lv_obj_scroll_to_y(obj, cur.y, LV_ANIM_ON);
    const int32_t h = lv_obj_get_content_height(obj);
    if(cur.y + font_h - lv_obj_get_scroll_top(obj) > h) lv_obj_scroll_to_y(obj, cur.y - h + font_h, LV_ANIM_ON);
    if(cur.x < lv_obj_get_scroll_left(obj)) lv_obj_scroll_to_x(obj, cur.x, LV_ANIM_ON);
    const int32_t w = lv_obj_get_content_width(obj);
    if(cur.x + font_h - lv_obj_get_scroll_left(obj) > w) lv_obj_scroll_to_x(obj, cur.x - w + font_h, LV_ANIM_ON);
    ta->cursor.valid_x = cur.x;
}

const char * real_text(const lv_textarea_t * ta) { return ta->pwd_mode && ta->pwd_tmp ? ta->pwd_tmp : lv_label_get_text(ta->label); }

bool char_accepted(lv_textarea_t * ta, uint32_t c)
{
    if(ta->one_line && (c == '\n' || c == '\r')) return false;
    if(ta->max_length > 0 && lv_text_get_encoded_length(real_text(ta)) >= ta->max_length) return false;
    if(ta->accepted_chars == nullptr) return true;
    uint32_t i = 0;
    while(ta->accepted_chars[i] != '\0') {
        if(lv_text_encoded_next(ta->accepted_chars, &i) == c) return true;
    }
    return false;
}

/** Inserts txt (already accepted) at the cursor. */
void insert_at_cursor(lv_obj_t * obj, const char * txt)
{
    lv_textarea_t * ta = as_ta(obj);
    if(txt[0] == '\0') return;
    if(lv_textarea_text_is_selected(obj)) {
        /* typing replaces the selection */
        uint32_t s = LV_MIN(ta->sel_start, ta->sel_end);
        uint32_t e = LV_MAX(ta->sel_start, ta->sel_end);
        lv_label_cut_text(ta->label, s, e - s);
        if(ta->pwd_mode && ta->pwd_tmp) lv_text_cut(ta->pwd_tmp, s, e - s);
        lv_textarea_clear_selection(obj);
        ta->cursor.pos = s;
    }
    if(ta->pwd_mode && ta->pwd_tmp) {
        /* show the previous characters as bullets, the new ones for the show time */
        pwd_hide(obj);
        size_t need = lv_strlen(ta->pwd_tmp) + lv_strlen(txt) + 1;
        char * grown = static_cast<char *>(lv_realloc(ta->pwd_tmp, need));
        if(grown == nullptr) return;
        ta->pwd_tmp = grown;
        lv_text_ins(ta->pwd_tmp, ta->cursor.pos, txt);
    }
    lv_label_ins_text(ta->label, ta->cursor.pos, txt);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(ta->cursor.pos + lv_text_get_encoded_length(txt)));
    if(ta->pwd_mode) start_pwd_hide_timer(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

/** Sends LV_EVENT_INSERT; returns the text to insert (NULL: dropped or the object was deleted). */
const char * ask_insert(lv_obj_t * obj, const char * txt)
{
    lv_textarea_t * ta = as_ta(obj);
    ta->insert_replace = nullptr;
    if(lv_obj_send_event(obj, LV_EVENT_INSERT, const_cast<char *>(txt)) != LV_RESULT_OK) return nullptr;
    const char * r = ta->insert_replace ? ta->insert_replace : txt;
    ta->insert_replace = nullptr;
    return r[0] == '\0' ? nullptr : r;
}

void draw_placeholder(lv_obj_t * obj, lv_event_t * e)
{
    lv_textarea_t * ta = as_ta(obj);
    const char * txt = lv_label_get_text(ta->label);
    if(txt[0] != '\0' || ta->placeholder_txt == nullptr || ta->placeholder_txt[0] == '\0') return;
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_TEXTAREA_PLACEHOLDER, &dsc);
    if(ta->one_line) dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_EXPAND);
    const int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_area_t coords = obj->coords;
    lv_area_move(&coords, lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border, lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border);
    dsc.text = ta->placeholder_txt;
    lv_draw_label(lv_event_get_layer(e), &dsc, &coords);
}

void draw_cursor(lv_obj_t * obj, lv_event_t * e)
{
    lv_textarea_t * ta = as_ta(obj);
    if(!ta->cursor.show) return;
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_CURSOR, &dsc);
    lv_area_t a = ta->cursor.area;
    lv_area_move(&a, ta->label->coords.x1, ta->label->coords.y1);
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_draw_rect(layer, &dsc, &a);
    if(dsc.bg_opa <= LV_OPA_MIN) return;
    /* a block cursor covers its letter: draw the letter again in the cursor's text color */
    const char * txt = lv_label_get_text(ta->label);
    const uint32_t byte_pos = lv_text_encoded_get_byte_id(txt, ta->cursor.pos);
    if(txt[byte_pos] == '\0' || txt[byte_pos] == '\n') return;
    char letter[8] = {0};
    lv_memcpy(letter, &txt[byte_pos], lv_text_encoded_size(&txt[byte_pos]));
    a.x1 += lv_obj_get_style_pad_left(obj, LV_PART_CURSOR) + lv_obj_get_style_border_width(obj, LV_PART_CURSOR);
    a.y1 += lv_obj_get_style_pad_top(obj, LV_PART_CURSOR) + lv_obj_get_style_border_width(obj, LV_PART_CURSOR);
    lv_draw_label_dsc_t label_dsc;
    lv_draw_label_dsc_init(&label_dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_CURSOR, &label_dsc);
    label_dsc.text = letter;
    lv_draw_label(layer, &label_dsc, &a);
}

void handle_key(lv_obj_t * obj, uint32_t key)
{
    lv_textarea_t * ta = as_ta(obj);
    switch(key) {
        case LV_KEY_RIGHT: lv_textarea_cursor_right(obj); break;
        case LV_KEY_LEFT: lv_textarea_cursor_left(obj); break;
        case LV_KEY_UP: lv_textarea_cursor_up(obj); break;
        case LV_KEY_DOWN: lv_textarea_cursor_down(obj); break;
        case LV_KEY_BACKSPACE: lv_textarea_delete_char(obj); break;
        case LV_KEY_DEL: lv_textarea_delete_char_forward(obj); break;
        case LV_KEY_HOME: lv_textarea_set_cursor_pos(obj, 0); break;
        case LV_KEY_END: lv_textarea_set_cursor_pos(obj, LV_TEXTAREA_CURSOR_LAST); break;
        case LV_KEY_ENTER:
            if(ta->one_line) lv_obj_send_event(obj, LV_EVENT_READY, nullptr);
            else lv_textarea_add_char(obj, '\n');
            break;
        default:
            if(key >= 0x20 || key == '\n') lv_textarea_add_char(obj, key);
            break;
    }
}

void ta_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_textarea_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_textarea_t * ta = as_ta(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_STYLE_CHANGED:
            if(ta->label) {
                start_cursor_blink(obj);
                refr_cursor_area(obj);
            }
            break;
        case LV_EVENT_FOCUSED:
        case LV_EVENT_DEFOCUSED:
            start_cursor_blink(obj);
            break;
        case LV_EVENT_SIZE_CHANGED:
            if(ta->label) refr_cursor_area(obj);
            break;
        case LV_EVENT_KEY:
            handle_key(obj, lv_event_get_key(e));
            break;
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING: {
            lv_indev_t * indev = lv_indev_active();
            if(!ta->cursor.click_pos || indev == nullptr) break;
            lv_indev_type_t t = lv_indev_get_type(indev);
            if(t != LV_INDEV_TYPE_POINTER && t != LV_INDEV_TYPE_BUTTON) break;
            lv_point_t p;
            lv_indev_get_point(indev, &p);
            lv_point_t rel = {p.x - ta->label->coords.x1, p.y - ta->label->coords.y1};
            lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(letter_on(ta, rel)));
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_placeholder(obj, e);
            break;
        case LV_EVENT_DRAW_POST:
            draw_cursor(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_textarea_create(lv_obj_t * parent) { return lv_widget_create(&lv_textarea_class, parent); }

void lv_textarea_add_char(lv_obj_t * obj, uint32_t c)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    /* c is UTF-8 packed into an integer, first byte lowest (lv_text_unicode_to_encoded);
     * a plain code point (one byte, or not starting with a UTF-8 lead byte) is accepted too */
    char buf[8] = {0};
    uint32_t unicode = c;
    const uint8_t lead = static_cast<uint8_t>(c & 0xFF);
    if(c > 0xFF && lead >= 0xC0) {
        for(int k = 0; k < 4; k++) buf[k] = static_cast<char>((c >> (8 * k)) & 0xFF);
        uint32_t i = 0;
        unicode = lv_text_encoded_next(buf, &i);
        buf[i] = '\0';
    }
    else {
        lv_text_unicode_to_utf8(c, buf);
    }
    if(!char_accepted(ta, unicode)) {
        lv_obj_send_event(obj, LV_EVENT_INSERT, nullptr); /* nothing to insert */
        return;
    }
    const char * txt = ask_insert(obj, buf);
    if(txt) insert_at_cursor(obj, txt);
}

void lv_textarea_add_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    if(txt == nullptr) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->accepted_chars || ta->max_length || ta->one_line) {
        /* filter character by character */
        uint32_t i = 0;
        while(txt[i] != '\0') {
            uint32_t c = lv_text_encoded_next(txt, &i);
            lv_textarea_add_char(obj, c);
        }
        return;
    }
    const char * ins = ask_insert(obj, txt);
    if(ins) insert_at_cursor(obj, ins);
}

void lv_textarea_delete_char(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(lv_textarea_text_is_selected(obj)) {
        uint32_t s = LV_MIN(ta->sel_start, ta->sel_end);
        uint32_t en = LV_MAX(ta->sel_start, ta->sel_end);
        lv_label_cut_text(ta->label, s, en - s);
        if(ta->pwd_mode && ta->pwd_tmp) lv_text_cut(ta->pwd_tmp, s, en - s);
        lv_textarea_clear_selection(obj);
        ta->cursor.pos = LV_TEXTAREA_CURSOR_LAST;
        lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(s));
        lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
        return;
    }
    const uint32_t cp = ta->cursor.pos;
    if(cp == 0) return;
    char del_buf[2] = {static_cast<char>(LV_KEY_DEL), '\0'};
    if(ask_insert(obj, del_buf) == nullptr) return;
    lv_label_cut_text(ta->label, cp - 1, 1);
    if(ta->pwd_mode && ta->pwd_tmp) lv_text_cut(ta->pwd_tmp, cp - 1, 1);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(cp - 1));
    refr_cursor_area(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void lv_textarea_delete_char_forward(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    const uint32_t cp = lv_textarea_get_cursor_pos(obj);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(cp + 1));
    if(cp != lv_textarea_get_cursor_pos(obj)) lv_textarea_delete_char(obj);
}

void lv_textarea_set_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    if(txt == nullptr) return;
    lv_textarea_t * ta = as_ta(obj);
    lv_textarea_clear_selection(obj);
    if(ta->accepted_chars || ta->max_length) {
        lv_label_set_text(ta->label, "");
        if(ta->pwd_mode) {
            lv_free(ta->pwd_tmp);
            ta->pwd_tmp = lv_widget_strdup("");
        }
        lv_textarea_set_cursor_pos(obj, 0);
        uint32_t i = 0;
        while(txt[i] != '\0') {
            uint32_t c = lv_text_encoded_next(txt, &i);
            if(char_accepted(ta, c)) {
                char buf[8] = {0};
                lv_text_unicode_to_utf8(c, buf);
                insert_at_cursor(obj, buf);
            }
        }
    }
    else {
        lv_label_set_text(ta->label, txt);
        if(ta->pwd_mode) {
            char * copy = lv_widget_strdup(txt);
            if(copy) {
                lv_free(ta->pwd_tmp);
                ta->pwd_tmp = copy;
            }
        }
        ta->cursor.pos = 0x7FFFFFFF; /* force a refresh */
        lv_textarea_set_cursor_pos(obj, LV_TEXTAREA_CURSOR_LAST);
    }
    if(ta->pwd_mode) pwd_hide(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void lv_textarea_set_placeholder_text(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    char * copy = lv_widget_strdup(txt ? txt : "");
    if(copy == nullptr) return;
    lv_free(ta->placeholder_txt);
    ta->placeholder_txt = copy;
    lv_obj_invalidate(obj);
}

void lv_textarea_set_cursor_pos(lv_obj_t * obj, int32_t pos)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    const uint32_t len = lv_text_get_encoded_length(lv_label_get_text(ta->label));
    if(pos == LV_TEXTAREA_CURSOR_LAST) pos = static_cast<int32_t>(len);
    else if(pos < 0) pos = static_cast<int32_t>(len) + pos;
    if(pos < 0) pos = 0;
    if(static_cast<uint32_t>(pos) > len) pos = static_cast<int32_t>(len);
    if(static_cast<uint32_t>(pos) == ta->cursor.pos) return;
    ta->cursor.pos = static_cast<uint32_t>(pos);
    scroll_to_cursor(obj);
    start_cursor_blink(obj);
    refr_cursor_area(obj);
}

void lv_textarea_set_cursor_click_pos(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->cursor.click_pos = en ? 1 : 0;
}

void lv_textarea_set_password_mode(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->pwd_mode == (en ? 1u : 0u)) return;
    if(en) {
        char * copy = lv_widget_strdup(lv_label_get_text(ta->label));
        if(copy == nullptr) return;
        lv_free(ta->pwd_tmp);
        ta->pwd_tmp = copy;
        ta->pwd_mode = 1;
        pwd_hide(obj);
    }
    else {
        ta->pwd_mode = 0;
        lv_anim_delete(obj, pwd_hide_anim_exec);
        if(ta->pwd_tmp) lv_label_set_text(ta->label, ta->pwd_tmp);
        lv_free(ta->pwd_tmp);
        ta->pwd_tmp = nullptr;
    }
    refr_cursor_area(obj);
}

void lv_textarea_set_password_bullet(lv_obj_t * obj, const char * bullet)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    char * copy = nullptr;
    if(bullet && bullet[0]) {
        copy = lv_widget_strdup(bullet);
        if(copy == nullptr) return;
    }
    lv_free(ta->pwd_bullet);
    ta->pwd_bullet = copy;
    pwd_hide(obj);
}

void lv_textarea_set_one_line(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->one_line == (en ? 1u : 0u)) return;
    ta->one_line = en ? 1 : 0;
    lv_obj_set_width(ta->label, en ? LV_SIZE_CONTENT : lv_pct(100));
    lv_obj_set_style_min_width(ta->label, en ? lv_pct(100) : 0, 0);
    if(en) lv_obj_set_height(obj, LV_SIZE_CONTENT);
    else lv_obj_remove_local_style_prop(obj, LV_STYLE_HEIGHT, LV_PART_MAIN);
    lv_obj_scroll_to(obj, 0, 0, LV_ANIM_OFF);
    refr_cursor_area(obj);
}

void lv_textarea_set_accepted_chars(lv_obj_t * obj, const char * list)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->accepted_chars = list;
}
void lv_textarea_set_max_length(lv_obj_t * obj, uint32_t num)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->max_length = num;
}
void lv_textarea_set_insert_replace(lv_obj_t * obj, const char * txt)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->insert_replace = txt;
}

void lv_textarea_set_text_selection(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->text_sel_en = en ? 1 : 0;
    if(!en) lv_textarea_clear_selection(obj);
}

void lv_textarea_set_password_show_time(lv_obj_t * obj, uint32_t time)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    as_ta(obj)->pwd_show_time = time;
}

void lv_textarea_set_align(lv_obj_t * obj, lv_text_align_t align)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_obj_set_style_text_align(obj, align, 0);
    refr_cursor_area(obj);
}

const char * lv_textarea_get_text(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return real_text(as_ta(obj));
}

const char * lv_textarea_get_placeholder_text(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    const char * t = as_ta(obj)->placeholder_txt;
    return t ? t : "";
}

lv_obj_t * lv_textarea_get_label(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->label;
}
uint32_t lv_textarea_get_cursor_pos(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->cursor.pos;
}
bool lv_textarea_get_cursor_click_pos(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->cursor.click_pos;
}
bool lv_textarea_get_password_mode(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->pwd_mode;
}
const char * lv_textarea_get_password_bullet(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return bullet_of(as_ta(obj));
}
bool lv_textarea_get_one_line(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->one_line;
}
const char * lv_textarea_get_accepted_chars(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->accepted_chars;
}
uint32_t lv_textarea_get_max_length(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->max_length;
}

bool lv_textarea_text_is_selected(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    const lv_textarea_t * ta = as_ta(obj);
    uint32_t s = lv_label_get_text_selection_start(ta->label);
    uint32_t e = lv_label_get_text_selection_end(ta->label);
    return s != LV_LABEL_TEXT_SELECTION_OFF && e != LV_LABEL_TEXT_SELECTION_OFF && s != e;
}

bool lv_textarea_get_text_selection(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->text_sel_en;
}
uint32_t lv_textarea_get_password_show_time(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    return as_ta(obj)->pwd_show_time;
}

uint32_t lv_textarea_get_current_char(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return {};
    lv_textarea_t * ta = as_ta(obj);
    const char * txt = lv_textarea_get_text(obj);
    if(ta->cursor.pos == 0) return 0;
    uint32_t i = lv_text_encoded_get_byte_id(txt, ta->cursor.pos - 1);
    return lv_text_encoded_next(txt, &i);
}

void lv_textarea_clear_selection(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->label == nullptr) return;
    lv_label_set_text_selection_start(ta->label, LV_LABEL_TEXT_SELECTION_OFF);
    lv_label_set_text_selection_end(ta->label, LV_LABEL_TEXT_SELECTION_OFF);
    ta->sel_start = LV_DRAW_LABEL_NO_TXT_SEL;
    ta->sel_end = LV_DRAW_LABEL_NO_TXT_SEL;
}

void lv_textarea_cursor_right(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(lv_textarea_get_cursor_pos(obj) + 1));
}

void lv_textarea_cursor_left(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    uint32_t cp = lv_textarea_get_cursor_pos(obj);
    if(cp > 0) lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(cp - 1));
}

void lv_textarea_cursor_down(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    const text_params_t p = text_params(ta);
    lv_point_t pos = letter_pos(ta, ta->cursor.pos);
    const int32_t valid_x = ta->cursor.valid_x;
    lv_point_t target = {valid_x, pos.y + p.line_h + p.line_space + p.line_h / 2};
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(letter_on(ta, target)));
    ta->cursor.valid_x = valid_x;
}

void lv_textarea_cursor_up(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_textarea_class)) return;
    lv_textarea_t * ta = as_ta(obj);
    const text_params_t p = text_params(ta);
    lv_point_t pos = letter_pos(ta, ta->cursor.pos);
    if(pos.y == 0) return;
    const int32_t valid_x = ta->cursor.valid_x;
    lv_point_t target = {valid_x, pos.y - p.line_space - p.line_h / 2};
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(letter_on(ta, target)));
    ta->cursor.valid_x = valid_x;
}

} // extern "C"
