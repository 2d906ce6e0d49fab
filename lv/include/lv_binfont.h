/**
 * @file lv_binfont.h
 * Fonts loaded at run time from LVGL's binary font format (lv_font_conv --format bin).
 */
#ifndef LV_BINFONT_H
#define LV_BINFONT_H

#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    uint32_t font_size;
    const char * path;
    const void * buffer;
    uint32_t buffer_size;
} lv_binfont_font_src_t;

/** Loads a font file; NULL when it cannot be read or is not a valid font. */
lv_font_t * lv_binfont_create(const char * path);
/** Loads a font from memory (the bytes are copied). */
lv_font_t * lv_binfont_create_from_buffer(void * buffer, uint32_t size);
void lv_binfont_destroy(lv_font_t * font);

#ifdef __cplusplus
}
#endif

#endif
