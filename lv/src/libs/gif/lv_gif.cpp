/**
 * @file lv_gif.cpp
 * The gif widget: an image showing an ARGB8888 descriptor that the GIF's frames are rendered
 * into. A timer (10 ms, LVGL's period) moves to the next frame once the current frame's delay
 * (hundredths of a second) has passed since it was shown; after the last loop it pauses and
 * sends LV_EVENT_READY.
 */
#include "widgets/image/lv_image_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"
#include "draw/lv_image_resolve.h"

#if LV_USE_GIF

gd_GIF * gd_open_gif_data_size(const void * data, uint32_t size);

namespace {

constexpr uint32_t kTimerPeriod = 10;

struct lv_gif_t {
    lv_image_t img;
    gd_GIF * gif;
    lv_timer_t * timer;
    lv_image_dsc_t imgdsc; /* the shown frame; its data is ours */
    uint32_t last_call;
};

void gif_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void gif_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_gif_class = {
    &lv_image_class, gif_constructor, gif_destructor, nullptr, nullptr, "gif",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_gif_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_gif_t * as_gif(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_gif_class)) return nullptr;
    return reinterpret_cast<lv_gif_t *>(obj);
}

/** Shows the frame read last and asks for a redraw. */
void show_frame(lv_obj_t * obj, lv_gif_t * g)
{
    gd_render_frame(g->gif, const_cast<uint8_t *>(g->imgdsc.data));
    lv_image_cache_drop(&g->imgdsc);
    lv_obj_invalidate(obj);
}

void next_frame(lv_timer_t * t)
{
    lv_obj_t * obj = static_cast<lv_obj_t *>(lv_timer_get_user_data(t));
    lv_gif_t * g = as_gif(obj);
    if(g == nullptr || g->gif == nullptr) return;
    if(lv_tick_elaps(g->last_call) < static_cast<uint32_t>(g->gif->gce.delay) * 10) return;
    g->last_call = lv_tick_get();
    const int has_next = gd_get_frame(g->gif);
    if(has_next <= 0) {
        /* the last loop ended (or the data broke off): stay on the last frame */
        lv_timer_pause(t);
        if(lv_obj_send_event(obj, LV_EVENT_READY, nullptr) != LV_RESULT_OK) return;
        if(has_next < 0) return;
    }
    show_frame(obj, g);
}

void close_gif(lv_gif_t * g)
{
    lv_image_cache_drop(&g->imgdsc);
    gd_close_gif(g->gif);
    g->gif = nullptr;
    lv_free(const_cast<uint8_t *>(g->imgdsc.data));
    lv_memzero(&g->imgdsc, sizeof(g->imgdsc));
}

void gif_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_gif_t * g = reinterpret_cast<lv_gif_t *>(obj);
    g->gif = nullptr;
    lv_memzero(&g->imgdsc, sizeof(g->imgdsc));
    g->timer = lv_timer_create(next_frame, kTimerPeriod, obj);
    lv_timer_pause(g->timer);
}

void gif_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_gif_t * g = reinterpret_cast<lv_gif_t *>(obj);
    lv_image_set_src(obj, nullptr);
    close_gif(g);
    lv_timer_delete(g->timer);
}

gd_GIF * open_source(const void * src)
{
    const lv_image_src_t type = lv_image_src_get_type(src);
    if(type == LV_IMAGE_SRC_FILE) return gd_open_gif_file(static_cast<const char *>(src));
    if(type != LV_IMAGE_SRC_VARIABLE) return nullptr;
    const lv_image_dsc_t * dsc = static_cast<const lv_image_dsc_t *>(src);
    return gd_open_gif_data_size(dsc->data, dsc->data_size);
}

} // namespace

extern "C" {

lv_obj_t * lv_gif_create(lv_obj_t * parent) { return lv_widget_create(&lv_gif_class, parent); }

void lv_gif_set_src(lv_obj_t * obj, const void * src)
{
    lv_gif_t * g = as_gif(obj);
    if(g == nullptr) return;
    lv_image_set_src(obj, nullptr);
    close_gif(g);
    lv_timer_pause(g->timer);
    g->gif = open_source(src);
    if(g->gif == nullptr) return;
    const uint32_t w = g->gif->width;
    const uint32_t h = g->gif->height;
    uint8_t * pixels = static_cast<uint8_t *>(lv_malloc_zeroed(w * h * 4));
    if(pixels == nullptr) {
        close_gif(g);
        return;
    }
    g->imgdsc.header.magic = LV_IMAGE_HEADER_MAGIC;
    g->imgdsc.header.cf = LV_COLOR_FORMAT_ARGB8888;
    g->imgdsc.header.w = w;
    g->imgdsc.header.h = h;
    g->imgdsc.header.stride = w * 4;
    g->imgdsc.data = pixels;
    g->imgdsc.data_size = w * h * 4;
    /* the first frame at once; the next one after its delay */
    if(gd_get_frame(g->gif) > 0) gd_render_frame(g->gif, pixels);
    lv_image_set_src(obj, &g->imgdsc);
    g->last_call = lv_tick_get();
    lv_timer_resume(g->timer);
    lv_timer_reset(g->timer);
}

void lv_gif_restart(lv_obj_t * obj)
{
    lv_gif_t * g = as_gif(obj);
    if(g == nullptr || g->gif == nullptr) return;
    gd_rewind(g->gif);
    if(gd_get_frame(g->gif) > 0) show_frame(obj, g);
    g->last_call = lv_tick_get();
    lv_timer_resume(g->timer);
    lv_timer_reset(g->timer);
}

void lv_gif_pause(lv_obj_t * obj)
{
    lv_gif_t * g = as_gif(obj);
    if(g) lv_timer_pause(g->timer);
}

void lv_gif_resume(lv_obj_t * obj)
{
    lv_gif_t * g = as_gif(obj);
    if(g && g->gif) lv_timer_resume(g->timer);
}

bool lv_gif_is_loaded(lv_obj_t * obj)
{
    lv_gif_t * g = as_gif(obj);
    return g && g->gif;
}

int32_t lv_gif_get_loop_count(lv_obj_t * obj)
{
    lv_gif_t * g = as_gif(obj);
    return g && g->gif ? g->gif->loop_count : -1;
}

void lv_gif_set_loop_count(lv_obj_t * obj, int32_t count)
{
    lv_gif_t * g = as_gif(obj);
    if(g && g->gif) g->gif->loop_count = count;
}

} // extern "C"

#endif
