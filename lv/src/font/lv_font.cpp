// The font interface: glyph lookup through fallbacks, the missing-glyph placeholder,
// line height and bitmaps.
#include "lv_font.h"
#include "lv_mem.h"

extern "C" {

bool lv_font_get_glyph_dsc(const lv_font_t * font, lv_font_glyph_dsc_t * dsc_out, uint32_t letter, uint32_t letter_next)
{
    if(dsc_out == NULL) return false;
    *dsc_out = lv_font_glyph_dsc_t{};
    if(font == NULL) return false;
    const lv_font_t * placeholder_font = NULL;
    for(const lv_font_t * f = font; f != NULL; f = f->fallback) {
        if(f->get_glyph_dsc == NULL) continue;
        if(f->get_glyph_dsc(f, dsc_out, letter, letter_next)) {
            if(!dsc_out->is_placeholder) {
                dsc_out->resolved_font = f;
                return true;
            }
            if(placeholder_font == NULL) placeholder_font = f;
        }
    }
    if(placeholder_font != NULL) {
        placeholder_font->get_glyph_dsc(placeholder_font, dsc_out, letter, letter_next);
        dsc_out->resolved_font = placeholder_font;
        return true;
    }
    /* No font has it: a box half the line height wide (drawn as a frame), like LVGL. */
#if LV_USE_FONT_PLACEHOLDER
    dsc_out->box_w = (uint16_t)(font->line_height / 2);
    dsc_out->adv_w = (uint16_t)(dsc_out->box_w + 2);
#else
    dsc_out->box_w = 0;
    dsc_out->adv_w = 0;
#endif
    dsc_out->resolved_font = NULL;
    dsc_out->box_h = (uint16_t)font->line_height;
    dsc_out->ofs_x = 0;
    dsc_out->ofs_y = 0;
    dsc_out->format = LV_FONT_GLYPH_FORMAT_NONE;
    dsc_out->is_placeholder = 1;
    return false;
}

const void * lv_font_get_glyph_bitmap(lv_font_glyph_dsc_t * g_dsc, lv_draw_buf_t * draw_buf)
{
    if(!g_dsc) return NULL;
    const lv_font_t * f = g_dsc->resolved_font;
    if(f == NULL || f->get_glyph_bitmap == NULL) return NULL;
    return f->get_glyph_bitmap(g_dsc, draw_buf);
}

const void * lv_font_get_glyph_static_bitmap(lv_font_glyph_dsc_t * g_dsc)
{
    return lv_font_get_glyph_bitmap(g_dsc, NULL);
}

void lv_font_glyph_release_draw_data(lv_font_glyph_dsc_t * g_dsc)
{
    if(!g_dsc) return;
    const lv_font_t * f = g_dsc->resolved_font;
    if(f != NULL && f->release_glyph != NULL) f->release_glyph(f, g_dsc);
}

uint16_t lv_font_get_glyph_width(const lv_font_t * font, uint32_t letter, uint32_t letter_next)
{
    if(font == NULL) return 0;
    lv_font_glyph_dsc_t g;
    lv_font_get_glyph_dsc(font, &g, letter, letter_next);
    return g.adv_w;
}

int32_t lv_font_get_line_height(const lv_font_t * font) { return font ? font->line_height : 0; }

void lv_font_set_kerning(lv_font_t * font, lv_font_kerning_t kerning)
{
    if(font) font->kerning = kerning == LV_FONT_KERNING_NONE ? 1 : 0;
}

const lv_font_t * lv_font_get_default(void) { return LV_FONT_DEFAULT; }

bool lv_font_has_static_bitmap(const lv_font_t * font) { return font && font->static_bitmap; }

bool lv_font_info_is_equal(const lv_font_info_t * ft_info_1, const lv_font_info_t * ft_info_2)
{
    if(ft_info_1 == ft_info_2) return true;
    if(!ft_info_1 || !ft_info_2) return false;
    const char * name_1 = ft_info_1->name ? ft_info_1->name : "";
    const char * name_2 = ft_info_2->name ? ft_info_2->name : "";
    return ft_info_1->class_p == ft_info_2->class_p && ft_info_1->size == ft_info_2->size &&
           ft_info_1->render_mode == ft_info_2->render_mode && ft_info_1->style == ft_info_2->style &&
           ft_info_1->kerning == ft_info_2->kerning && lv_strcmp(name_1, name_2) == 0;
}

} // extern "C"
