/**
 * @file lv_refr.cpp
 * Redrawing: invalidated areas are collected per display (merged when joining them costs
 * fewer pixels than drawing both), then each area is drawn into the display's buffer and
 * flushed. PARTIAL renders an area in row bands that fit the buffer; DIRECT draws in place
 * in a full-screen buffer; FULL redraws and flushes the whole screen.
 */
#include "lv_display_private.h"
#include "core/lv_global.h"
#include "draw/lv_draw_layer_private.h"

namespace {

void refr_obj(lv_layer_t * layer, lv_obj_t * obj);

void draw_post(lv_layer_t * layer, lv_obj_t * obj)
{
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST_BEGIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST_END, layer);
}

void draw_children(lv_layer_t * layer, lv_obj_t * obj, const lv_area_t & clip)
{
    layer->_clip_area = clip;
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) refr_obj(layer, obj->spec_attr->children[i]);
}

/* The children and post-draw of a clip_corner object in the rows of one rounded end (strip):
 * drawn into a layer of their own whose pixels outside the object's rounded rectangle are
 * then made transparent, so they end where the object's background ends. */
void draw_round_end(lv_layer_t * layer, lv_obj_t * obj, const lv_area_t & strip, int32_t radius)
{
    lv_layer_t * end_layer = lv_draw_layer_create(layer, LV_COLOR_FORMAT_ARGB8888, &strip);
    if(!end_layer) { /* out of memory: square corners rather than nothing */
        draw_children(layer, obj, strip);
        draw_post(layer, obj);
        return;
    }
    end_layer->recolor = layer->recolor; /* the object's, for its post-draw */
    draw_children(end_layer, obj, strip);
    draw_post(end_layer, obj);
    lv_draw_layer_mask_round_rect(end_layer, &obj->coords, radius);
    lv_draw_image_dsc_t dsc;
    lv_draw_image_dsc_init(&dsc);
    dsc.src = end_layer;
    /* the pixels in the layer are recolored already */
    lv_color32_t recolor = layer->recolor;
    layer->recolor = lv_color32_t{0, 0, 0, 0};
    layer->_clip_area = strip;
    lv_draw_layer(layer, &dsc, &strip);
    layer->recolor = recolor;
}

/* clip_corner (as LVGL 9.3 does it): the children and post-draw (scrollbars) are cut to the
 * object's coords; in the rows of the rounded ends (radius clamped to half the shorter side)
 * also to its rounded corners, through a layer each; the rows between are drawn directly. */
void redraw_children_round_clipped(lv_layer_t * layer, lv_obj_t * obj, int32_t radius, const lv_area_t & clip_ori)
{
    const lv_area_t & c = obj->coords;
    int32_t rout = LV_MIN(radius, LV_MIN(lv_area_get_width(&c), lv_area_get_height(&c)) >> 1);
    lv_area_t top = {c.x1, c.y1, c.x2, c.y1 + rout - 1};
    lv_area_t bottom = {c.x1, c.y2 - rout + 1, c.x2, c.y2};
    lv_area_t mid = {c.x1, c.y1 + rout, c.x2, c.y2 - rout};
    lv_area_t part;
    if(lv_area_intersect(&part, &top, &clip_ori)) draw_round_end(layer, obj, part, radius);
    if(lv_area_intersect(&part, &bottom, &clip_ori)) draw_round_end(layer, obj, part, radius);
    if(lv_area_intersect(&part, &mid, &clip_ori)) {
        draw_children(layer, obj, part);
        draw_post(layer, obj);
    }
}

/* The radius children are clipped to, 0 when they are clipped by the coords' rectangle. */
int32_t clip_corner_radius(const lv_obj_t * obj)
{
    if(lv_obj_get_child_count(obj) == 0 || !lv_obj_get_style_clip_corner(obj, LV_PART_MAIN)) return 0;
    return lv_obj_get_style_radius(obj, LV_PART_MAIN);
}

void redraw_children_then_post(lv_layer_t * layer, lv_obj_t * obj, const lv_area_t & clip_for_obj, const lv_area_t & clip_ori)
{
    int32_t radius = clip_corner_radius(obj);
    if(radius > 0) {
        redraw_children_round_clipped(layer, obj, radius, clip_ori);
        return;
    }
    lv_area_t ext_coords = obj->coords;
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&ext_coords, ext, ext);
    const lv_area_t * child_bounds = lv_obj_has_flag(obj, LV_OBJ_FLAG_OVERFLOW_VISIBLE) ? &ext_coords : &obj->coords;
    lv_area_t clip_for_children;
    if(lv_area_intersect(&clip_for_children, &clip_ori, child_bounds)) draw_children(layer, obj, clip_for_children);
    layer->_clip_area = clip_for_obj;
    draw_post(layer, obj);
}

lv_layer_type_t layer_type_of(const lv_obj_t * obj)
{
    if(lv_obj_get_transform(obj) != nullptr ||
       lv_obj_get_style_transform_rotation(obj, LV_PART_MAIN) != 0 ||
       lv_obj_get_style_transform_scale_x(obj, LV_PART_MAIN) != LV_SCALE_NONE ||
       lv_obj_get_style_transform_scale_y(obj, LV_PART_MAIN) != LV_SCALE_NONE ||
       lv_obj_get_style_transform_skew_x(obj, LV_PART_MAIN) != 0 ||
       lv_obj_get_style_transform_skew_y(obj, LV_PART_MAIN) != 0) {
        return LV_LAYER_TYPE_TRANSFORM;
    }
    if(lv_obj_get_style_opa_layered(obj, LV_PART_MAIN) != LV_OPA_COVER ||
       lv_obj_get_style_bitmap_mask_src(obj, LV_PART_MAIN) != nullptr ||
       lv_obj_get_style_blend_mode(obj, LV_PART_MAIN) != LV_BLEND_MODE_NORMAL) {
        return LV_LAYER_TYPE_SIMPLE;
    }
    return LV_LAYER_TYPE_NONE;
}

/** The area of the intermediate layer: the part of the object needed for the clip area. */
bool layer_area(lv_layer_t * parent, lv_obj_t * obj, lv_layer_type_t type, lv_area_t * out, lv_area_t * obj_draw_area)
{
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    *obj_draw_area = obj->coords;
    lv_area_increase(obj_draw_area, ext, ext);
    if(type == LV_LAYER_TYPE_TRANSFORM) {
        lv_area_t tr = *obj_draw_area;
        lv_obj_get_transformed_area(obj, &tr, LV_OBJ_POINT_TRANSFORM_FLAG_NONE);
        lv_area_t clip;
        if(!lv_area_intersect(&clip, &parent->_clip_area, &tr)) return false;
        /* which part of the untransformed object lands in the clip area */
        lv_obj_get_transformed_area(obj, &clip, LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE);
        if(!lv_area_intersect(&clip, &clip, obj_draw_area)) return false;
        *out = clip;
        lv_area_increase(out, 5, 5); /* room for rounding in the transformation */
        return true;
    }
    return lv_area_intersect(out, &parent->_clip_area, obj_draw_area);
}

/** The rotation, scale, skew and pivot of the transform_* style properties. */
void set_style_transform(lv_obj_t * obj, const lv_layer_t * obj_layer, lv_draw_image_dsc_t * dsc)
{
    lv_point_t pivot = {lv_obj_get_style_transform_pivot_x(obj, LV_PART_MAIN),
                        lv_obj_get_style_transform_pivot_y(obj, LV_PART_MAIN)};
    if(LV_COORD_IS_PCT(pivot.x)) pivot.x = (LV_COORD_GET_PCT(pivot.x) * lv_obj_get_width(obj)) / 100;
    if(LV_COORD_IS_PCT(pivot.y)) pivot.y = (LV_COORD_GET_PCT(pivot.y) * lv_obj_get_height(obj)) / 100;
    dsc->pivot.x = obj->coords.x1 + pivot.x - obj_layer->buf_area.x1;
    dsc->pivot.y = obj->coords.y1 + pivot.y - obj_layer->buf_area.y1;
    int32_t rotation = lv_obj_get_style_transform_rotation(obj, LV_PART_MAIN);
    while(rotation > 3600) rotation -= 3600;
    while(rotation < 0) rotation += 3600;
    dsc->rotation = rotation;
    dsc->scale_x = lv_obj_get_style_transform_scale_x(obj, LV_PART_MAIN);
    dsc->scale_y = lv_obj_get_style_transform_scale_y(obj, LV_PART_MAIN);
    dsc->skew_x = lv_obj_get_style_transform_skew_x(obj, LV_PART_MAIN);
    dsc->skew_y = lv_obj_get_style_transform_skew_y(obj, LV_PART_MAIN);
}

void refr_obj(lv_layer_t * layer, lv_obj_t * obj)
{
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_HIDDEN)) return;
    lv_opa_t opa_layered = lv_obj_get_style_opa_layered(obj, LV_PART_MAIN);
    if(opa_layered <= LV_OPA_MIN) return;
    lv_layer_type_t type = layer_type_of(obj);
    if(type == LV_LAYER_TYPE_NONE) {
        lv_obj_redraw(layer, obj);
        return;
    }
    /* draw the object into its own layer, then composite it with opacity/transform/blending */
    lv_area_t area;
    lv_area_t obj_draw_area;
    if(!layer_area(layer, obj, type, &area, &obj_draw_area)) return;
    lv_layer_t * new_layer = lv_draw_layer_create(layer, LV_COLOR_FORMAT_ARGB8888, &area);
    if(!new_layer) {
        lv_obj_redraw(layer, obj); /* out of memory: at least draw it untransformed */
        return;
    }
    lv_obj_redraw(new_layer, obj);

    lv_draw_image_dsc_t dsc;
    lv_draw_image_dsc_init(&dsc);
    dsc.opa = opa_layered;
    lv_obj_matrix_parts_t matrix;
    if(lv_obj_get_matrix_parts(obj, &matrix)) {
        /* a transform matrix acts around the object's top-left corner, then moves it */
        dsc.pivot.x = obj->coords.x1 - new_layer->buf_area.x1;
        dsc.pivot.y = obj->coords.y1 - new_layer->buf_area.y1;
        dsc.rotation = matrix.rotation;
        dsc.scale_x = matrix.scale_x;
        dsc.scale_y = matrix.scale_y;
        lv_area_move(&area, matrix.translate.x, matrix.translate.y);
        lv_area_move(&obj_draw_area, matrix.translate.x, matrix.translate.y);
    }
    else {
        set_style_transform(obj, new_layer, &dsc);
    }
    dsc.blend_mode = lv_obj_get_style_blend_mode(obj, LV_PART_MAIN);
    lv_display_t * disp = lv_global.disp_refreshing;
    dsc.antialias = disp ? disp->antialiasing : 1;
    dsc.bitmap_mask_src = static_cast<const lv_image_dsc_t *>(lv_obj_get_style_bitmap_mask_src(obj, LV_PART_MAIN));
    dsc.image_area = obj_draw_area;
    dsc.src = new_layer;
    lv_draw_layer(layer, &dsc, &area);
}

/* The topmost object of obj's tree that paints all of area opaquely by itself (its
 * cover check says so): what lies under it needs no drawing. Only objects that contain the
 * area, are visible and draw straight into the layer are looked into, so the area is inside
 * every ancestor of the object found and no clipping is lost by starting from it. */
lv_obj_t * top_covering(const lv_area_t * area, lv_obj_t * obj)
{
    if(!lv_area_is_in(area, &obj->coords, 0) || lv_obj_has_flag(obj, LV_OBJ_FLAG_HIDDEN)) return nullptr;
    /* a translucent object makes everything drawn in it translucent: nothing below covers */
    if(layer_type_of(obj) != LV_LAYER_TYPE_NONE || lv_obj_get_style_opa(obj, LV_PART_MAIN) < LV_OPA_MAX) return nullptr;
    lv_cover_check_info_t info = {LV_COVER_RES_COVER, area};
    lv_obj_send_event(obj, LV_EVENT_COVER_CHECK, &info);
    if(info.res == LV_COVER_RES_MASKED) return nullptr;
    for(uint32_t i = lv_obj_get_child_count(obj); i-- > 0;) {
        lv_obj_t * found = top_covering(area, obj->spec_attr->children[i]);
        if(found) return found;
    }
    return info.res == LV_COVER_RES_COVER ? obj : nullptr;
}

/* Draws `top` and everything drawn after it: its younger siblings, its parent's post-draw
 * (scrollbars, post borders), the parent's younger siblings and so on up to the screen. */
void refr_from(lv_layer_t * layer, lv_obj_t * top)
{
    refr_obj(layer, top);
    lv_obj_t * done = top;
    for(lv_obj_t * parent = lv_obj_get_parent(top); parent; done = parent, parent = lv_obj_get_parent(parent)) {
        uint32_t cnt = lv_obj_get_child_count(parent);
        bool after = false;
        for(uint32_t i = 0; i < cnt; i++) {
            lv_obj_t * child = parent->spec_attr->children[i];
            if(after) refr_obj(layer, child);
            else after = child == done;
        }
        draw_post(layer, parent);
    }
}

/** Draws area of disp into the layer (already set up for the buffer and area). */
void draw_area(lv_display_t * disp, lv_layer_t * layer, const lv_area_t * area)
{
    layer->_clip_area = *area;
    layer->phy_clip_area = *area;

    /* during a screen change both screens are drawn whole */
    lv_obj_t * top = disp->prev_scr ? nullptr : top_covering(area, disp->act_scr);
    bool act_covers = top != nullptr;
    if(!act_covers) {
        if(lv_color_format_has_alpha(disp->color_format)) {
            /* transparent displays start from transparent pixels */
            uint32_t px_size = lv_color_format_get_size(disp->color_format);
            for(int32_t y = area->y1; y <= area->y2; y++) {
                uint8_t * row = layer->draw_buf->data + (y - layer->buf_area.y1) * layer->draw_buf->header.stride;
                lv_memzero(row + (area->x1 - layer->buf_area.x1) * px_size, lv_area_get_width(area) * px_size);
            }
        }
        if(disp->bottom_layer) refr_obj(layer, disp->bottom_layer);
    }
    if(disp->draw_prev_over_act) {
        refr_obj(layer, disp->act_scr);
        if(disp->prev_scr) refr_obj(layer, disp->prev_scr);
    }
    else if(top) {
        refr_from(layer, top);
    }
    else {
        if(disp->prev_scr) refr_obj(layer, disp->prev_scr);
        refr_obj(layer, disp->act_scr);
    }
    if(disp->top_layer) refr_obj(layer, disp->top_layer);
    if(disp->sys_layer) refr_obj(layer, disp->sys_layer);
}

void wait_for_flush(lv_display_t * disp)
{
    /* Without a wait callback nothing can make progress here in a single thread, so the
     * buffer is assumed free (a driver that flushes asynchronously must set one). */
    while(disp->flushing && disp->flush_wait_cb) disp->flush_wait_cb(disp);
    disp->flushing = 0;
}

void flush(lv_display_t * disp, const lv_area_t * area, uint8_t * px_map, bool last)
{
    lv_display_send_event(disp, LV_EVENT_FLUSH_START, const_cast<lv_area_t *>(area));
    disp->flushing = 1;
    disp->flushing_last = last;
    if(disp->flush_cb) disp->flush_cb(disp, area, px_map);
    else disp->flushing = 0;
    wait_for_flush(disp);
    lv_display_send_event(disp, LV_EVENT_FLUSH_FINISH, const_cast<lv_area_t *>(area));
}

/** The buffer drawn after `b`: 1, 2 (and 3 when set) in turn. */
lv_draw_buf_t * buf_after(lv_display_t * disp, const lv_draw_buf_t * b)
{
    if(b == &disp->buf_1) return &disp->buf_2;
    if(b == &disp->buf_2 && disp->has_buf_3) return &disp->buf_3;
    return &disp->buf_1;
}

lv_draw_buf_t * next_buf(lv_display_t * disp) { return buf_after(disp, disp->buf_act); }

/** Copies area from the active buffer to the others (multi-buffered DIRECT mode). */
void sync_area(lv_display_t * disp, const lv_area_t * area)
{
    lv_draw_buf_t * src = disp->buf_act;
    uint32_t px = lv_color_format_get_size(disp->color_format);
    for(lv_draw_buf_t * dst = next_buf(disp); dst != src; dst = buf_after(disp, dst)) {
        for(int32_t y = area->y1; y <= area->y2; y++) {
            size_t ofs = static_cast<size_t>(y) * src->header.stride + static_cast<size_t>(area->x1) * px;
            lv_memcpy(dst->data + ofs, src->data + ofs, static_cast<size_t>(lv_area_get_width(area)) * px);
        }
    }
}

void render_direct(lv_display_t * disp, const lv_area_t * area, bool last)
{
    lv_draw_buf_t * buf = disp->buf_act;
    lv_layer_t * layer = &disp->layer;
    layer->draw_buf = buf;
    layer->color_format = disp->color_format;
    layer->buf_area.x1 = 0;
    layer->buf_area.y1 = 0;
    layer->buf_area.x2 = static_cast<int32_t>(buf->header.w) - 1;
    layer->buf_area.y2 = static_cast<int32_t>(buf->header.h) - 1;
    draw_area(disp, layer, area);
    flush(disp, area, buf->data, last);
}

void render_partial(lv_display_t * disp, const lv_area_t * area, bool last_area)
{
    lv_draw_buf_t * buf = disp->buf_act;
    uint32_t w = static_cast<uint32_t>(lv_area_get_width(area));
    uint32_t stride = lv_draw_buf_width_to_stride(w, disp->color_format);
    uint32_t max_rows = stride ? buf->data_size / stride : 0;
    if(max_rows == 0) return; /* the buffer cannot hold one row of this area */
    int32_t y = area->y1;
    while(y <= area->y2) {
        int32_t rows = LV_MIN(static_cast<int32_t>(max_rows), area->y2 - y + 1);
        lv_area_t band = {area->x1, y, area->x2, y + rows - 1};
        buf->header.w = w;
        buf->header.h = static_cast<uint32_t>(rows);
        buf->header.stride = stride;
        lv_layer_t * layer = &disp->layer;
        layer->draw_buf = buf;
        layer->color_format = disp->color_format;
        layer->buf_area = band;
        draw_area(disp, layer, &band);
        y += rows;
        flush(disp, &band, buf->data, last_area && y > area->y2);
        if(disp->has_buf_2) disp->buf_act = next_buf(disp);
        buf = disp->buf_act;
    }
}

void join_areas(lv_display_t * disp)
{
    for(uint32_t i = 0; i < disp->inv_p; i++) {
        if(disp->inv_area_joined[i]) continue;
        for(uint32_t j = 0; j < disp->inv_p; j++) {
            if(i == j || disp->inv_area_joined[j]) continue;
            lv_area_t a = disp->inv_areas[i];
            lv_area_t b = disp->inv_areas[j];
            /* join only overlapping or touching areas, and only if it saves pixels */
            lv_area_t grown = a;
            lv_area_increase(&grown, 1, 1);
            lv_area_t tmp;
            if(!lv_area_intersect(&tmp, &grown, &b)) continue;
            lv_area_t joined;
            lv_area_join(&joined, &a, &b);
            if(lv_area_get_size(&joined) < lv_area_get_size(&a) + lv_area_get_size(&b)) {
                disp->inv_areas[i] = joined;
                disp->inv_area_joined[j] = 1;
                j = static_cast<uint32_t>(-1); /* the bigger area may now touch earlier ones */
            }
        }
    }
}

void refr_invalid_areas(lv_display_t * disp)
{
    if(disp->inv_p == 0 || !disp->has_buf_1) return;
    lv_display_send_event(disp, LV_EVENT_RENDER_START, nullptr);
    if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL) {
        lv_area_t all = {0, 0, disp->hor_res - 1, disp->ver_res - 1};
        render_direct(disp, &all, true);
    }
    else {
        int32_t last = -1;
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(!disp->inv_area_joined[i]) last = static_cast<int32_t>(i);
        }
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(disp->inv_area_joined[i]) continue;
            bool is_last = static_cast<int32_t>(i) == last;
            if(disp->render_mode == LV_DISPLAY_RENDER_MODE_DIRECT) render_direct(disp, &disp->inv_areas[i], is_last);
            else render_partial(disp, &disp->inv_areas[i], is_last);
        }
        if(disp->render_mode == LV_DISPLAY_RENDER_MODE_DIRECT && disp->has_buf_2) {
            /* the other buffer gets the new pixels too, then becomes the one drawn next */
            for(uint32_t i = 0; i < disp->inv_p; i++) {
                if(!disp->inv_area_joined[i]) sync_area(disp, &disp->inv_areas[i]);
            }
            disp->buf_act = next_buf(disp);
        }
    }
    if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL && disp->has_buf_2) {
        disp->buf_act = next_buf(disp);
    }
    lv_display_send_event(disp, LV_EVENT_RENDER_READY, nullptr);
}

} // namespace

extern "C" {

void lv_obj_redraw(lv_layer_t * layer, lv_obj_t * obj)
{
    if(!layer || !obj) return;
    lv_area_t clip_ori = layer->_clip_area;
    lv_area_t ext_coords = obj->coords;
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&ext_coords, ext, ext);
    lv_area_t clip_for_obj;
    if(!lv_area_intersect(&clip_for_obj, &clip_ori, &ext_coords)) return;
    layer->_clip_area = clip_for_obj;
    /* the renderer tints everything drawn into the layer with its recolor */
    lv_color32_t recolor_ori = layer->recolor;
    layer->recolor = lv_obj_get_style_recolor_recursive(obj, LV_PART_MAIN);
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN_BEGIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN_END, layer);
    redraw_children_then_post(layer, obj, clip_for_obj, clip_ori);
    layer->recolor = recolor_ori;
    layer->_clip_area = clip_ori;
}

void lv_inv_area(lv_display_t * disp, const lv_area_t * area_p)
{
    if(!disp) disp = lv_display_get_default();
    if(!disp || !lv_display_is_invalidation_enabled(disp)) return;
    /* invalidating while this display renders would corrupt the area list */
    if(lv_global.disp_refreshing == disp && disp->flushing) return;

    lv_area_t scr = {0, 0, disp->hor_res - 1, disp->ver_res - 1};
    if(area_p == nullptr) {
        disp->inv_p = 0;
        disp->inv_areas[0] = scr;
        disp->inv_area_joined[0] = 0;
        disp->inv_p = 1;
    }
    else {
        lv_area_t a;
        if(!lv_area_intersect(&a, area_p, &scr)) return;
        /* listeners may enlarge the area (e.g. to align it for the panel) */
        if(lv_display_send_event(disp, LV_EVENT_INVALIDATE_AREA, &a) != LV_RESULT_OK) return;
        if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL) a = scr;
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(lv_area_is_in(&a, &disp->inv_areas[i], 0)) return; /* already covered */
        }
        if(disp->inv_p < LV_INV_BUF_SIZE) {
            disp->inv_areas[disp->inv_p] = a;
            disp->inv_area_joined[disp->inv_p] = 0;
            disp->inv_p++;
        }
        else {
            /* too many areas: redraw the whole screen */
            disp->inv_p = 1;
            disp->inv_areas[0] = scr;
            disp->inv_area_joined[0] = 0;
        }
    }
    if(disp->refr_timer) lv_timer_resume(disp->refr_timer);
}

void lv_display_refr_timer(lv_timer_t * timer)
{
    lv_display_t * disp = timer ? static_cast<lv_display_t *>(timer->user_data) : lv_display_get_default();
    lv_display_refr(disp);
}

void lv_display_refr(lv_display_t * disp)
{
    if(!disp) return;
    lv_global.disp_refreshing = disp;
    lv_display_send_event(disp, LV_EVENT_REFR_START, nullptr);

    if(disp->act_scr) lv_obj_update_layout(disp->act_scr);
    if(disp->prev_scr) lv_obj_update_layout(disp->prev_scr);
    if(disp->bottom_layer) lv_obj_update_layout(disp->bottom_layer);
    if(disp->top_layer) lv_obj_update_layout(disp->top_layer);
    if(disp->sys_layer) lv_obj_update_layout(disp->sys_layer);

    if(disp->act_scr) {
        join_areas(disp);
        refr_invalid_areas(disp);
    }
    disp->inv_p = 0;
    lv_memzero(disp->inv_area_joined, sizeof(disp->inv_area_joined));
    lv_display_send_event(disp, LV_EVENT_REFR_READY, nullptr);
    lv_global.disp_refreshing = nullptr;
}

void lv_refr_now(lv_display_t * disp)
{
    lv_anim_refr_now();
    if(disp) {
        lv_display_refr(disp);
        return;
    }
    for(lv_display_t * d = lv_global.disp_head; d; d = d->next) lv_display_refr(d);
}

} // extern "C"
