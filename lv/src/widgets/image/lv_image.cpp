/**
 * @file lv_image.cpp
 * Image widget. The object is as large as the source (SIZE_CONTENT); the picture is placed
 * by the inner alignment within the content area and drawn transformed (scale, rotation
 * around the pivot), which may reach outside the object: the extra draw size covers it.
 * STRETCH/CONTAIN/COVER derive the scale from the object's size; TILE repeats the image.
 */
#include "lv_image_private.h"

namespace {

void image_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void image_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_image_class = {
    &lv_obj_class, image_constructor, nullptr, image_event, nullptr, "image",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_image_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_image_t * as_img(const lv_obj_t * obj) { return reinterpret_cast<lv_image_t *>(const_cast<lv_obj_t *>(obj)); }

void image_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_image_t * img = as_img(obj);
    img->src = nullptr;
    img->src_type = LV_IMAGE_SRC_UNKNOWN;
    img->w = lv_obj_get_width(obj);
    img->h = lv_obj_get_height(obj);
    img->rotation = 0;
    img->scale_x = LV_SCALE_NONE;
    img->scale_y = LV_SCALE_NONE;
    img->antialias = 1;
    img->offset = {0, 0};
    img->pivot = {0, 0};
    img->align = LV_IMAGE_ALIGN_CENTER;
    img->blend_mode = LV_BLEND_MODE_NORMAL;
    img->bitmap_mask_src = nullptr;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_ADV_HITTEST);
}

/** The scale and pivot actually used: fit modes derive them from the object's size. */
void effective_transform(const lv_image_t * img, int32_t * sx, int32_t * sy, lv_point_t * pivot)
{
    *sx = img->scale_x;
    *sy = img->scale_y;
    *pivot = img->pivot;
    const lv_obj_t * obj = &img->obj;
    if(img->w <= 0 || img->h <= 0) return;
    int32_t cw = lv_obj_get_content_width(obj);
    int32_t ch = lv_obj_get_content_height(obj);
    if(img->align == LV_IMAGE_ALIGN_STRETCH) {
        *sx = cw * LV_SCALE_NONE / img->w;
        *sy = ch * LV_SCALE_NONE / img->h;
        *pivot = {0, 0};
    }
    else if(img->align == LV_IMAGE_ALIGN_CONTAIN || img->align == LV_IMAGE_ALIGN_COVER) {
        int32_t a = cw * LV_SCALE_NONE / img->w;
        int32_t b = ch * LV_SCALE_NONE / img->h;
        *sx = *sy = img->align == LV_IMAGE_ALIGN_CONTAIN ? LV_MIN(a, b) : LV_MAX(a, b);
        *pivot = {img->w / 2, img->h / 2};
    }
}

void transformed_area(const lv_image_t * img, int32_t w, int32_t h, lv_area_t * out)
{
    int32_t sx, sy;
    lv_point_t pivot;
    effective_transform(img, &sx, &sy, &pivot);
    lv_point_t p[4] = {{0, 0}, {w, 0}, {0, h}, {w, h}};
    lv_point_array_transform(p, 4, img->rotation, sx, sy, &pivot, true);
    out->x1 = LV_MIN(LV_MIN(p[0].x, p[1].x), LV_MIN(p[2].x, p[3].x));
    out->x2 = LV_MAX(LV_MAX(p[0].x, p[1].x), LV_MAX(p[2].x, p[3].x));
    out->y1 = LV_MIN(LV_MIN(p[0].y, p[1].y), LV_MIN(p[2].y, p[3].y));
    out->y2 = LV_MAX(LV_MAX(p[0].y, p[1].y), LV_MAX(p[2].y, p[3].y));
}

void draw_image(lv_image_t * img, lv_layer_t * layer)
{
    lv_obj_t * obj = &img->obj;
    if(img->w == 0 || img->h == 0 || img->scale_x == 0 || img->scale_y == 0) return;
    lv_area_t content;
    lv_obj_get_content_coords(obj, &content);
    if(img->src_type == LV_IMAGE_SRC_VARIABLE) {
        lv_draw_image_dsc_t dsc;
        lv_draw_image_dsc_init(&dsc);
        lv_obj_init_draw_image_dsc(obj, LV_PART_MAIN, &dsc);
        int32_t sx, sy;
        lv_point_t pivot;
        effective_transform(img, &sx, &sy, &pivot);
        dsc.src = img->src;
        dsc.scale_x = sx;
        dsc.scale_y = sy;
        dsc.rotation = img->rotation;
        dsc.antialias = img->antialias;
        dsc.blend_mode = img->blend_mode;
        dsc.pivot = pivot;
        dsc.bitmap_mask_src = img->bitmap_mask_src;
        lv_area_t area = {0, 0, img->w - 1, img->h - 1};
        if(img->align == LV_IMAGE_ALIGN_TILE) {
            dsc.tile = 1;
            lv_area_move(&area, content.x1 + img->offset.x, content.y1 + img->offset.y);
            dsc.image_area = area;
            area = content;
        }
        else {
            lv_align_t al = LV_ALIGN_CENTER;
            if(img->align >= LV_IMAGE_ALIGN_TOP_LEFT && img->align <= LV_IMAGE_ALIGN_CENTER) {
                al = static_cast<lv_align_t>(img->align); /* the same order as lv_align_t */
            }
            else if(img->align == LV_IMAGE_ALIGN_STRETCH) {
                al = LV_ALIGN_TOP_LEFT;
            }
            lv_area_align(&content, &area, al, img->offset.x, img->offset.y);
            dsc.image_area = area;
        }
        lv_draw_image(layer, &dsc, &area);
    }
    else if(img->src_type == LV_IMAGE_SRC_SYMBOL) {
        lv_draw_label_dsc_t dsc;
        lv_draw_label_dsc_init(&dsc);
        lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &dsc);
        dsc.text = static_cast<const char *>(img->src);
        lv_draw_label(layer, &dsc, &obj->coords);
    }
}

void image_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    /* the base object draws the background only; the picture is drawn here */
    if(lv_obj_event_base(&lv_image_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_image_t * img = as_img(obj);
    switch(code) {
        case LV_EVENT_STYLE_CHANGED:
            if(img->src_type == LV_IMAGE_SRC_SYMBOL) lv_image_set_src(obj, img->src); /* the font may have changed */
            else lv_obj_refresh_ext_draw_size(obj);
            break;
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            if(img->rotation || img->scale_x != LV_SCALE_NONE || img->scale_y != LV_SCALE_NONE) {
                int32_t w = lv_obj_get_width(obj);
                int32_t h = lv_obj_get_height(obj);
                lv_area_t a;
                transformed_area(img, w, h, &a);
                lv_event_set_ext_draw_size(e, LV_MAX(LV_MAX(-a.x1, -a.y1), LV_MAX(a.x2 - w, a.y2 - h)));
            }
            break;
        case LV_EVENT_HIT_TEST: {
            lv_hit_test_info_t * info = lv_event_get_hit_test_info(e);
            lv_area_t a;
            transformed_area(img, lv_obj_get_width(obj), lv_obj_get_height(obj), &a);
            lv_area_move(&a, obj->coords.x1, obj->coords.y1);
            info->res = lv_area_is_point_on(&a, info->point, 0);
            break;
        }
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            if(img->align == LV_IMAGE_ALIGN_AUTO_TRANSFORM) {
                lv_area_t a;
                transformed_area(img, img->w, img->h, &a);
                p->x = lv_area_get_width(&a);
                p->y = lv_area_get_height(&a);
            }
            else {
                p->x = img->w;
                p->y = img->h;
            }
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_image(img, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

void refresh_transform(lv_obj_t * obj)
{
    lv_obj_invalidate(obj);
    lv_obj_refresh_ext_draw_size(obj);
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_image_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_image_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_image_set_src(lv_obj_t * obj, const void * src)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    lv_obj_invalidate(obj);
    img->src = src;
    img->src_type = src ? lv_image_src_get_type(src) : LV_IMAGE_SRC_UNKNOWN;
    if(img->src_type == LV_IMAGE_SRC_VARIABLE) {
        const lv_image_dsc_t * dsc = static_cast<const lv_image_dsc_t *>(src);
        img->w = dsc->header.w;
        img->h = dsc->header.h;
    }
    else if(img->src_type == LV_IMAGE_SRC_SYMBOL) {
        lv_point_t size;
        lv_text_get_size(&size, static_cast<const char *>(src), lv_obj_get_style_text_font(obj, LV_PART_MAIN),
                         lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN), lv_obj_get_style_text_line_space(obj, LV_PART_MAIN),
                         LV_COORD_MAX, LV_TEXT_FLAG_NONE);
        img->w = size.x;
        img->h = size.y;
    }
    else {
        /* file sources need a decoder, which this build has not: nothing to show */
        img->src_type = LV_IMAGE_SRC_UNKNOWN;
        img->w = 0;
        img->h = 0;
    }
    img->pivot = {img->w / 2, img->h / 2};
    refresh_transform(obj);
}

void lv_image_set_offset_x(lv_obj_t * obj, int32_t x)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->offset.x = x;
    lv_obj_invalidate(obj);
}

void lv_image_set_offset_y(lv_obj_t * obj, int32_t y)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->offset.y = y;
    lv_obj_invalidate(obj);
}

void lv_image_set_rotation(lv_obj_t * obj, int32_t angle)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    while(angle >= 3600) angle -= 3600;
    while(angle < 0) angle += 3600;
    as_img(obj)->rotation = angle;
    refresh_transform(obj);
}

void lv_image_set_pivot(lv_obj_t * obj, int32_t x, int32_t y)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->pivot = {x, y};
    refresh_transform(obj);
}

void lv_image_set_scale(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    if(zoom == 0) zoom = 1; /* a zero scale would divide by zero */
    as_img(obj)->scale_x = static_cast<int32_t>(zoom);
    as_img(obj)->scale_y = static_cast<int32_t>(zoom);
    refresh_transform(obj);
}

void lv_image_set_scale_x(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->scale_x = static_cast<int32_t>(zoom ? zoom : 1);
    refresh_transform(obj);
}

void lv_image_set_scale_y(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->scale_y = static_cast<int32_t>(zoom ? zoom : 1);
    refresh_transform(obj);
}

void lv_image_set_blend_mode(lv_obj_t * obj, lv_blend_mode_t blend_mode)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->blend_mode = blend_mode;
    lv_obj_invalidate(obj);
}

void lv_image_set_antialias(lv_obj_t * obj, bool antialias)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->antialias = antialias ? 1 : 0;
    lv_obj_invalidate(obj);
}

void lv_image_set_inner_align(lv_obj_t * obj, lv_image_align_t align)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->align = align;
    refresh_transform(obj);
}

void lv_image_set_bitmap_map_src(lv_obj_t * obj, const lv_image_dsc_t * src)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return;
    as_img(obj)->bitmap_mask_src = src;
    lv_obj_invalidate(obj);
}

const void * lv_image_get_src(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return nullptr; return as_img(obj)->src; }
int32_t lv_image_get_offset_x(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->offset.x; }
int32_t lv_image_get_offset_y(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->offset.y; }
int32_t lv_image_get_rotation(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->rotation; }
void lv_image_get_pivot(lv_obj_t * obj, lv_point_t * pivot) { if(!lv_obj_has_class(obj, &lv_image_class)) return; *pivot = as_img(obj)->pivot; }
int32_t lv_image_get_scale(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->scale_x; }
int32_t lv_image_get_scale_x(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->scale_x; }
int32_t lv_image_get_scale_y(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->scale_y; }
int32_t lv_image_get_src_width(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->w; }
int32_t lv_image_get_src_height(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->h; }

int32_t lv_image_get_transformed_width(lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return {};
    lv_area_t a;
    transformed_area(as_img(obj), as_img(obj)->w, as_img(obj)->h, &a);
    return lv_area_get_width(&a);
}

int32_t lv_image_get_transformed_height(lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_image_class)) return {};
    lv_area_t a;
    transformed_area(as_img(obj), as_img(obj)->w, as_img(obj)->h, &a);
    return lv_area_get_height(&a);
}

lv_blend_mode_t lv_image_get_blend_mode(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->blend_mode; }
bool lv_image_get_antialias(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return false; return as_img(obj)->antialias; }
lv_image_align_t lv_image_get_inner_align(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return {}; return as_img(obj)->align; }
const lv_image_dsc_t * lv_image_get_bitmap_map_src(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_image_class)) return nullptr; return as_img(obj)->bitmap_mask_src; }

} // extern "C"
