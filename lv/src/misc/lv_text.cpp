// Text measuring and line breaking, with LVGL's rules: lines break after a break character
// when the next word does not fit; a word longer than a line is split only when it is the
// first word of the line; '\n' and '\r' end lines; recolor commands take no room.
#include <string.h>

#include "lv_text.h"

namespace {

constexpr uint32_t kNoBreak = UINT32_MAX;

bool is_break_char(uint32_t letter)
{
    for(const char * b = LV_TXT_BREAK_CHARS; *b; b++) {
        if(letter == (uint32_t)(uint8_t)*b) return true;
    }
    return false;
}

/* Characters that take no room and draw nothing. */
bool is_marker(uint32_t letter) { return letter < 0x20 || letter == 0xF8FF || letter == 0x200C; }

int32_t glyph_width(const lv_font_t * font, uint32_t letter, uint32_t letter_next)
{
    if(is_marker(letter)) return 0;
    return lv_font_get_glyph_width(font, letter, letter_next);
}

/* Measures the word at txt (up to and including a break character). Returns the bytes it
 * takes, or 0 when it does not fit into max_width and `force` is off. With `force` a word
 * that does not fit is cut where it stops fitting. *word_w receives the width that fits. */
uint32_t next_word(const char * txt, const lv_font_t * font, int32_t letter_space, int32_t max_width,
                   lv_text_flag_t flag, int32_t * word_w, lv_text_cmd_state_t * cmd_state, bool force)
{
    if(txt[0] == '\0') return 0;
    uint32_t i = 0;
    uint32_t i_next = 0;
    uint32_t letter = lv_text_encoded_next(txt, &i_next);
    uint32_t i_after = i_next;
    uint32_t letter_next = 0;
    int32_t width = 0;
    uint32_t break_at = kNoBreak;
    uint32_t word_len = 0;
    while(txt[i] != '\0') {
        letter_next = lv_text_encoded_next(txt, &i_after);
        word_len++;
        bool is_cmd = (flag & LV_TEXT_FLAG_RECOLOR) && lv_text_is_cmd(cmd_state, letter);
        if(!is_cmd) {
            int32_t w = glyph_width(font, letter, letter_next);
            width += w;
            if(w > 0) width += letter_space;
            if(break_at == kNoBreak && width - letter_space > max_width) break_at = i;
            if(letter == '\n' || letter == '\r' || is_break_char(letter) || (flag & LV_TEXT_FLAG_BREAK_ALL)) {
                if(i == 0 && break_at == kNoBreak) *word_w = width;
                word_len--;
                if(flag & LV_TEXT_FLAG_BREAK_ALL && letter != '\n' && letter != '\r' && break_at == kNoBreak) {
                    /* every character is a word of its own */
                    *word_w = width;
                    return i_next;
                }
                break;
            }
            if(break_at == kNoBreak) *word_w = width;
        }
        i = i_next;
        i_next = i_after;
        letter = letter_next;
    }
    if(break_at == kNoBreak) {
        if(word_len == 0 || (letter == '\r' && letter_next == '\n')) i = i_next;
        return i;
    }
    if(force) return break_at;
    *word_w = 0;
    return 0;
}

} // namespace

extern "C" {

bool lv_text_is_cmd(lv_text_cmd_state_t * state, uint32_t c)
{
    bool ret = false;
    if(!state) return false;
    if(c == (uint32_t)LV_TXT_COLOR_CMD[0]) {
        if(*state == LV_TEXT_CMD_STATE_WAIT) {
            *state = LV_TEXT_CMD_STATE_PAR;
            ret = true;
        }
        else if(*state == LV_TEXT_CMD_STATE_PAR) {
            /* a second '#' right away escapes it: it is drawn */
            *state = LV_TEXT_CMD_STATE_WAIT;
        }
        else {
            *state = LV_TEXT_CMD_STATE_WAIT;
            ret = true;
        }
    }
    if(*state == LV_TEXT_CMD_STATE_PAR) {
        if(c == ' ') *state = LV_TEXT_CMD_STATE_IN;
        ret = true;
    }
    return ret;
}

uint32_t lv_text_get_next_line(const char * txt, uint32_t len, const lv_font_t * font, int32_t letter_space,
                               int32_t max_width, int32_t * used_width, lv_text_flag_t flag)
{
    if(used_width) *used_width = 0;
    if(txt == NULL || txt[0] == '\0' || font == NULL) return 0;
    if(flag & LV_TEXT_FLAG_EXPAND) max_width = LV_COORD_MAX;
    lv_text_cmd_state_t cmd_state = LV_TEXT_CMD_STATE_WAIT;
    uint32_t i = 0;
    int32_t line_w = 0;
    while(txt[i] != '\0' && max_width > 0 && i < len) {
        int32_t word_w = 0;
        uint32_t advance = next_word(&txt[i], font, letter_space, max_width, flag, &word_w, &cmd_state, i == 0);
        max_width -= word_w;
        line_w += word_w;
        if(advance == 0) break;
        i += advance;
        if(txt[0] == '\n' || txt[0] == '\r') break;
        if(txt[i] == '\n' || txt[i] == '\r') {
            i++; /* the newline belongs to this line */
            break;
        }
    }
    if(i == 0) {
        /* nothing fits: take one character anyway so callers always progress */
        uint32_t letter = lv_text_encoded_next(txt, &i);
        if(used_width) *used_width = glyph_width(font, letter, 0);
    }
    else if(used_width) {
        *used_width = line_w;
    }
    if(i > len) i = len;
    return i;
}

int32_t lv_text_get_width_with_flags(const char * txt, uint32_t length, const lv_font_t * font, int32_t letter_space,
                                     lv_text_flag_t flags)
{
    if(txt == NULL || font == NULL || txt[0] == '\0') return 0;
    lv_text_cmd_state_t cmd_state = LV_TEXT_CMD_STATE_WAIT;
    uint32_t i = 0;
    int32_t width = 0;
    while(i < length && txt[i] != '\0') {
        uint32_t letter = lv_text_encoded_next(txt, &i);
        uint32_t peek = i;
        uint32_t letter_next = lv_text_encoded_next(txt, &peek);
        if((flags & LV_TEXT_FLAG_RECOLOR) && lv_text_is_cmd(&cmd_state, letter)) continue;
        int32_t w = glyph_width(font, letter, letter_next);
        if(w > 0) width += w + letter_space;
    }
    if(width > 0) width -= letter_space;
    return width;
}

int32_t lv_text_get_width(const char * txt, uint32_t length, const lv_font_t * font, int32_t letter_space)
{
    return lv_text_get_width_with_flags(txt, length, font, letter_space, LV_TEXT_FLAG_NONE);
}

void lv_text_get_size(lv_point_t * size_res, const char * text, const lv_font_t * font, int32_t letter_space,
                      int32_t line_space, int32_t max_width, lv_text_flag_t flag)
{
    size_res->x = 0;
    size_res->y = 0;
    if(text == NULL || font == NULL) return;
    if(flag & LV_TEXT_FLAG_EXPAND) max_width = LV_COORD_MAX;
    int32_t letter_height = lv_font_get_line_height(font);
    uint32_t line_start = 0;
    while(text[line_start] != '\0') {
        uint32_t line_len = lv_text_get_next_line(&text[line_start], LV_TEXT_LEN_MAX, font, letter_space, max_width,
                                                  NULL, flag);
        if((int64_t)size_res->y + letter_height + line_space > INT32_MAX) return;
        size_res->y += letter_height + line_space;
        int32_t w = lv_text_get_width_with_flags(&text[line_start], line_len, font, letter_space, flag);
        if(w > size_res->x) size_res->x = w;
        line_start += line_len;
    }
    /* a text ending in a newline has an empty last line */
    if(line_start != 0 && (text[line_start - 1] == '\n' || text[line_start - 1] == '\r')) {
        size_res->y += letter_height + line_space;
    }
    if(size_res->y == 0) size_res->y = letter_height;
    else size_res->y -= line_space;
}

} // extern "C"
