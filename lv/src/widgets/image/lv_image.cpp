/**
 * @file lv_image.cpp
 * Image: the widget is sized to the source (content size); the picture is placed inside by
 * the inner alignment plus the offset, and drawn scaled/rotated around the pivot, possibly
 * beyond the widget (the extra draw size covers the transformed area). STRETCH, CONTAIN
 * and COVER pick the scale from the widget's size; TILE repeats the source.
 */
#include "widgets/image/lv_image_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"
#include "draw/lv_image_resolve.h"

namespace {

void image_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void image_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void image_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_image_class = {
    &lv_obj_class, image_constructor, image_destructor, image_event, nullptr, "image",
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
    img->bitmap_mask_src = nullptr;
    img->src_type = LV_IMAGE_SRC_UNKNOWN;
    img->offset = {0, 0};
    img->w = lv_obj_get_width(obj);
    img->h = lv_obj_get_height(obj);
    img->rotation = 0;
    img->scale_x = LV_SCALE_NONE;
    img->scale_y = LV_SCALE_NONE;
    img->pivot = {0, 0};
    img->antialias = 1;
    img->align = LV_IMAGE_ALIGN_CENTER;
    img->blend_mode = LV_BLEND_MODE_NORMAL;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_ADV_HITTEST);
}

/** A path source is our own copy (LVGL copies it too): free it when the source changes. */
void release_src(lv_image_t * img)
{
    if(img->src_type == LV_IMAGE_SRC_FILE) lv_free(const_cast<void *>(img->src));
    img->src = nullptr;
    img->src_type = LV_IMAGE_SRC_UNKNOWN;
}

void image_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    release_src(as_img(obj));
}

bool is_transformed(const lv_image_t * img)
{
    return img->rotation != 0 || img->scale_x != LV_SCALE_NONE || img->scale_y != LV_SCALE_NONE;
}

/** The bounding box of a w x h image transformed around pivot (relative to its top-left). */
lv_area_t transformed_area(const lv_image_t * img)
{
    lv_area_t a = {0, 0, img->w - 1, img->h - 1};
    if(!is_transformed(img)) return a;
    lv_point_t p[4] = {{0, 0}, {img->w, 0}, {0, img->h}, {img->w, img->h}};
    for(lv_point_t & pt : p) lv_point_transform(&pt, img->rotation, img->scale_x, img->scale_y, &img->pivot, true);
    a = {p[0].x, p[0].y, p[0].x, p[0].y};
    for(const lv_point_t & pt : p) {
        a.x1 = LV_MIN(a.x1, pt.x);
        a.y1 = LV_MIN(a.y1, pt.y);
        a.x2 = LV_MAX(a.x2, pt.x);
        a.y2 = LV_MAX(a.y2, pt.y);
    }
    a.x2 -= 1;
    a.y2 -= 1;
    return a;
}

/** Scale for STRETCH/CONTAIN/COVER, recomputed when the widget or the source changes size. */
void update_align(lv_obj_t * obj)
{
    lv_image_t * img = as_img(obj);
    if(img->w <= 0 || img->h <= 0) return;
    const int32_t ow = lv_obj_get_width(obj);
    const int32_t oh = lv_obj_get_height(obj);
    if(img->align == LV_IMAGE_ALIGN_STRETCH) {
        img->rotation = 0;
        img->pivot = {0, 0};
        img->scale_x = ow * LV_SCALE_NONE / img->w;
        img->scale_y = oh * LV_SCALE_NONE / img->h;
    }
    else if(img->align == LV_IMAGE_ALIGN_CONTAIN || img->align == LV_IMAGE_ALIGN_COVER) {
        int32_t sx = ow * LV_SCALE_NONE / img->w;
        int32_t sy = oh * LV_SCALE_NONE / img->h;
        int32_t s = img->align == LV_IMAGE_ALIGN_CONTAIN ? LV_MIN(sx, sy) : LV_MAX(sx, sy);
        img->rotation = 0;
        img->scale_x = s;
        img->scale_y = s;
        img->pivot = {img->w / 2, img->h / 2};
    }
    else if(img->align == LV_IMAGE_ALIGN_TILE) {
        img->rotation = 0;
        img->scale_x = LV_SCALE_NONE;
        img->scale_y = LV_SCALE_NONE;
    }
}

void draw_image(lv_obj_t * obj, lv_event_t * e)
{
    lv_image_t * img = as_img(obj);
    if(img->src == nullptr || img->w <= 0 || img->h <= 0 || img->scale_x == 0 || img->scale_y == 0) return;
    lv_layer_t * layer = lv_event_get_layer(e);
    if(img->src_type == LV_IMAGE_SRC_SYMBOL) {
        lv_draw_label_dsc_t dsc;
        lv_draw_label_dsc_init(&dsc);
        lv_obj_init_draw_label_dsc(obj, LV_PART_MAIN, &dsc);
        dsc.text = static_cast<const char *>(img->src);
        lv_draw_label(layer, &dsc, &obj->coords);
        return;
    }
    if(img->src_type != LV_IMAGE_SRC_VARIABLE && img->src_type != LV_IMAGE_SRC_FILE) return;
    lv_draw_image_dsc_t dsc;
    lv_draw_image_dsc_init(&dsc);
    lv_obj_init_draw_image_dsc(obj, LV_PART_MAIN, &dsc);
    if(dsc.opa <= LV_OPA_MIN) return;
    dsc.pivot = img->pivot;
    dsc.scale_x = img->scale_x;
    dsc.scale_y = img->scale_y;
    dsc.rotation = img->rotation;
    dsc.antialias = img->antialias;
    dsc.blend_mode = static_cast<lv_blend_mode_t>(img->blend_mode);
    dsc.bitmap_mask_src = img->bitmap_mask_src;
    const lv_image_dsc_t * pixels = lv_image_cache_resolve(img->src);
    if(pixels == nullptr) return;
    dsc.src = pixels;
    dsc.header = pixels->header;

    const lv_area_t clip_ori = layer->_clip_area;
    lv_area_t a = {obj->coords.x1, obj->coords.y1, obj->coords.x1 + img->w - 1, obj->coords.y1 + img->h - 1};
    if(img->align < LV_IMAGE_ALIGN_AUTO_TRANSFORM) {
        lv_area_align(&obj->coords, &a, static_cast<lv_align_t>(img->align), img->offset.x, img->offset.y);
    }
    else if(img->align == LV_IMAGE_ALIGN_TILE) {
        /* copies on a grid through the offset position, filling the widget */
        lv_area_t clip;
        if(!lv_area_intersect(&clip, &layer->_clip_area, &obj->coords)) return;
        layer->_clip_area = clip;
        lv_area_move(&a, img->offset.x, img->offset.y);
        dsc.tile = 1;
        dsc.image_area = a;
        lv_draw_image(layer, &dsc, &obj->coords);
        layer->_clip_area = clip_ori;
        return;
    }
    else {
        /* STRETCH, CONTAIN, COVER: the scaled picture centred */
        lv_area_align(&obj->coords, &a, LV_ALIGN_CENTER, img->offset.x, img->offset.y);
    }
    lv_draw_image(layer, &dsc, &a);
    layer->_clip_area = clip_ori;
}

void image_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    const lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_image_t * img = as_img(obj);
    /* the picture may leave the widget transparent: never claim to cover */
    if(code == LV_EVENT_COVER_CHECK) {
        lv_cover_check_info_t * info = static_cast<lv_cover_check_info_t *>(lv_event_get_param(e));
        if(info && info->res != LV_COVER_RES_MASKED) info->res = LV_COVER_RES_NOT_COVER;
        return;
    }
    if(lv_obj_event_base(&lv_image_class, e) != LV_RESULT_OK) return;
    switch(code) {
        case LV_EVENT_STYLE_CHANGED:
            if(img->src_type == LV_IMAGE_SRC_SYMBOL) lv_image_set_src(obj, img->src);
            else lv_obj_refresh_ext_draw_size(obj);
            break;
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            if(is_transformed(img)) {
                lv_area_t t = transformed_area(img);
                int32_t pad = LV_MAX(LV_MAX(-t.x1, -t.y1), LV_MAX(t.x2 - img->w + 1, t.y2 - img->h + 1));
                lv_event_set_ext_draw_size(e, pad + 2);
            }
            break;
        case LV_EVENT_SIZE_CHANGED:
            update_align(obj);
            lv_obj_refresh_ext_draw_size(obj);
            break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            if(img->align < LV_IMAGE_ALIGN_STRETCH) {
                p->x = LV_MAX(p->x, img->w);
                p->y = LV_MAX(p->y, img->h);
            }
            break;
        }
        case LV_EVENT_HIT_TEST: {
            lv_hit_test_info_t * info = lv_event_get_hit_test_info(e);
            lv_area_t a = transformed_area(img);
            lv_area_move(&a, obj->coords.x1, obj->coords.y1);
            info->res = lv_area_is_point_on(&a, info->point, 0);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_image(obj, e);
            break;
        default:
            break;
    }
}

void after_transform_change(lv_obj_t * obj)
{
    lv_obj_refresh_ext_draw_size(obj);
    lv_obj_invalidate(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_image_create(lv_obj_t * parent) { return lv_widget_create(&lv_image_class, parent); }

void lv_image_set_src(lv_obj_t * obj, const void * src)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    lv_obj_invalidate(obj);
    /* a path is copied first: it may be the copy release_src frees */
    if(src && lv_image_src_get_type(src) == LV_IMAGE_SRC_FILE) src = lv_widget_strdup(static_cast<const char *>(src));
    release_src(img);
    if(src == nullptr) {
        img->w = 0;
        img->h = 0;
        lv_obj_refresh_self_size(obj);
        return;
    }
    const lv_image_src_t type = lv_image_src_get_type(src);
    int32_t w = 0;
    int32_t h = 0;
    if(type == LV_IMAGE_SRC_SYMBOL) {
        lv_point_t size;
        lv_text_get_size(&size, static_cast<const char *>(src), lv_obj_get_style_text_font(obj, LV_PART_MAIN),
                         lv_obj_get_style_text_letter_space(obj, LV_PART_MAIN), lv_obj_get_style_text_line_space(obj, LV_PART_MAIN),
                         LV_COORD_MAX, LV_TEXT_FLAG_NONE);
        w = size.x;
        h = size.y;
    }
    else if(const lv_image_dsc_t * dsc = lv_image_cache_resolve(src)) {
        w = dsc->header.w;
        h = dsc->header.h;
    }
    else {
        /* a file no driver serves, or data no decoder understands: show nothing */
        if(type == LV_IMAGE_SRC_FILE) lv_free(const_cast<void *>(src));
        img->w = 0;
        img->h = 0;
        lv_obj_refresh_self_size(obj);
        return;
    }
    img->src = src;
    img->src_type = type;
    img->w = w;
    img->h = h;
    img->pivot = {w / 2, h / 2};
    lv_obj_refresh_self_size(obj);
    update_align(obj);
    after_transform_change(obj);
}

void lv_image_set_offset_x(lv_obj_t * obj, int32_t x)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    as_img(obj)->offset.x = x;
    lv_obj_invalidate(obj);
}

void lv_image_set_offset_y(lv_obj_t * obj, int32_t y)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    as_img(obj)->offset.y = y;
    lv_obj_invalidate(obj);
}

void lv_image_set_rotation(lv_obj_t * obj, int32_t angle)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(img->align > LV_IMAGE_ALIGN_AUTO_TRANSFORM) angle = 0;
    angle %= 3600;
    if(angle < 0) angle += 3600;
    if(img->rotation == angle) return;
    lv_obj_invalidate(obj);
    img->rotation = angle;
    after_transform_change(obj);
}

void lv_image_set_pivot(lv_obj_t * obj, int32_t x, int32_t y)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(img->align > LV_IMAGE_ALIGN_AUTO_TRANSFORM) {
        x = 0;
        y = 0;
    }
    lv_obj_invalidate(obj);
    img->pivot = {x, y};
    after_transform_change(obj);
}

void lv_image_set_scale(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(img->align > LV_IMAGE_ALIGN_AUTO_TRANSFORM) return;
    if(zoom == 0) zoom = 1;
    lv_obj_invalidate(obj);
    img->scale_x = static_cast<int32_t>(zoom);
    img->scale_y = static_cast<int32_t>(zoom);
    after_transform_change(obj);
}

void lv_image_set_scale_x(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(img->align > LV_IMAGE_ALIGN_AUTO_TRANSFORM) return;
    if(zoom == 0) zoom = 1;
    lv_obj_invalidate(obj);
    img->scale_x = static_cast<int32_t>(zoom);
    after_transform_change(obj);
}

void lv_image_set_scale_y(lv_obj_t * obj, uint32_t zoom)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(img->align > LV_IMAGE_ALIGN_AUTO_TRANSFORM) return;
    if(zoom == 0) zoom = 1;
    lv_obj_invalidate(obj);
    img->scale_y = static_cast<int32_t>(zoom);
    after_transform_change(obj);
}

void lv_image_set_blend_mode(lv_obj_t * obj, lv_blend_mode_t blend_mode)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    as_img(obj)->blend_mode = blend_mode & 0xF;
    lv_obj_invalidate(obj);
}

void lv_image_set_antialias(lv_obj_t * obj, bool antialias)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    as_img(obj)->antialias = antialias ? 1 : 0;
    lv_obj_invalidate(obj);
}

void lv_image_set_inner_align(lv_obj_t * obj, lv_image_align_t align)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    lv_image_t * img = as_img(obj);
    if(align == LV_IMAGE_ALIGN_DEFAULT) align = LV_IMAGE_ALIGN_CENTER;
    img->align = align & 0xF;
    update_align(obj);
    after_transform_change(obj);
}

void lv_image_set_bitmap_map_src(lv_obj_t * obj, const lv_image_dsc_t * src)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    as_img(obj)->bitmap_mask_src = src;
    lv_obj_invalidate(obj);
}

const void * lv_image_get_src(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->src;
}
int32_t lv_image_get_offset_x(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->offset.x;
}
int32_t lv_image_get_offset_y(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->offset.y;
}
int32_t lv_image_get_rotation(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->rotation;
}
void lv_image_get_pivot(lv_obj_t * obj, lv_point_t * pivot)
{
    if(!lv_widget_check(obj, &lv_image_class)) return;
    if(!pivot) return;  /* a script passed None */
    *pivot = as_img(obj)->pivot;
}
int32_t lv_image_get_scale(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->scale_x;
}
int32_t lv_image_get_scale_x(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->scale_x;
}
int32_t lv_image_get_scale_y(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->scale_y;
}
int32_t lv_image_get_src_width(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->w;
}
int32_t lv_image_get_src_height(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->h;
}

int32_t lv_image_get_transformed_width(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    const lv_area_t a = transformed_area(as_img(obj));
    return lv_area_get_width(&a);
}

int32_t lv_image_get_transformed_height(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    const lv_area_t a = transformed_area(as_img(obj));
    return lv_area_get_height(&a);
}

lv_blend_mode_t lv_image_get_blend_mode(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return static_cast<lv_blend_mode_t>(as_img(obj)->blend_mode);
}
bool lv_image_get_antialias(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->antialias;
}
lv_image_align_t lv_image_get_inner_align(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return static_cast<lv_image_align_t>(as_img(obj)->align);
}
const lv_image_dsc_t * lv_image_get_bitmap_map_src(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_image_class)) return {};
    return as_img(obj)->bitmap_mask_src;
}

} // extern "C"
