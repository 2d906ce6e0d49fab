/**
 * @file lv_bidi.cpp
 * Bidi functions with LV_USE_BIDI 0: text is laid out left to right.
 */
#include "core/lv_global.h"

extern "C" {

void lv_bidi_calculate_align(lv_text_align_t * align, lv_base_dir_t * base_dir, const char * txt)
{
    LV_UNUSED(base_dir);
    LV_UNUSED(txt);
    if(align && *align == LV_TEXT_ALIGN_AUTO) *align = LV_TEXT_ALIGN_LEFT;
}

void lv_bidi_set_custom_neutrals_static(const char * neutrals) { lv_global.bidi_neutrals = neutrals; }

} // extern "C"
