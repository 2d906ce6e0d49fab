// UTF-8 decoding and encoding. Malformed bytes decode as themselves (one byte each), so
// broken text still advances and never reads past the terminating NUL.
#include <string.h>

#include "lv_text.h"

namespace {

bool is_continuation(char c) { return ((uint8_t)c & 0xC0) == 0x80; }

} // namespace

extern "C" {

// NULL text (None from a script) reads as empty text: these return 0 instead of faulting

uint8_t lv_text_encoded_size(const char * str)
{
    if(!str) return 0;
    uint8_t c = (uint8_t)str[0];
    if(c < 0x80) return 1;
    if((c & 0xE0) == 0xC0) return 2;
    if((c & 0xF0) == 0xE0) return 3;
    if((c & 0xF8) == 0xF0) return 4;
    return 0;
}

uint32_t lv_text_encoded_next(const char * txt, uint32_t * i)
{
    uint32_t local = 0;
    if(i == NULL) i = &local;
    if(!txt) return 0;
    const uint8_t * s = (const uint8_t *)txt + *i;
    uint8_t size = lv_text_encoded_size((const char *)s);
    if(size <= 1) {
        (*i)++;
        return s[0];
    }
    /* every continuation byte must be present (a NUL stops the check) */
    for(uint8_t k = 1; k < size; k++) {
        if(!is_continuation((char)s[k])) {
            (*i)++;
            return s[0];
        }
    }
    uint32_t cp;
    if(size == 2) cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    else if(size == 3) cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    else cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    *i += size;
    return cp;
}

uint32_t lv_text_encoded_prev(const char * txt, uint32_t * i)
{
    if(!txt || !i || *i == 0) return 0;
    uint32_t start = *i;
    /* step back over at most 3 continuation bytes to a lead byte */
    uint32_t k = start - 1;
    int steps = 0;
    while(k > 0 && is_continuation(txt[k]) && steps < 3) {
        k--;
        steps++;
    }
    uint32_t probe = k;
    uint32_t cp = lv_text_encoded_next(txt, &probe);
    if(probe != start) {
        /* not a well-formed sequence ending at start: step back one byte */
        *i = start - 1;
        return (uint8_t)txt[start - 1];
    }
    *i = k;
    return cp;
}

uint32_t lv_text_encoded_get_byte_id(const char * txt, uint32_t utf8_id)
{
    uint32_t byte = 0;
    if(!txt) return 0;
    for(uint32_t n = 0; n < utf8_id && txt[byte] != '\0'; n++) lv_text_encoded_next(txt, &byte);
    return byte;
}

uint32_t lv_text_encoded_get_char_id(const char * txt, uint32_t byte_id)
{
    uint32_t i = 0;
    uint32_t n = 0;
    if(!txt) return 0;
    while(i < byte_id && txt[i] != '\0') {
        lv_text_encoded_next(txt, &i);
        n++;
    }
    return n;
}

uint32_t lv_text_get_encoded_length(const char * txt)
{
    uint32_t i = 0;
    uint32_t n = 0;
    if(!txt) return 0;
    while(txt[i] != '\0') {
        lv_text_encoded_next(txt, &i);
        n++;
    }
    return n;
}

uint32_t lv_text_unicode_to_utf8(uint32_t cp, char * buf)
{
    char scratch[4];
    if(!buf) buf = scratch;  // NULL: only the length
    if(cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    if(cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if(cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | ((cp >> 18) & 0x07));
    buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t lv_text_unicode_to_encoded(uint32_t letter_uni)
{
    char bytes[4] = {0, 0, 0, 0};
    uint32_t n = lv_text_unicode_to_utf8(letter_uni, bytes);
    uint32_t packed = 0;
    for(uint32_t k = 0; k < n; k++) packed |= (uint32_t)(uint8_t)bytes[k] << (8 * k);
    return packed;
}

void lv_text_ins(char * txt_buf, uint32_t pos, const char * ins_txt)
{
    if(txt_buf == NULL || ins_txt == NULL) return;
    size_t old_len = strlen(txt_buf);
    size_t ins_len = strlen(ins_txt);
    if(ins_len == 0) return;
    uint32_t byte_pos = lv_text_encoded_get_byte_id(txt_buf, pos);
    memmove(txt_buf + byte_pos + ins_len, txt_buf + byte_pos, old_len - byte_pos + 1);
    memcpy(txt_buf + byte_pos, ins_txt, ins_len);
}

void lv_text_cut(char * txt, uint32_t pos, uint32_t len)
{
    if(txt == NULL) return;
    size_t old_len = strlen(txt);
    uint32_t start = lv_text_encoded_get_byte_id(txt, pos);
    uint32_t end = start + lv_text_encoded_get_byte_id(txt + start, len);
    memmove(txt + start, txt + end, old_len - end + 1);
}

} // extern "C"
