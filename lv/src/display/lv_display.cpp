/**
 * @file lv_display.cpp
 * Display objects: creation (with the default theme and the four permanent screens),
 * buffers, screens and screen loading, display events.
 */
#include "lv_display_private.h"
#include "lv_port.h"
#include "core/lv_global.h"

namespace {

lv_display_t * disp_of(lv_display_t * disp) { return disp ? disp : lv_global.disp_default; }

void init_draw_buf(lv_draw_buf_t * db, lv_display_t * disp, void * data, uint32_t size, uint32_t stride)
{
    lv_memzero(db, sizeof(*db));
    db->header.cf = disp->color_format;
    db->header.w = static_cast<uint32_t>(disp->hor_res);
    db->header.h = stride ? LV_MIN(size / stride, static_cast<uint32_t>(disp->ver_res)) : 0;
    db->header.stride = stride;
    db->data = static_cast<uint8_t *>(data);
    db->unaligned_data = data;
    db->data_size = size;
}

void refresh_buffers(lv_display_t * disp)
{
    /* re-derive the buffer headers after a color format or resolution change */
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(disp->hor_res), disp->color_format);
    if(disp->has_buf_1) init_draw_buf(&disp->buf_1, disp, disp->buf_1.data, disp->buf_1.data_size, stride);
    if(disp->has_buf_2) init_draw_buf(&disp->buf_2, disp, disp->buf_2.data, disp->buf_2.data_size, stride);
    if(disp->has_buf_3) init_draw_buf(&disp->buf_3, disp, disp->buf_3.data, disp->buf_3.data_size, stride);
}

/* ---- screen loading ---- */

void scr_load_internal(lv_obj_t * scr)
{
    lv_display_t * d = lv_obj_get_display(scr);
    if(!d) return;
    lv_obj_t * old = d->act_scr;
    if(old) lv_obj_send_event(old, LV_EVENT_SCREEN_UNLOAD_START, nullptr);
    if(old) lv_obj_send_event(scr, LV_EVENT_SCREEN_LOAD_START, nullptr);
    d->act_scr = scr;
    d->scr_to_load = nullptr;
    lv_obj_send_event(scr, LV_EVENT_SCREEN_LOADED, nullptr);
    if(old) lv_obj_send_event(old, LV_EVENT_SCREEN_UNLOADED, nullptr);
    lv_obj_invalidate(scr);
}

void set_x_anim(void * obj, int32_t v) { lv_obj_set_x(static_cast<lv_obj_t *>(obj), v); }
void set_y_anim(void * obj, int32_t v) { lv_obj_set_y(static_cast<lv_obj_t *>(obj), v); }
void opa_anim(void * obj, int32_t v) { lv_obj_set_style_opa(static_cast<lv_obj_t *>(obj), static_cast<lv_opa_t>(v), LV_PART_MAIN); }

void scr_load_anim_start(lv_anim_t * a)
{
    lv_display_t * d = lv_obj_get_display(static_cast<lv_obj_t *>(a->var));
    d->prev_scr = d->act_scr;
    d->act_scr = static_cast<lv_obj_t *>(a->var);
    lv_obj_send_event(d->act_scr, LV_EVENT_SCREEN_LOAD_START, nullptr);
}

void scr_anim_completed(lv_anim_t * a)
{
    lv_obj_t * scr = static_cast<lv_obj_t *>(a->var);
    lv_display_t * d = lv_obj_get_display(scr);
    lv_obj_send_event(d->act_scr, LV_EVENT_SCREEN_LOADED, nullptr);
    if(d->prev_scr) lv_obj_send_event(d->prev_scr, LV_EVENT_SCREEN_UNLOADED, nullptr);
    lv_obj_t * prev = d->prev_scr;
    d->prev_scr = nullptr;
    d->draw_prev_over_act = false;
    d->scr_to_load = nullptr;
    if(prev && d->del_prev) lv_obj_delete(prev);
    lv_obj_remove_local_style_prop(scr, LV_STYLE_OPA, 0);
    lv_obj_invalidate(d->act_scr);
}

bool is_out_anim(lv_screen_load_anim_t t)
{
    return t == LV_SCR_LOAD_ANIM_FADE_OUT || t == LV_SCR_LOAD_ANIM_OUT_LEFT || t == LV_SCR_LOAD_ANIM_OUT_RIGHT ||
           t == LV_SCR_LOAD_ANIM_OUT_TOP || t == LV_SCR_LOAD_ANIM_OUT_BOTTOM;
}

} // namespace

extern "C" {

lv_display_t * lv_display_create(int32_t hor_res, int32_t ver_res)
{
    if(hor_res <= 0 || ver_res <= 0) return nullptr;
    lv_display_t * disp = static_cast<lv_display_t *>(lv_malloc_zeroed(sizeof(lv_display_t)));
    if(!disp) return nullptr;
    disp->hor_res = hor_res;
    disp->ver_res = ver_res;
    disp->physical_hor_res = -1;
    disp->physical_ver_res = -1;
    disp->dpi = LV_DPI_DEF;
    disp->color_format = LV_COLOR_FORMAT_NATIVE;
    disp->render_mode = LV_DISPLAY_RENDER_MODE_PARTIAL;
    disp->antialiasing = true;
    disp->tile_cnt = 1;
    disp->inv_en_cnt = 1;
    lv_layer_init(&disp->layer);
    disp->last_activity_time = lv_tick_get();
    disp->refr_timer = lv_timer_create(lv_display_refr_timer, LV_DEF_REFR_PERIOD, disp);
    if(!disp->refr_timer) {
        lv_free(disp);
        return nullptr;
    }
    disp->next = lv_global.disp_head;
    lv_global.disp_head = disp;

    /* the screens of the new display are created on it */
    lv_display_t * def_saved = lv_global.disp_default;
    lv_global.disp_default = disp;
    if(!lv_theme_default_is_inited()) {
        disp->theme = lv_theme_default_init(disp, lv_palette_main(LV_PALETTE_BLUE), lv_palette_main(LV_PALETTE_RED),
                                            LV_THEME_DEFAULT_DARK, LV_FONT_DEFAULT);
    }
    else {
        disp->theme = lv_theme_default_get();
    }
    disp->bottom_layer = lv_obj_create(nullptr);
    disp->act_scr = lv_obj_create(nullptr);
    disp->top_layer = lv_obj_create(nullptr);
    disp->sys_layer = lv_obj_create(nullptr);
    if(!disp->bottom_layer || !disp->act_scr || !disp->top_layer || !disp->sys_layer) {
        /* out of memory: undo, so that no half-made display stays in the list */
        lv_global.disp_default = def_saved;
        lv_display_delete(disp);
        return nullptr;
    }
    lv_obj_remove_style_all(disp->bottom_layer);
    lv_obj_remove_style_all(disp->top_layer);
    lv_obj_remove_style_all(disp->sys_layer);
    lv_obj_remove_flag(disp->top_layer, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_remove_flag(disp->sys_layer, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_set_scrollbar_mode(disp->bottom_layer, LV_SCROLLBAR_MODE_OFF);
    lv_obj_set_scrollbar_mode(disp->top_layer, LV_SCROLLBAR_MODE_OFF);
    lv_obj_set_scrollbar_mode(disp->sys_layer, LV_SCROLLBAR_MODE_OFF);
    lv_obj_invalidate(disp->act_scr);
    lv_global.disp_default = def_saved ? def_saved : disp;
    lv_timer_ready(disp->refr_timer);
    return disp;
}

void lv_display_delete(lv_display_t * disp)
{
    if(!disp) return;
    lv_display_send_event(disp, LV_EVENT_DELETE, nullptr);
    lv_display_t * def_saved = lv_global.disp_default;
    lv_global.disp_default = disp; /* screens find their display through the default while deleted */
    disp->act_scr = nullptr;
    disp->prev_scr = nullptr;
    disp->bottom_layer = nullptr;
    disp->top_layer = nullptr;
    disp->sys_layer = nullptr;
    while(disp->screen_cnt) lv_obj_delete(disp->screens[disp->screen_cnt - 1]);
    lv_global.disp_default = def_saved == disp ? nullptr : def_saved;
    lv_display_t ** link = &lv_global.disp_head;
    while(*link && *link != disp) link = &(*link)->next;
    if(*link) *link = disp->next;
    if(!lv_global.disp_default) lv_global.disp_default = lv_global.disp_head;
    if(disp->refr_timer) lv_timer_delete(disp->refr_timer);
    /* input devices on this display move to the default one */
    for(lv_indev_t * in = lv_indev_get_next(nullptr); in; in = lv_indev_get_next(in)) {
        if(lv_indev_get_display(in) == disp) lv_indev_set_display(in, lv_global.disp_default);
    }
    lv_event_remove_all(&disp->event_list);
    lv_free(disp->screens);
    lv_free(disp);
}

void lv_display_set_default(lv_display_t * disp) { lv_global.disp_default = disp; }
lv_display_t * lv_display_get_default(void) { return lv_global.disp_default; }
lv_display_t * lv_display_get_next(lv_display_t * disp) { return disp ? disp->next : lv_global.disp_head; }

void lv_display_set_resolution(lv_display_t * disp, int32_t hor_res, int32_t ver_res)
{
    disp = disp_of(disp);
    if(!disp || hor_res <= 0 || ver_res <= 0) return;
    if(disp->hor_res == hor_res && disp->ver_res == ver_res) return;
    disp->hor_res = hor_res;
    disp->ver_res = ver_res;
    refresh_buffers(disp);
    for(uint32_t i = 0; i < disp->screen_cnt; i++) {
        lv_obj_t * scr = disp->screens[i];
        lv_area_t old = scr->coords;
        lv_area_set(&scr->coords, 0, 0, lv_display_get_horizontal_resolution(disp) - 1,
                    lv_display_get_vertical_resolution(disp) - 1);
        lv_obj_send_event(scr, LV_EVENT_SIZE_CHANGED, &old);
    }
    lv_inv_area(disp, nullptr);
    lv_display_send_event(disp, LV_EVENT_RESOLUTION_CHANGED, nullptr);
}

void lv_display_set_physical_resolution(lv_display_t * disp, int32_t hor_res, int32_t ver_res)
{
    disp = disp_of(disp);
    if(!disp) return;
    disp->physical_hor_res = hor_res;
    disp->physical_ver_res = ver_res;
}

void lv_display_set_offset(lv_display_t * disp, int32_t x, int32_t y)
{
    disp = disp_of(disp);
    if(!disp) return;
    disp->offset_x = x;
    disp->offset_y = y;
}

void lv_display_set_rotation(lv_display_t * disp, lv_display_rotation_t rotation)
{
    disp = disp_of(disp);
    if(!disp) return;
    bool swap = ((disp->rotation + rotation) & 1) != 0;
    disp->rotation = rotation;
    if(swap) {
        int32_t w = disp->hor_res;
        disp->hor_res = -1; /* force the change through */
        lv_display_set_resolution(disp, disp->ver_res, w);
    }
    else {
        lv_inv_area(disp, nullptr);
    }
}

void lv_display_set_dpi(lv_display_t * disp, int32_t dpi)
{
    disp = disp_of(disp);
    if(disp) disp->dpi = dpi;
}

int32_t lv_display_get_horizontal_resolution(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    return disp ? disp->hor_res : 0;
}

int32_t lv_display_get_vertical_resolution(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    return disp ? disp->ver_res : 0;
}

int32_t lv_display_get_physical_horizontal_resolution(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    if(!disp) return 0;
    return disp->physical_hor_res > 0 ? disp->physical_hor_res : disp->hor_res;
}

int32_t lv_display_get_physical_vertical_resolution(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    if(!disp) return 0;
    return disp->physical_ver_res > 0 ? disp->physical_ver_res : disp->ver_res;
}

int32_t lv_display_get_offset_x(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    return disp ? disp->offset_x : 0;
}

int32_t lv_display_get_offset_y(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    return disp ? disp->offset_y : 0;
}

lv_display_rotation_t lv_display_get_rotation(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->rotation : LV_DISPLAY_ROTATION_0;
}

int32_t lv_display_get_dpi(const lv_display_t * disp)
{
    disp = disp ? disp : lv_global.disp_default;
    return disp ? disp->dpi : LV_DPI_DEF;
}

void lv_display_set_buffers_with_stride(lv_display_t * disp, void * buf1, void * buf2, uint32_t buf_size,
                                        uint32_t stride, lv_display_render_mode_t render_mode)
{
    disp = disp_of(disp);
    if(!disp || !buf1 || buf_size == 0) return;
    if(render_mode != LV_DISPLAY_RENDER_MODE_PARTIAL && stride * static_cast<uint32_t>(disp->ver_res) > buf_size) {
        return; /* DIRECT and FULL need a screen-sized buffer */
    }
    init_draw_buf(&disp->buf_1, disp, buf1, buf_size, stride);
    disp->has_buf_1 = true;
    disp->has_buf_2 = buf2 != nullptr;
    disp->has_buf_3 = false;
    if(buf2) init_draw_buf(&disp->buf_2, disp, buf2, buf_size, stride);
    disp->buf_act = &disp->buf_1;
    disp->render_mode = render_mode;
    lv_inv_area(disp, nullptr);
}

void lv_display_set_draw_buffers(lv_display_t * disp, lv_draw_buf_t * buf1, lv_draw_buf_t * buf2)
{
    disp = disp_of(disp);
    if(!disp || !buf1 || !buf1->data) return;
    /* the buffers' own headers: their color format, width and stride are the caller's */
    disp->buf_1 = *buf1;
    disp->has_buf_1 = true;
    disp->has_buf_2 = buf2 != nullptr && buf2->data != nullptr;
    if(disp->has_buf_2) disp->buf_2 = *buf2;
    disp->buf_act = &disp->buf_1;
    lv_inv_area(disp, nullptr);
}

void lv_display_set_3rd_draw_buffer(lv_display_t * disp, lv_draw_buf_t * buf3)
{
    disp = disp_of(disp);
    if(!disp) return;
    /* a third buffer only joins two others */
    disp->has_buf_3 = buf3 != nullptr && buf3->data != nullptr && disp->has_buf_2;
    if(disp->has_buf_3) disp->buf_3 = *buf3;
    if(!disp->has_buf_3 && disp->buf_act == &disp->buf_3) disp->buf_act = &disp->buf_1;
}

uint32_t lv_display_get_draw_buf_size(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp && disp->has_buf_1 ? disp->buf_1.data_size : 0;
}

uint32_t lv_display_get_invalidated_draw_buf_size(lv_display_t * disp, uint32_t width, uint32_t height)
{
    disp = disp_of(disp);
    if(!disp) return 0;
    if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL) {
        width = static_cast<uint32_t>(disp->hor_res);
        height = static_cast<uint32_t>(disp->ver_res);
    }
    return lv_draw_buf_width_to_stride(width, disp->color_format) * height;
}

void lv_display_set_buffers(lv_display_t * disp, void * buf1, void * buf2, uint32_t buf_size,
                            lv_display_render_mode_t render_mode)
{
    disp = disp_of(disp);
    if(!disp) return;
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(disp->hor_res), disp->color_format);
    lv_display_set_buffers_with_stride(disp, buf1, buf2, buf_size, stride, render_mode);
}

void lv_display_set_render_mode(lv_display_t * disp, lv_display_render_mode_t render_mode)
{
    disp = disp_of(disp);
    if(disp) disp->render_mode = render_mode;
}

void lv_display_set_flush_cb(lv_display_t * disp, lv_display_flush_cb_t flush_cb)
{
    disp = disp_of(disp);
    if(disp) disp->flush_cb = flush_cb;
}

void lv_display_set_flush_wait_cb(lv_display_t * disp, lv_display_flush_wait_cb_t wait_cb)
{
    disp = disp_of(disp);
    if(disp) disp->flush_wait_cb = wait_cb;
}

void lv_display_set_color_format(lv_display_t * disp, lv_color_format_t color_format)
{
    disp = disp_of(disp);
    if(!disp) return;
    disp->color_format = color_format;
    refresh_buffers(disp);
    lv_display_send_event(disp, LV_EVENT_COLOR_FORMAT_CHANGED, nullptr);
    lv_inv_area(disp, nullptr);
}

lv_color_format_t lv_display_get_color_format(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->color_format : LV_COLOR_FORMAT_UNKNOWN;
}

void lv_display_set_antialiasing(lv_display_t * disp, bool en)
{
    disp = disp_of(disp);
    if(disp) disp->antialiasing = en;
}

bool lv_display_get_antialiasing(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->antialiasing : true;
}

void lv_display_flush_ready(lv_display_t * disp)
{
    disp = disp_of(disp);
    if(disp) disp->flushing = 0;
}

bool lv_display_flush_is_last(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->flushing_last : false;
}

bool lv_display_is_double_buffered(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->has_buf_2 : false;
}

lv_obj_t * lv_display_get_screen_active(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->act_scr : nullptr;
}

lv_obj_t * lv_display_get_screen_prev(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->prev_scr : nullptr;
}

lv_obj_t * lv_display_get_layer_top(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->top_layer : nullptr;
}

lv_obj_t * lv_display_get_layer_sys(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->sys_layer : nullptr;
}

lv_obj_t * lv_display_get_layer_bottom(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->bottom_layer : nullptr;
}

lv_obj_t * lv_screen_active(void) { return lv_display_get_screen_active(lv_display_get_default_or_provide()); }
lv_obj_t * lv_layer_top(void) { return lv_display_get_layer_top(lv_display_get_default_or_provide()); }
lv_obj_t * lv_layer_sys(void) { return lv_display_get_layer_sys(lv_display_get_default_or_provide()); }
lv_obj_t * lv_layer_bottom(void) { return lv_display_get_layer_bottom(lv_display_get_default_or_provide()); }

/* Port configuration like the allocator (set before lv_init, survives it), not engine state. */
static lv_display_provider_t default_display_provider;
static bool default_display_provided;

void lv_display_set_default_provider(lv_display_provider_t provider)
{
    default_display_provider = provider;
    default_display_provided = false;
}

lv_display_t * lv_display_get_default_or_provide(void)
{
    if(!lv_global.disp_default && !lv_global.disp_head && default_display_provider &&
       !default_display_provided) {
        default_display_provided = true; /* once: a provider that fails is not asked again */
        default_display_provider();
    }
    return lv_global.disp_default;
}

void lv_screen_load(lv_obj_t * scr) { lv_screen_load_anim(scr, LV_SCR_LOAD_ANIM_NONE, 0, 0, false); }

void lv_screen_load_anim(lv_obj_t * new_scr, lv_screen_load_anim_t anim_type, uint32_t time, uint32_t delay,
                         bool auto_del)
{
    /* only a screen (an object without parent) can be loaded: a widget loaded as the screen
     * would go with its parent (lv.screen_load(label), then the old screen deleted) */
    if(!new_scr || lv_obj_get_parent(new_scr)) return;
    lv_display_t * d = lv_obj_get_display(new_scr);
    if(!d) return;
    lv_obj_t * act_scr = d->act_scr;
    if(act_scr == new_scr || d->scr_to_load == new_scr) return;

    /* a load already in progress finishes immediately */
    if(d->scr_to_load && act_scr != d->scr_to_load) {
        lv_obj_t * pending = d->scr_to_load;
        lv_anim_delete(pending, nullptr);
        scr_load_internal(pending);
        lv_obj_set_pos(pending, 0, 0);
        lv_obj_remove_local_style_prop(pending, LV_STYLE_OPA, 0);
        if(d->del_prev && act_scr) lv_obj_delete(act_scr);
        act_scr = d->act_scr;
    }
    d->scr_to_load = new_scr;
    if(d->prev_scr && d->del_prev) lv_obj_delete(d->prev_scr);
    d->prev_scr = nullptr;
    d->draw_prev_over_act = is_out_anim(anim_type);
    d->del_prev = auto_del;

    lv_anim_delete(new_scr, nullptr);
    if(act_scr) lv_anim_delete(act_scr, nullptr);
    lv_obj_set_pos(new_scr, 0, 0);
    if(act_scr) lv_obj_set_pos(act_scr, 0, 0);
    lv_obj_remove_local_style_prop(new_scr, LV_STYLE_OPA, 0);
    if(act_scr) lv_obj_remove_local_style_prop(act_scr, LV_STYLE_OPA, 0);

    if((time == 0 && delay == 0) || anim_type == LV_SCR_LOAD_ANIM_NONE || !act_scr) {
        if(delay == 0 || !act_scr) {
            scr_load_internal(new_scr);
            if(auto_del && act_scr) lv_obj_delete(act_scr);
            return;
        }
    }

    lv_anim_t a_new;
    lv_anim_init(&a_new);
    lv_anim_set_var(&a_new, new_scr);
    lv_anim_set_start_cb(&a_new, scr_load_anim_start);
    lv_anim_set_completed_cb(&a_new, scr_anim_completed);
    lv_anim_set_duration(&a_new, time);
    lv_anim_set_delay(&a_new, delay);
    lv_anim_t a_old;
    lv_anim_init(&a_old);
    lv_anim_set_var(&a_old, act_scr);
    lv_anim_set_duration(&a_old, time);
    lv_anim_set_delay(&a_old, delay);

    int32_t w = lv_display_get_horizontal_resolution(d);
    int32_t h = lv_display_get_vertical_resolution(d);
    lv_anim_set_exec_cb(&a_new, set_x_anim);
    lv_anim_set_values(&a_new, 0, 0);
    lv_anim_set_exec_cb(&a_old, set_x_anim);
    lv_anim_set_values(&a_old, 0, 0);
    switch(anim_type) {
        case LV_SCR_LOAD_ANIM_OVER_LEFT: lv_anim_set_values(&a_new, w, 0); break;
        case LV_SCR_LOAD_ANIM_OVER_RIGHT: lv_anim_set_values(&a_new, -w, 0); break;
        case LV_SCR_LOAD_ANIM_OVER_TOP: lv_anim_set_exec_cb(&a_new, set_y_anim); lv_anim_set_values(&a_new, h, 0); break;
        case LV_SCR_LOAD_ANIM_OVER_BOTTOM: lv_anim_set_exec_cb(&a_new, set_y_anim); lv_anim_set_values(&a_new, -h, 0); break;
        case LV_SCR_LOAD_ANIM_MOVE_LEFT: lv_anim_set_values(&a_new, w, 0); lv_anim_set_values(&a_old, 0, -w); break;
        case LV_SCR_LOAD_ANIM_MOVE_RIGHT: lv_anim_set_values(&a_new, -w, 0); lv_anim_set_values(&a_old, 0, w); break;
        case LV_SCR_LOAD_ANIM_MOVE_TOP:
            lv_anim_set_exec_cb(&a_new, set_y_anim);
            lv_anim_set_exec_cb(&a_old, set_y_anim);
            lv_anim_set_values(&a_new, h, 0);
            lv_anim_set_values(&a_old, 0, -h);
            break;
        case LV_SCR_LOAD_ANIM_MOVE_BOTTOM:
            lv_anim_set_exec_cb(&a_new, set_y_anim);
            lv_anim_set_exec_cb(&a_old, set_y_anim);
            lv_anim_set_values(&a_new, -h, 0);
            lv_anim_set_values(&a_old, 0, h);
            break;
        case LV_SCR_LOAD_ANIM_FADE_IN: lv_anim_set_exec_cb(&a_new, opa_anim); lv_anim_set_values(&a_new, LV_OPA_TRANSP, LV_OPA_COVER); break;
        case LV_SCR_LOAD_ANIM_FADE_OUT: lv_anim_set_exec_cb(&a_old, opa_anim); lv_anim_set_values(&a_old, LV_OPA_COVER, LV_OPA_TRANSP); break;
        case LV_SCR_LOAD_ANIM_OUT_LEFT: lv_anim_set_values(&a_old, 0, -w); break;
        case LV_SCR_LOAD_ANIM_OUT_RIGHT: lv_anim_set_values(&a_old, 0, w); break;
        case LV_SCR_LOAD_ANIM_OUT_TOP: lv_anim_set_exec_cb(&a_old, set_y_anim); lv_anim_set_values(&a_old, 0, -h); break;
        case LV_SCR_LOAD_ANIM_OUT_BOTTOM: lv_anim_set_exec_cb(&a_old, set_y_anim); lv_anim_set_values(&a_old, 0, h); break;
        default: break;
    }
    lv_obj_send_event(act_scr, LV_EVENT_SCREEN_UNLOAD_START, nullptr);
    lv_anim_start(&a_new);
    lv_anim_start(&a_old);
}

void lv_display_add_event_cb(lv_display_t * disp, lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data)
{
    disp = disp_of(disp);
    if(disp) lv_event_add(&disp->event_list, event_cb, filter, user_data);
}

uint32_t lv_display_get_event_count(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? lv_event_get_count(&disp->event_list) : 0;
}

bool lv_display_delete_event(lv_display_t * disp, uint32_t index)
{
    disp = disp_of(disp);
    return disp ? lv_event_remove(&disp->event_list, index) : false;
}

uint32_t lv_display_remove_event_cb_with_user_data(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data)
{
    disp = disp_of(disp);
    if(!disp) return 0;
    uint32_t removed = 0;
    for(uint32_t i = lv_event_get_count(&disp->event_list); i-- > 0;) {
        lv_event_dsc_t * d = lv_event_get_dsc(&disp->event_list, i);
        if(d->cb == event_cb && d->user_data == user_data) {
            lv_event_remove(&disp->event_list, i);
            removed++;
        }
    }
    return removed;
}

lv_result_t lv_display_send_event(lv_display_t * disp, lv_event_code_t code, void * param)
{
    if(!disp) return LV_RESULT_INVALID;
    lv_event_t e;
    lv_memzero(&e, sizeof(e));
    e.code = code;
    e.current_target = disp;
    e.original_target = disp;
    e.param = param;
    lv_result_t res = lv_event_send(&disp->event_list, &e, true);
    if(res != LV_RESULT_OK) return res;
    return lv_event_send(&disp->event_list, &e, false);
}

lv_area_t * lv_event_get_invalidated_area(lv_event_t * e)
{
    return lv_event_get_code(e) == LV_EVENT_INVALIDATE_AREA ? static_cast<lv_area_t *>(e->param) : nullptr;
}

void lv_display_set_theme(lv_display_t * disp, lv_theme_t * th)
{
    disp = disp_of(disp);
    if(disp) disp->theme = th;
}

lv_theme_t * lv_display_get_theme(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->theme : nullptr;
}

uint32_t lv_display_get_inactive_time(const lv_display_t * disp)
{
    if(disp) return lv_tick_elaps(disp->last_activity_time);
    uint32_t t = UINT32_MAX;
    for(lv_display_t * d = lv_global.disp_head; d; d = d->next) t = LV_MIN(t, lv_tick_elaps(d->last_activity_time));
    return t;
}

void lv_display_trigger_activity(lv_display_t * disp)
{
    disp = disp_of(disp);
    if(disp) disp->last_activity_time = lv_tick_get();
}

void lv_display_enable_invalidation(lv_display_t * disp, bool en)
{
    disp = disp_of(disp);
    if(disp) disp->inv_en_cnt += en ? 1 : -1;
}

bool lv_display_is_invalidation_enabled(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp && disp->inv_en_cnt > 0;
}

lv_timer_t * lv_display_get_refr_timer(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->refr_timer : nullptr;
}

void lv_display_delete_refr_timer(lv_display_t * disp)
{
    disp = disp_of(disp);
    if(!disp || !disp->refr_timer) return;
    lv_timer_delete(disp->refr_timer);
    disp->refr_timer = nullptr;
}

void lv_display_set_user_data(lv_display_t * disp, void * user_data)
{
    disp = disp_of(disp);
    if(disp) disp->user_data = user_data;
}

void * lv_display_get_user_data(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->user_data : nullptr;
}

void lv_display_set_driver_data(lv_display_t * disp, void * driver_data)
{
    disp = disp_of(disp);
    if(disp) disp->driver_data = driver_data;
}

void * lv_display_get_driver_data(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->driver_data : nullptr;
}

lv_draw_buf_t * lv_display_get_buf_active(lv_display_t * disp)
{
    disp = disp_of(disp);
    return disp ? disp->buf_act : nullptr;
}

lv_display_t * lv_obj_get_display(const lv_obj_t * obj)
{
    const lv_obj_t * scr = lv_obj_get_screen(obj);
    for(lv_display_t * d = lv_global.disp_head; d; d = d->next) {
        for(uint32_t i = 0; i < d->screen_cnt; i++) {
            if(d->screens[i] == scr) return d;
        }
    }
    return nullptr;
}

} // extern "C"

void lv_obj_screen_add(lv_display_t * disp, lv_obj_t * scr)
{
    lv_obj_t ** arr = static_cast<lv_obj_t **>(lv_realloc(disp->screens, sizeof(lv_obj_t *) * (disp->screen_cnt + 1)));
    if(!arr) return;
    disp->screens = arr;
    disp->screens[disp->screen_cnt++] = scr;
}

void lv_obj_screen_remove(lv_display_t * disp, lv_obj_t * scr)
{
    if(!disp) return;
    for(uint32_t i = 0; i < disp->screen_cnt; i++) {
        if(disp->screens[i] != scr) continue;
        for(uint32_t j = i + 1; j < disp->screen_cnt; j++) disp->screens[j - 1] = disp->screens[j];
        disp->screen_cnt--;
        break;
    }
    if(disp->act_scr == scr) disp->act_scr = nullptr;
    if(disp->prev_scr == scr) disp->prev_scr = nullptr;
    if(disp->scr_to_load == scr) disp->scr_to_load = nullptr;
    if(disp->bottom_layer == scr) disp->bottom_layer = nullptr;
    if(disp->top_layer == scr) disp->top_layer = nullptr;
    if(disp->sys_layer == scr) disp->sys_layer = nullptr;
}

bool lv_display_obj_is_in_screens(lv_display_t * disp, const lv_obj_t * obj)
{
    for(uint32_t i = 0; i < disp->screen_cnt; i++) {
        if(lv_obj_is_in_tree(disp->screens[i], obj)) return true;
    }
    return false;
}

void lv_display_for_each_screen(lv_display_t * disp, void (*cb)(lv_obj_t *, const void *), const void * data)
{
    for(uint32_t i = 0; i < disp->screen_cnt; i++) cb(disp->screens[i], data);
}
