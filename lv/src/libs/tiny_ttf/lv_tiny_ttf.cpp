/**
 * @file lv_tiny_ttf.cpp
 * LVGL's tiny_ttf API over lv_ttf_font: fonts from .ttf data in memory or from a file.
 */
#include "lv_ttf_font.h"
#include "misc/lv_fs_private.h"

#if LV_USE_TINY_TTF

namespace {

constexpr uint32_t kMaxFileSize = 64u << 20;

lv_ttf_font_params_t tiny_params(int32_t font_size, lv_font_kerning_t kerning, size_t cache_size)
{
    lv_ttf_font_params_t p{};
    p.metrics = LV_TTF_METRICS_TINY_TTF;
    p.size = font_size;
    p.kerning = kerning == LV_FONT_KERNING_NONE ? LV_FONT_KERNING_NONE : LV_FONT_KERNING_NORMAL;
    /* a cache larger than the font has glyphs helps nothing; bounded so a huge request
     * cannot ask for gigabytes of slots */
    p.cache_size = cache_size > 65536 ? 65536 : (uint32_t)cache_size;
    return p;
}

void free_data(void * data) { lv_free(data); }

} // namespace

extern "C" {

#if LV_TINY_TTF_FILE_SUPPORT
lv_font_t * lv_tiny_ttf_create_file_ex(const char * path, int32_t font_size, lv_font_kerning_t kerning,
                                       size_t cache_size)
{
    if(path == NULL || font_size <= 0) return NULL;
    uint32_t size = 0;
    void * data = lv_fs_load_file(path, kMaxFileSize, &size);
    if(data == NULL) return NULL;
    lv_ttf_font_params_t p = tiny_params(font_size, kerning, cache_size);
    return lv_ttf_font_create(data, size, &p, free_data, data);
}

lv_font_t * lv_tiny_ttf_create_file(const char * path, int32_t font_size)
{
    return lv_tiny_ttf_create_file_ex(path, font_size, LV_FONT_KERNING_NORMAL, LV_TINY_TTF_CACHE_GLYPH_CNT);
}
#endif

lv_font_t * lv_tiny_ttf_create_data_ex(const void * data, size_t data_size, int32_t font_size,
                                       lv_font_kerning_t kerning, size_t cache_size)
{
    if(data == NULL) return NULL;
    lv_ttf_font_params_t p = tiny_params(font_size, kerning, cache_size);
    return lv_ttf_font_create(data, data_size, &p, NULL, NULL);
}

lv_font_t * lv_tiny_ttf_create_data(const void * data, size_t data_size, int32_t font_size)
{
    return lv_tiny_ttf_create_data_ex(data, data_size, font_size, LV_FONT_KERNING_NORMAL,
                                      LV_TINY_TTF_CACHE_GLYPH_CNT);
}

void lv_tiny_ttf_set_size(lv_font_t * font, int32_t font_size)
{
    const lv_ttf_font_params_t * p = lv_ttf_font_params(font);
    if(p && p->metrics == LV_TTF_METRICS_TINY_TTF) lv_ttf_font_set_size(font, font_size);
}

void lv_tiny_ttf_destroy(lv_font_t * font)
{
    const lv_ttf_font_params_t * p = lv_ttf_font_params(font);
    if(p && p->metrics == LV_TTF_METRICS_TINY_TTF) lv_ttf_font_destroy(font);
}

} // extern "C"

#endif /*LV_USE_TINY_TTF*/
