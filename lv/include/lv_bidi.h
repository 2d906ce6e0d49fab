/**
 * @file lv_bidi.h
 * Bidirectional text. This build has LV_USE_BIDI 0, as the reference build: text is laid out
 * left to right and these functions give the results LVGL gives without bidi support.
 */
#ifndef LV_BIDI_H
#define LV_BIDI_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* LV_USE_BIDI is 0 in lv_conf.h. */

/** Resolves LV_TEXT_ALIGN_AUTO for `txt` written in `base_dir`: left, as text runs left to
 *  right without bidi support (`base_dir` is left as it is). */
void lv_bidi_calculate_align(lv_text_align_t * align, lv_base_dir_t * base_dir, const char * txt);

/** Sets the neutral characters (the string must stay valid: it is not copied). */
void lv_bidi_set_custom_neutrals_static(const char * neutrals);

#ifdef __cplusplus
}
#endif

#endif
