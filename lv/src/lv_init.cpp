/**
 * @file lv_init.cpp
 * Engine start and stop, and the root the garbage collector scans.
 */
#include "core/lv_global.h"
#include "core/lv_draw_deps.h"
#include "draw/lv_image_resolve.h"

lv_global_t lv_global;

extern "C" void lv_anim_core_init(void);
extern "C" void lv_anim_core_deinit(void);
void lv_layout_init(void);
void lv_indev_deinit_all(void);
void lv_group_deinit_all(void);

extern "C" {

void lv_init(void)
{
    if(lv_global.inited) return;
    lv_memzero(&lv_global, sizeof(lv_global));
    lv_mem_init();
    lv_global.timer_enabled = true;
    lv_global.style_refresh_enabled = true;
    lv_draw_init();
    lv_layout_init();
    lv_anim_core_init();
    lv_image_decoder_init();
    lv_lodepng_init();
#if LV_USE_FREETYPE
    lv_freetype_init(LV_FREETYPE_CACHE_FT_GLYPH_CNT);
#endif
    lv_bmp_init();
    lv_global.inited = true;
}

void lv_deinit(void)
{
    if(!lv_global.inited) return;
    lv_indev_deinit_all();
    lv_group_deinit_all();
    while(lv_global.disp_head) lv_display_delete(lv_global.disp_head);
    lv_theme_default_deinit();
    lv_theme_simple_deinit();
    lv_theme_mono_deinit();
    lv_objid_builtin_destroy();
    lv_anim_core_deinit();
    while(lv_global.timer_head) lv_timer_delete(lv_global.timer_head);
    lv_free(lv_global.layout_list);
    lv_image_decoder_deinit();
    lv_free(lv_global.fs.drivers);
    lv_draw_deinit();
    lv_mem_deinit();
    lv_memzero(&lv_global, sizeof(lv_global));
}

bool lv_is_initialized(void) { return lv_global.inited; }

void lv_global_get_root(void ** start, size_t * size)
{
    if(start) *start = &lv_global;
    if(size) *size = sizeof(lv_global);
}

} // extern "C"
