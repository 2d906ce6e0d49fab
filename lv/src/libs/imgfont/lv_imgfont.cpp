/**
 * @file lv_imgfont.cpp
 * Image fonts: glyphs in LV_FONT_GLYPH_FORMAT_IMAGE whose "bitmap" is the image source the
 * path callback gave; the label renderer draws them as images (lv_draw_label.cpp).
 */
#include "lvgl.h"

#if LV_USE_IMGFONT

namespace {

struct ImgFont {
    lv_font_t font; /* first: the font pointer is the block */
    lv_imgfont_get_path_cb_t path_cb;
    void * user_data;
};

bool imgfont_glyph_dsc(const lv_font_t * font, lv_font_glyph_dsc_t * dsc, uint32_t letter, uint32_t letter_next)
{
    const ImgFont * f = reinterpret_cast<const ImgFont *>(font);
    int32_t offset_y = 0;
    const void * src = f->path_cb(font, letter, letter_next, &offset_y, f->user_data);
    if(src == nullptr) return false;
    lv_image_header_t header;
    if(lv_image_decoder_get_info(src, &header) != LV_RESULT_OK) return false;
    dsc->is_placeholder = 0;
    dsc->adv_w = header.w;
    dsc->box_w = header.w;
    dsc->box_h = header.h;
    dsc->ofs_x = 0;
    dsc->ofs_y = static_cast<int16_t>(offset_y);
    dsc->format = LV_FONT_GLYPH_FORMAT_IMAGE;
    dsc->gid.src = src;
    return true;
}

const void * imgfont_glyph_bitmap(lv_font_glyph_dsc_t * dsc, lv_draw_buf_t * draw_buf)
{
    LV_UNUSED(draw_buf);
    return dsc->gid.src;
}

} // namespace

extern "C" {

lv_font_t * lv_imgfont_create(uint16_t height, lv_imgfont_get_path_cb_t path_cb, void * user_data)
{
    if(path_cb == nullptr) return nullptr;
    ImgFont * f = static_cast<ImgFont *>(lv_malloc_zeroed(sizeof(ImgFont)));
    if(f == nullptr) return nullptr;
    f->path_cb = path_cb;
    f->user_data = user_data;
    f->font.get_glyph_dsc = imgfont_glyph_dsc;
    f->font.get_glyph_bitmap = imgfont_glyph_bitmap;
    f->font.line_height = height;
    f->font.base_line = 0;
    f->font.user_data = user_data;
    return &f->font;
}

void lv_imgfont_destroy(lv_font_t * font)
{
    if(font == nullptr || font->get_glyph_dsc != imgfont_glyph_dsc) return;
    lv_free(font);
}

} // extern "C"

#endif
