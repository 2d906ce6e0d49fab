/**
 * @file lv_textarea.cpp
 * Text area. The text lives in a child label (full width, or content-sized in one-line mode);
 * in password mode the label shows bullets and the real text is kept in pwd_tmp. The cursor
 * is a character index; its area (relative to the label) is refreshed whenever the text,
 * the cursor or the label's size changes, and the view scrolls to keep it visible. The cursor
 * blinks with the CURSOR part's anim_duration and is drawn with that part's styles (the
 * default theme styles it only in the FOCUSED state).
 */
#include "lv_textarea_private.h"

#include <string.h>

namespace {

constexpr uint32_t PWD_SHOW_TIME_DEF = 1500;


void textarea_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void textarea_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void textarea_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_textarea_class = {
    &lv_obj_class, textarea_constructor, textarea_destructor, textarea_event, nullptr, "textarea",
    LV_DPI_DEF * 2, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_textarea_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_textarea_t * as_ta(const lv_obj_t * obj) { return reinterpret_cast<lv_textarea_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_ta(const lv_obj_t * obj) { return obj && lv_obj_has_class(obj, &lv_textarea_class) && as_ta(obj)->label; }

const char * bullet_of(const lv_textarea_t * ta) { return ta->pwd_bullet ? ta->pwd_bullet : LV_SYMBOL_BULLET; }

char * dup_text(const char * txt)
{
    size_t n = lv_strlen(txt);
    char * copy = static_cast<char *>(lv_malloc(n + 1));
    if(copy) lv_memcpy(copy, txt, n + 1);
    return copy;
}

/** The real text: pwd_tmp in password mode, else the label's. */
const char * real_text(const lv_textarea_t * ta)
{
    if(ta->pwd_mode && ta->pwd_tmp) return ta->pwd_tmp;
    return lv_label_get_text(ta->label);
}

uint32_t char_count(const lv_textarea_t * ta) { return lv_text_get_encoded_length(real_text(ta)); }

/** Shows every character of the password as a bullet. */
void hide_password(lv_textarea_t * ta)
{
    if(!ta->pwd_mode || !ta->pwd_tmp) return;
    uint32_t n = lv_text_get_encoded_length(ta->pwd_tmp);
    const char * bullet = bullet_of(ta);
    size_t blen = lv_strlen(bullet);
    char * shown = static_cast<char *>(lv_malloc(blen * n + 1));
    if(!shown) return;
    for(uint32_t i = 0; i < n; i++) lv_memcpy(shown + i * blen, bullet, blen);
    shown[blen * n] = '\0';
    lv_label_set_text(ta->label, shown);
    lv_free(shown);
}

void hide_password_anim_done(lv_anim_t * a)
{
    lv_obj_t * obj = static_cast<lv_obj_t *>(a->var);
    hide_password(as_ta(obj));
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(as_ta(obj)->cursor_pos)); /* the bullets' width differs */
}

void hide_password_anim_exec(void * var, int32_t v)
{
    LV_UNUSED(var);
    LV_UNUSED(v);
}

/** Hides the password after the show time (at once when it is 0). */
void schedule_password_hide(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    if(ta->pwd_show_time == 0) {
        hide_password(ta);
        return;
    }
    lv_anim_delete(obj, hide_password_anim_exec);
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, hide_password_anim_exec);
    lv_anim_set_values(&a, 0, 1);
    lv_anim_set_duration(&a, ta->pwd_show_time);
    lv_anim_set_completed_cb(&a, hide_password_anim_done);
    lv_anim_start(&a);
}

void cursor_blink_exec(void * var, int32_t show)
{
    lv_textarea_t * ta = as_ta(static_cast<lv_obj_t *>(var));
    if(ta->cursor_show == (show ? 1U : 0U)) return;
    ta->cursor_show = show ? 1U : 0U;
    lv_area_t a = ta->cursor_area;
    lv_area_move(&a, ta->label->coords.x1, ta->label->coords.y1);
    lv_obj_invalidate_area(&ta->obj, &a);
}

/** Shows the cursor and restarts blinking (the cursor stays on while the user types). */
void start_cursor_blink(lv_obj_t * obj)
{
    uint32_t blink_time = lv_obj_get_style_anim_duration(obj, LV_PART_CURSOR);
    lv_anim_delete(obj, cursor_blink_exec);
    cursor_blink_exec(obj, 1);
    if(blink_time == 0) return;
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, cursor_blink_exec);
    lv_anim_set_values(&a, 1, 0);
    lv_anim_set_duration(&a, blink_time);
    lv_anim_set_reverse_duration(&a, blink_time);
    lv_anim_set_repeat_count(&a, LV_ANIM_REPEAT_INFINITE);
    lv_anim_set_path_cb(&a, lv_anim_path_step);
    lv_anim_start(&a);
}

/** Scrolls the text area so the cursor area is inside its content box. */
void scroll_to_cursor(lv_textarea_t * ta)
{
    lv_obj_t * obj = &ta->obj;
    lv_area_t cur = ta->cursor_area;
    lv_area_move(&cur, ta->label->coords.x1, ta->label->coords.y1);
    lv_area_t content;
    lv_obj_get_content_coords(obj, &content);
    int32_t dx = 0, dy = 0;
    if(cur.y1 < content.y1) dy = content.y1 - cur.y1;
    else if(cur.y2 > content.y2) dy = content.y2 - cur.y2;
    if(cur.x1 < content.x1) dx = content.x1 - cur.x1;
    else if(cur.x1 + 1 > content.x2) dx = content.x2 - cur.x1 - 1;
    if(dx || dy) lv_obj_scroll_by_bounded(obj, dx, dy, LV_ANIM_OFF);
}

/** Recomputes the cursor area from the cursor position in the label. */
void refresh_cursor_area(lv_obj_t * obj)
{
    lv_textarea_t * ta = as_ta(obj);
    const lv_font_t * font = lv_obj_get_style_text_font(ta->label, LV_PART_MAIN);
    int32_t letter_h = lv_font_get_line_height(font);
    const char * txt = lv_label_get_text(ta->label);
    uint32_t byte = lv_text_encoded_get_byte_id(txt, ta->cursor_pos);
    uint32_t tmp = byte;
    uint32_t letter = lv_text_encoded_next(txt, &tmp);
    if(letter == '\0' || letter == '\n' || letter == '\r') letter = ' '; /* the cursor at a line end is a space wide */

    lv_point_t pos;
    lv_label_get_letter_pos(ta->label, ta->cursor_pos, &pos);
    int32_t letter_w = lv_font_get_glyph_width(font, letter, 0);
    int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_CURSOR);
    int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_CURSOR);
    int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_CURSOR);
    int32_t bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_CURSOR);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_CURSOR);

    lv_area_t old = ta->cursor_area;
    lv_area_move(&old, ta->label->coords.x1, ta->label->coords.y1);
    lv_obj_invalidate_area(obj, &old);

    ta->cursor_area.x1 = pos.x - left - border;
    ta->cursor_area.y1 = pos.y - top;
    ta->cursor_area.x2 = pos.x + letter_w + right + border - 1;
    ta->cursor_area.y2 = pos.y + letter_h + bottom - 1;

    lv_area_t now = ta->cursor_area;
    lv_area_move(&now, ta->label->coords.x1, ta->label->coords.y1);
    lv_obj_invalidate_area(obj, &now);
}

bool char_accepted(const lv_textarea_t * ta, uint32_t c)
{
    if(ta->max_length > 0 && char_count(ta) >= ta->max_length) return false;
    if(!ta->accepted_chars) return true;
    uint32_t i = 0;
    while(ta->accepted_chars[i] != '\0') {
        if(lv_text_encoded_next(ta->accepted_chars, &i) == c) return true;
    }
    return false;
}

/** Inserts already-accepted text at the cursor and moves the cursor after it. */
void insert_at_cursor(lv_obj_t * obj, const char * txt)
{
    lv_textarea_t * ta = as_ta(obj);
    uint32_t n = lv_text_get_encoded_length(txt);
    if(ta->pwd_mode) {
        size_t old_len = lv_strlen(ta->pwd_tmp);
        size_t add = lv_strlen(txt);
        char * grown = static_cast<char *>(lv_realloc(ta->pwd_tmp, old_len + add + 1));
        if(!grown) return;
        ta->pwd_tmp = grown;
        lv_text_ins(ta->pwd_tmp, ta->cursor_pos, txt);
    }
    lv_label_ins_text(ta->label, ta->cursor_pos, txt); /* shown as typed until the password hides */
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(ta->cursor_pos + n));
    if(ta->pwd_mode) schedule_password_hide(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

/** Asks LV_EVENT_INSERT handlers about txt; returns the text to insert (NULL: cancelled). */
const char * run_insert_event(lv_obj_t * obj, const char * txt)
{
    lv_textarea_t * ta = as_ta(obj);
    ta->insert_replace = nullptr;
    if(lv_obj_send_event(obj, LV_EVENT_INSERT, const_cast<char *>(txt)) != LV_RESULT_OK) return nullptr;
    const char * use = ta->insert_replace ? ta->insert_replace : txt;
    ta->insert_replace = nullptr;
    return use[0] == '\0' ? nullptr : use;
}

void label_event(lv_event_t * e)
{
    lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_STYLE_CHANGED || code == LV_EVENT_SIZE_CHANGED) {
        lv_obj_t * obj = lv_obj_get_parent(lv_event_get_current_target_obj(e));
        if(is_ta(obj)) refresh_cursor_area(obj);
    }
}

void textarea_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_textarea_t * ta = as_ta(obj);
    ta->pwd_show_time = PWD_SHOW_TIME_DEF;
    ta->cursor_click_pos = 1;
    ta->cursor_valid_x = 0;
    ta->label = lv_label_create(obj);
    if(!ta->label) return;
    lv_obj_set_width(ta->label, LV_PCT(100));
    lv_label_set_text(ta->label, "");
    lv_obj_add_event_cb(ta->label, label_event, LV_EVENT_ALL, nullptr);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_textarea_set_cursor_pos(obj, 0);
    start_cursor_blink(obj);
}

void textarea_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_textarea_t * ta = as_ta(obj);
    lv_free(ta->placeholder_txt);
    lv_free(ta->pwd_tmp);
    lv_free(ta->pwd_bullet);
    ta->placeholder_txt = ta->pwd_tmp = ta->pwd_bullet = nullptr;
}

void draw_placeholder(lv_textarea_t * ta, lv_layer_t * layer)
{
    if(!ta->placeholder_txt || real_text(ta)[0] != '\0') return;
    lv_obj_t * obj = &ta->obj;
    lv_draw_label_dsc_t dsc;
    lv_draw_label_dsc_init(&dsc);
    lv_obj_init_draw_label_dsc(obj, LV_PART_TEXTAREA_PLACEHOLDER, &dsc);
    if(ta->one_line) dsc.flag = static_cast<lv_text_flag_t>(dsc.flag | LV_TEXT_FLAG_EXPAND);
    int32_t border = lv_obj_get_style_border_width(obj, LV_PART_MAIN);
    lv_area_t coords = obj->coords;
    lv_area_move(&coords, lv_obj_get_style_pad_left(obj, LV_PART_MAIN) + border,
                 lv_obj_get_style_pad_top(obj, LV_PART_MAIN) + border);
    dsc.text = ta->placeholder_txt;
    lv_draw_label(layer, &dsc, &coords);
}

void draw_cursor(lv_textarea_t * ta, lv_layer_t * layer)
{
    if(!ta->cursor_show) return;
    lv_obj_t * obj = &ta->obj;
    lv_draw_rect_dsc_t rect;
    lv_draw_rect_dsc_init(&rect);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_CURSOR, &rect);
    lv_area_t area = ta->cursor_area;
    lv_area_move(&area, ta->label->coords.x1, ta->label->coords.y1);
    lv_draw_rect(layer, &rect, &area);

    /* a filled cursor covers its letter: draw the letter again in the cursor's text color */
    if(rect.bg_opa <= LV_OPA_MIN) return;
    const char * txt = lv_label_get_text(ta->label);
    uint32_t byte = lv_text_encoded_get_byte_id(txt, ta->cursor_pos);
    uint32_t next = byte;
    uint32_t letter = lv_text_encoded_next(txt, &next);
    if(letter == '\0' || letter == '\n') return;
    char buf[8];
    size_t n = next - byte < 7 ? next - byte : 7;
    lv_memcpy(buf, txt + byte, n);
    buf[n] = '\0';
    lv_draw_label_dsc_t label;
    lv_draw_label_dsc_init(&label);
    lv_obj_init_draw_label_dsc(obj, LV_PART_CURSOR, &label);
    label.text = buf;
    label.text_local = 1;
    lv_area_t txt_area = area;
    txt_area.x1 += lv_obj_get_style_pad_left(obj, LV_PART_CURSOR) + lv_obj_get_style_border_width(obj, LV_PART_CURSOR);
    txt_area.y1 += lv_obj_get_style_pad_top(obj, LV_PART_CURSOR);
    lv_draw_label(layer, &label, &txt_area);
}

/** Moves the cursor to the character under the pointer. */
void place_cursor_at_pointer(lv_textarea_t * ta)
{
    lv_indev_t * indev = lv_indev_active();
    if(!indev || !ta->cursor_click_pos) return;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    lv_area_t label_content;
    lv_obj_get_content_coords(ta->label, &label_content);
    lv_point_t rel = {p.x - label_content.x1, p.y - label_content.y1};
    if(rel.y < 0) rel.y = 0;
    if(rel.x < 0) rel.x = 0;
    uint32_t id = lv_label_get_letter_on(ta->label, &rel, false);
    lv_textarea_set_cursor_pos(&ta->obj, static_cast<int32_t>(id));
}

void handle_key(lv_obj_t * obj, uint32_t c)
{
    switch(c) {
        case LV_KEY_RIGHT: lv_textarea_cursor_right(obj); break;
        case LV_KEY_LEFT: lv_textarea_cursor_left(obj); break;
        case LV_KEY_UP: lv_textarea_cursor_up(obj); break;
        case LV_KEY_DOWN: lv_textarea_cursor_down(obj); break;
        case LV_KEY_BACKSPACE: lv_textarea_delete_char(obj); break;
        case LV_KEY_DEL: lv_textarea_delete_char_forward(obj); break;
        case LV_KEY_HOME: lv_textarea_set_cursor_pos(obj, 0); break;
        case LV_KEY_END: lv_textarea_set_cursor_pos(obj, LV_TEXTAREA_CURSOR_LAST); break;
        case LV_KEY_ENTER:
            if(as_ta(obj)->one_line) lv_obj_send_event(obj, LV_EVENT_READY, nullptr);
            else lv_textarea_add_char(obj, '\n');
            break;
        default:
            if(c >= 0x20 || c == '\n') lv_textarea_add_char(obj, c);
            break;
    }
}

void textarea_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_textarea_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_FOCUSED:
        case LV_EVENT_DEFOCUSED:
        case LV_EVENT_STYLE_CHANGED:
            start_cursor_blink(obj);
            refresh_cursor_area(obj);
            break;
        case LV_EVENT_KEY: handle_key(obj, lv_event_get_key(e)); break;
        case LV_EVENT_PRESSED:
        case LV_EVENT_PRESSING: place_cursor_at_pointer(ta); break;
        case LV_EVENT_DRAW_MAIN: draw_placeholder(ta, lv_event_get_layer(e)); break;
        case LV_EVENT_DRAW_POST: draw_cursor(ta, lv_event_get_layer(e)); break;
        default: break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_textarea_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_textarea_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_textarea_add_char(lv_obj_t * obj, uint32_t c)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->one_line && (c == '\n' || c == '\r')) return; /* no line breaks in one-line mode */
    if(!char_accepted(ta, c)) return;
    char buf[5];
    uint32_t n = lv_text_unicode_to_utf8(c, buf);
    buf[n] = '\0';
    const char * use = run_insert_event(obj, buf);
    if(use) insert_at_cursor(obj, use);
}

void lv_textarea_add_text(lv_obj_t * obj, const char * txt)
{
    if(!is_ta(obj) || !txt) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->accepted_chars || ta->max_length || ta->one_line) {
        /* filtered: character by character */
        uint32_t i = 0;
        while(txt[i] != '\0') lv_textarea_add_char(obj, lv_text_encoded_next(txt, &i));
        return;
    }
    const char * use = run_insert_event(obj, txt);
    if(use) insert_at_cursor(obj, use);
}

void lv_textarea_delete_char(lv_obj_t * obj)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->cursor_pos == 0) return;
    char empty[1] = {'\0'};
    if(lv_obj_send_event(obj, LV_EVENT_INSERT, empty) != LV_RESULT_OK) return;
    lv_label_cut_text(ta->label, ta->cursor_pos - 1, 1);
    if(ta->pwd_mode && ta->pwd_tmp) lv_text_cut(ta->pwd_tmp, ta->cursor_pos - 1, 1);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(ta->cursor_pos - 1));
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void lv_textarea_delete_char_forward(lv_obj_t * obj)
{
    if(!is_ta(obj)) return;
    uint32_t pos = as_ta(obj)->cursor_pos;
    if(pos >= char_count(as_ta(obj))) return;
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(pos + 1));
    lv_textarea_delete_char(obj);
}

void lv_textarea_set_text(lv_obj_t * obj, const char * txt)
{
    if(!is_ta(obj) || !txt) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->accepted_chars || ta->max_length) {
        /* clear, then add through the filters */
        lv_label_set_text(ta->label, "");
        if(ta->pwd_mode && ta->pwd_tmp) ta->pwd_tmp[0] = '\0';
        lv_textarea_set_cursor_pos(obj, 0);
        lv_textarea_add_text(obj, txt);
    }
    else {
        if(ta->pwd_mode) {
            char * copy = dup_text(txt);
            if(!copy) return;
            lv_free(ta->pwd_tmp);
            ta->pwd_tmp = copy;
            hide_password(ta);
        }
        else {
            lv_label_set_text(ta->label, txt);
        }
        lv_textarea_set_cursor_pos(obj, LV_TEXTAREA_CURSOR_LAST);
    }
    lv_obj_invalidate(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
}

void lv_textarea_set_placeholder_text(lv_obj_t * obj, const char * txt)
{
    if(!is_ta(obj) || !txt) return;
    lv_textarea_t * ta = as_ta(obj);
    lv_free(ta->placeholder_txt);
    ta->placeholder_txt = txt[0] ? dup_text(txt) : nullptr;
    lv_obj_invalidate(obj);
}

void lv_textarea_set_cursor_pos(lv_obj_t * obj, int32_t pos)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    int32_t len = static_cast<int32_t>(char_count(ta));
    if(pos < 0) pos = len + pos + 1;
    if(pos < 0) pos = 0;
    if(pos > len || pos == LV_TEXTAREA_CURSOR_LAST) pos = len;
    ta->cursor_pos = static_cast<uint32_t>(pos);
    lv_obj_update_layout(obj); /* the label's size and position place the cursor */
    refresh_cursor_area(obj);
    scroll_to_cursor(ta);
    ta->cursor_valid_x = ta->cursor_area.x1;
    start_cursor_blink(obj);
}

void lv_textarea_set_cursor_click_pos(lv_obj_t * obj, bool en)
{
    if(is_ta(obj)) as_ta(obj)->cursor_click_pos = en ? 1U : 0U;
}

void lv_textarea_set_password_mode(lv_obj_t * obj, bool en)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->pwd_mode == (en ? 1U : 0U)) return;
    if(en) {
        char * copy = dup_text(lv_label_get_text(ta->label));
        if(!copy) return;
        lv_free(ta->pwd_tmp);
        ta->pwd_tmp = copy;
        ta->pwd_mode = 1;
        hide_password(ta);
    }
    else {
        ta->pwd_mode = 0;
        if(ta->pwd_tmp) lv_label_set_text(ta->label, ta->pwd_tmp);
        lv_free(ta->pwd_tmp);
        ta->pwd_tmp = nullptr;
    }
    refresh_cursor_area(obj);
}

void lv_textarea_set_password_bullet(lv_obj_t * obj, const char * bullet)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    lv_free(ta->pwd_bullet);
    ta->pwd_bullet = (bullet && bullet[0]) ? dup_text(bullet) : nullptr;
    hide_password(ta);
    refresh_cursor_area(obj);
}

void lv_textarea_set_one_line(lv_obj_t * obj, bool en)
{
    if(!is_ta(obj)) return;
    lv_textarea_t * ta = as_ta(obj);
    if(ta->one_line == (en ? 1U : 0U)) return;
    ta->one_line = en ? 1U : 0U;
    lv_obj_set_width(ta->label, en ? LV_SIZE_CONTENT : LV_PCT(100));
    lv_obj_set_style_min_width(ta->label, en ? LV_PCT(100) : 0, 0);
    if(en) lv_obj_set_height(obj, LV_SIZE_CONTENT);
    else lv_obj_remove_local_style_prop(obj, LV_STYLE_HEIGHT, LV_PART_MAIN);
    lv_obj_scroll_to(obj, 0, 0, LV_ANIM_OFF);
}

void lv_textarea_set_accepted_chars(lv_obj_t * obj, const char * list)
{
    if(is_ta(obj)) as_ta(obj)->accepted_chars = list;
}

void lv_textarea_set_max_length(lv_obj_t * obj, uint32_t num)
{
    if(is_ta(obj)) as_ta(obj)->max_length = num;
}

void lv_textarea_set_insert_replace(lv_obj_t * obj, const char * txt)
{
    if(is_ta(obj)) as_ta(obj)->insert_replace = txt;
}

void lv_textarea_set_text_selection(lv_obj_t * obj, bool en)
{
    if(!is_ta(obj)) return;
    as_ta(obj)->text_sel_en = en ? 1U : 0U;
    if(!en) lv_textarea_clear_selection(obj);
}

void lv_textarea_set_password_show_time(lv_obj_t * obj, uint32_t time)
{
    if(is_ta(obj)) as_ta(obj)->pwd_show_time = time;
}

void lv_textarea_set_align(lv_obj_t * obj, lv_text_align_t align)
{
    if(!is_ta(obj)) return;
    lv_obj_set_style_text_align(obj, align, 0);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(as_ta(obj)->cursor_pos));
}

const char * lv_textarea_get_text(const lv_obj_t * obj)
{
    return is_ta(obj) ? real_text(as_ta(obj)) : nullptr;
}

const char * lv_textarea_get_placeholder_text(lv_obj_t * obj)
{
    if(!is_ta(obj)) return nullptr;
    return as_ta(obj)->placeholder_txt ? as_ta(obj)->placeholder_txt : "";
}

lv_obj_t * lv_textarea_get_label(const lv_obj_t * obj) { return is_ta(obj) ? as_ta(obj)->label : nullptr; }
uint32_t lv_textarea_get_cursor_pos(const lv_obj_t * obj) { return is_ta(obj) ? as_ta(obj)->cursor_pos : 0; }
bool lv_textarea_get_cursor_click_pos(lv_obj_t * obj) { return is_ta(obj) && as_ta(obj)->cursor_click_pos; }
bool lv_textarea_get_password_mode(const lv_obj_t * obj) { return is_ta(obj) && as_ta(obj)->pwd_mode; }
const char * lv_textarea_get_password_bullet(lv_obj_t * obj) { return is_ta(obj) ? bullet_of(as_ta(obj)) : nullptr; }
bool lv_textarea_get_one_line(const lv_obj_t * obj) { return is_ta(obj) && as_ta(obj)->one_line; }
const char * lv_textarea_get_accepted_chars(lv_obj_t * obj) { return is_ta(obj) ? as_ta(obj)->accepted_chars : nullptr; }
uint32_t lv_textarea_get_max_length(lv_obj_t * obj) { return is_ta(obj) ? as_ta(obj)->max_length : 0; }
bool lv_textarea_get_text_selection(lv_obj_t * obj) { return is_ta(obj) && as_ta(obj)->text_sel_en; }
uint32_t lv_textarea_get_password_show_time(lv_obj_t * obj) { return is_ta(obj) ? as_ta(obj)->pwd_show_time : 0; }

bool lv_textarea_text_is_selected(const lv_obj_t * obj)
{
    if(!is_ta(obj)) return false;
    lv_obj_t * label = as_ta(obj)->label;
    uint32_t start = lv_label_get_text_selection_start(label);
    uint32_t end = lv_label_get_text_selection_end(label);
    return start != LV_LABEL_TEXT_SELECTION_OFF && end != LV_LABEL_TEXT_SELECTION_OFF && start != end;
}

uint32_t lv_textarea_get_current_char(lv_obj_t * obj)
{
    if(!is_ta(obj) || as_ta(obj)->cursor_pos == 0) return 0;
    const char * txt = real_text(as_ta(obj));
    uint32_t byte = lv_text_encoded_get_byte_id(txt, as_ta(obj)->cursor_pos - 1);
    return lv_text_encoded_next(txt, &byte);
}

void lv_textarea_clear_selection(lv_obj_t * obj)
{
    if(!is_ta(obj)) return;
    lv_obj_t * label = as_ta(obj)->label;
    lv_label_set_text_selection_start(label, LV_LABEL_TEXT_SELECTION_OFF);
    lv_label_set_text_selection_end(label, LV_LABEL_TEXT_SELECTION_OFF);
}

void lv_textarea_cursor_right(lv_obj_t * obj)
{
    if(is_ta(obj)) lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(as_ta(obj)->cursor_pos + 1));
}

void lv_textarea_cursor_left(lv_obj_t * obj)
{
    if(is_ta(obj) && as_ta(obj)->cursor_pos > 0) lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(as_ta(obj)->cursor_pos - 1));
}

/** Moves the cursor one line up (dir -1) or down (+1), keeping its x where possible. */
static void cursor_vertical(lv_obj_t * obj, int32_t dir)
{
    lv_textarea_t * ta = as_ta(obj);
    const lv_font_t * font = lv_obj_get_style_text_font(ta->label, LV_PART_MAIN);
    int32_t step = lv_font_get_line_height(font) + lv_obj_get_style_text_line_space(ta->label, LV_PART_MAIN);
    lv_point_t pos;
    lv_label_get_letter_pos(ta->label, ta->cursor_pos, &pos);
    pos.y += dir * step + step / 2;
    if(pos.y < 0) return; /* already on the first line */
    if(pos.y >= lv_obj_get_content_height(ta->label) && dir > 0) return; /* already on the last line */
    int32_t valid_x = ta->cursor_valid_x;
    pos.x = valid_x;
    uint32_t id = lv_label_get_letter_on(ta->label, &pos, false);
    lv_textarea_set_cursor_pos(obj, static_cast<int32_t>(id));
    ta->cursor_valid_x = valid_x;
}

void lv_textarea_cursor_down(lv_obj_t * obj)
{
    if(is_ta(obj)) cursor_vertical(obj, 1);
}

void lv_textarea_cursor_up(lv_obj_t * obj)
{
    if(is_ta(obj)) cursor_vertical(obj, -1);
}

} // extern "C"
