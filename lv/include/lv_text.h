/**
 * @file lv_text.h
 * Text measuring, line breaking and UTF-8 helpers.
 */
#ifndef LV_TEXT_H
#define LV_TEXT_H

#include "lv_area.h"
#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_TXT_COLOR_CMD "#"
#define LV_TXT_ENC_UTF8 1
#define LV_TXT_ENC_ASCII 2
#define LV_TXT_ENC LV_TXT_ENC_UTF8
/** Lines may break after these characters. */
#define LV_TXT_BREAK_CHARS " ,.;:-_)]}"
/** Words longer than this are broken anywhere (0: never). */
#define LV_TXT_LINE_BREAK_LONG_LEN 0
#define LV_TXT_LINE_BREAK_LONG_PRE_MIN_LEN 3
#define LV_TXT_LINE_BREAK_LONG_POST_MIN_LEN 3
#define LV_TEXT_LEN_MAX UINT32_MAX

typedef enum {
    LV_TEXT_CMD_STATE_WAIT, /**< waiting for a command character */
    LV_TEXT_CMD_STATE_PAR,  /**< reading the color parameter */
    LV_TEXT_CMD_STATE_IN,   /**< inside a recolored run */
} lv_text_cmd_state_t;

/** Size of a text block: the widest line and the height of all lines. max_width bounds the
 *  lines (wrapping) unless flag has LV_TEXT_FLAG_EXPAND. */
void lv_text_get_size(lv_point_t * size_res, const char * text, const lv_font_t * font, int32_t letter_space,
                      int32_t line_space, int32_t max_width, lv_text_flag_t flag);
/** Width of `length` bytes of text on one line. */
int32_t lv_text_get_width(const char * txt, uint32_t length, const lv_font_t * font, int32_t letter_space);
int32_t lv_text_get_width_with_flags(const char * txt, uint32_t length, const lv_font_t * font, int32_t letter_space,
                                     lv_text_flag_t flags);
/** Advances the recolor state machine; true when `c` belongs to a command (not drawn). */
bool lv_text_is_cmd(lv_text_cmd_state_t * state, uint32_t c);
/** Bytes of the next line of txt[0..len) that fits max_width; *used_width receives its width. */
uint32_t lv_text_get_next_line(const char * txt, uint32_t len, const lv_font_t * font, int32_t letter_space,
                               int32_t max_width, int32_t * used_width, lv_text_flag_t flag);
/** Inserts txt_add at character position pos of txt_buf (which must have room). */
void lv_text_ins(char * txt_buf, uint32_t pos, const char * ins_txt);
/** Removes len characters at character position pos. */
void lv_text_cut(char * txt, uint32_t pos, uint32_t len);

/* UTF-8 */
/** Bytes of the UTF-8 sequence starting with byte `str[0]` (1..4, 0 for a bad lead byte). */
uint8_t lv_text_encoded_size(const char * str);
/** Decodes the character at txt[*i] and moves *i past it (i may be NULL). Bad bytes decode as themselves. */
uint32_t lv_text_encoded_next(const char * txt, uint32_t * i);
/** Decodes the character before txt[*i] and moves *i back to it. */
uint32_t lv_text_encoded_prev(const char * txt, uint32_t * i);
/** Byte index of character number `utf8_id`. */
uint32_t lv_text_encoded_get_byte_id(const char * txt, uint32_t utf8_id);
/** Character number of byte index `byte_id`. */
uint32_t lv_text_encoded_get_char_id(const char * txt, uint32_t byte_id);
/** Number of characters in a NUL-terminated string. */
uint32_t lv_text_get_encoded_length(const char * txt);
/** The UTF-8 bytes of a code point packed little-endian into a uint32_t (as LVGL does). */
uint32_t lv_text_unicode_to_encoded(uint32_t letter_uni);
/** Writes the UTF-8 of a code point to buf (4 bytes room), returns the byte count. */
uint32_t lv_text_unicode_to_utf8(uint32_t letter_uni, char * buf);

#ifdef __cplusplus
}
#endif

#endif
