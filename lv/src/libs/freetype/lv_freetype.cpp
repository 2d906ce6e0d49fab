/**
 * @file lv_freetype.cpp
 * LVGL's FreeType API over lv_ttf_font (lv/src/libs/tiny_ttf): FreeType's metrics, a
 * synthetic italic and bold, and the files shared between the fonts made from them (one
 * copy of a file however many sizes and styles use it).
 */
#include "core/lv_global.h"
#include "libs/tiny_ttf/lv_ttf_font.h"
#include "misc/lv_fs_private.h"

#if LV_USE_FREETYPE

namespace {

constexpr uint32_t kMaxFileSize = 64u << 20;
/** FreeType's FT_GlyphSlot_Oblique slant, 0x0366A in 16.16 fixed point (about 12 degrees). */
constexpr float kItalicSlant = (float)0x0366A / 65536.0f;

/** A file read for fonts, kept while one of them uses it. The list hangs from lv_global so
 *  a collecting allocator sees it. */
struct Face {
    Face * next;
    char * path;
    void * data;
    uint32_t size;
    uint32_t refs;
};

Face *& faces() { return *(Face **)&lv_global.freetype_faces; }

Face * face_open(const char * path)
{
    for(Face * f = faces(); f; f = f->next) {
        if(lv_strcmp(f->path, path) == 0) {
            f->refs++;
            return f;
        }
    }
    Face * f = (Face *)lv_malloc_zeroed(sizeof(Face));
    if(f == nullptr) return nullptr;
    f->path = lv_strdup(path);
    f->data = f->path ? lv_fs_load_file(path, kMaxFileSize, &f->size) : nullptr;
    if(f->data == nullptr) {
        lv_free(f->path);
        lv_free(f);
        return nullptr;
    }
    f->refs = 1;
    f->next = faces();
    faces() = f;
    return f;
}

void face_release(void * owner)
{
    Face * face = (Face *)owner;
    if(--face->refs) return;
    for(Face ** at = &faces(); *at; at = &(*at)->next) {
        if(*at == face) {
            *at = face->next;
            break;
        }
    }
    lv_free(face->data);
    lv_free(face->path);
    lv_free(face);
}

bool is_freetype(const lv_font_t * font)
{
    const lv_ttf_font_params_t * p = lv_ttf_font_params(font);
    return p && p->metrics == LV_TTF_METRICS_FREETYPE;
}

lv_font_t * class_create(const lv_font_info_t * info, const void * src)
{
    if(info == NULL) return NULL;
    lv_font_info_t copy = *info;
    if(src) copy.name = (const char *)src;
    return lv_freetype_font_create_with_info(&copy);
}

void * class_dup_src(const void * src) { return src ? lv_strdup((const char *)src) : NULL; }

} // namespace

extern "C" {

const lv_font_class_t lv_freetype_font_class = {class_create, lv_freetype_font_delete, class_dup_src, lv_free};

lv_result_t lv_freetype_init(uint32_t max_glyph_cnt)
{
    if(lv_global.freetype_inited) return LV_RESULT_INVALID;
    lv_global.freetype_inited = true;
    lv_global.freetype_glyph_cnt = max_glyph_cnt;
    return LV_RESULT_OK;
}

void lv_freetype_uninit(void) { lv_global.freetype_inited = false; }

void lv_freetype_init_font_info(lv_font_info_t * font_info)
{
    if(font_info == NULL) return;
    lv_memzero(font_info, sizeof(*font_info));
    font_info->class_p = &lv_freetype_font_class;
    font_info->render_mode = LV_FREETYPE_FONT_RENDER_MODE_BITMAP;
    font_info->style = LV_FREETYPE_FONT_STYLE_NORMAL;
    font_info->kerning = LV_FONT_KERNING_NONE;
}

lv_font_t * lv_freetype_font_create_with_info(const lv_font_info_t * info)
{
    if(info == NULL || info->name == NULL || info->name[0] == '\0' || !lv_global.freetype_inited) return NULL;
    /* sizes are checked by lv_ttf_font_create, after the file is shared */
    if(info->size == 0 || info->render_mode > LV_FREETYPE_FONT_RENDER_MODE_OUTLINE) return NULL;
    Face * face = face_open(info->name);
    if(face == nullptr) return NULL;
    lv_ttf_font_params_t p{};
    p.metrics = LV_TTF_METRICS_FREETYPE;
    p.size = info->size > 0x7FFFFFFF ? -1 : (int32_t)info->size;
    p.kerning = info->kerning == LV_FONT_KERNING_NORMAL ? LV_FONT_KERNING_NORMAL : LV_FONT_KERNING_NONE;
    p.kern_table_only = true; /* FT_Get_Kerning reads the kern table only */
    p.cache_size = lv_global.freetype_glyph_cnt > 65536 ? 65536 : lv_global.freetype_glyph_cnt;
    p.shear = (info->style & LV_FREETYPE_FONT_STYLE_ITALIC) ? kItalicSlant : 0;
    p.bold = (info->style & LV_FREETYPE_FONT_STYLE_BOLD) != 0;
    p.render_mode = info->render_mode;
    return lv_ttf_font_create(face->data, face->size, &p, face_release, face);
}

lv_font_t * lv_freetype_font_create(const char * pathname, lv_freetype_font_render_mode_t render_mode, uint32_t size,
                                    lv_freetype_font_style_t style)
{
    lv_font_info_t info;
    lv_freetype_init_font_info(&info);
    info.name = pathname;
    info.render_mode = (uint32_t)render_mode;
    info.size = size;
    info.style = (uint32_t)style;
    return lv_freetype_font_create_with_info(&info);
}

void lv_freetype_font_delete(lv_font_t * font)
{
    if(is_freetype(font)) lv_ttf_font_destroy(font);
}

void lv_freetype_outline_add_event(lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data)
{
    (void)event_cb;
    (void)filter;
    (void)user_data;
}

uint32_t lv_freetype_outline_get_scale(const lv_font_t * font)
{
    if(!lv_freetype_is_outline_font(font)) return 0;
    return (uint32_t)lv_ttf_font_params(font)->size * 64u / 128u;
}

bool lv_freetype_is_outline_font(const lv_font_t * font)
{
    return is_freetype(font) && lv_ttf_font_params(font)->render_mode == LV_FREETYPE_FONT_RENDER_MODE_OUTLINE;
}

} // extern "C"

#endif /*LV_USE_FREETYPE*/
