/**
 * @file lv_sdl_window.cpp
 * The SDL window display. The engine draws DIRECT into one full-size XRGB8888 buffer; the
 * flush callback copies just the flushed area into a streaming texture and, after the
 * refresh's last area, the texture is drawn to the window and presented (one present per
 * frame, so vsync, where the renderer has it, paces presents and never tears).
 */
#include <new>

#include <cstdio>

#include "lv_png.h"
#include "lv_sdl_private.h"
#include "lv_sdl_window.h"

namespace {

constexpr int MAX_WINDOWS = 8;
constexpr lv_color_format_t COLOR_FORMAT = LV_COLOR_FORMAT_XRGB8888;

struct Window {
    lv_display_t * disp;
    SDL_Window * window;
    SDL_Renderer * renderer;
    SDL_Texture * texture;
    uint8_t * fb;      /* the display's draw buffer (DIRECT mode) */
    int32_t hor_res;   /* size of fb and texture */
    int32_t ver_res;
    float zoom;
    bool resizeable; /* the user may resize it: the display follows */
    bool closed;
};

Window * windows[MAX_WINDOWS];

Window * window_of(lv_display_t * disp)
{
    if(!disp) return nullptr;
    for(Window * w : windows) {
        if(w && w->disp == disp) return w;
    }
    return nullptr;
}

Window * window_of_id(uint32_t id)
{
    for(Window * w : windows) {
        if(w && w->window && SDL_GetWindowID(w->window) == id) return w;
    }
    return nullptr;
}

void present(Window * w)
{
    if(!w->renderer || !w->texture) return;
    SDL_RenderClear(w->renderer);
    SDL_RenderCopy(w->renderer, w->texture, nullptr, nullptr); /* scaled to the window: zoom */
    SDL_RenderPresent(w->renderer);
}

void flush_cb(lv_display_t * disp, const lv_area_t * area, uint8_t * px_map)
{
    Window * w = window_of(disp);
    if(w && w->texture) {
        /* px_map is the whole frame buffer in DIRECT mode: copy only the flushed area */
        uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(w->hor_res), COLOR_FORMAT);
        SDL_Rect rect = {area->x1, area->y1, lv_area_get_width(area), lv_area_get_height(area)};
        const uint8_t * first = px_map + static_cast<size_t>(area->y1) * stride + static_cast<size_t>(area->x1) * 4;
        SDL_UpdateTexture(w->texture, &rect, first, static_cast<int>(stride));
        if(lv_display_flush_is_last(disp)) present(w);
    }
    lv_display_flush_ready(disp);
}

/** (Re)creates the frame buffer and texture for the display's current resolution. */
bool resize_buffers(Window * w, int32_t hor_res, int32_t ver_res)
{
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(hor_res), COLOR_FORMAT);
    uint32_t size = stride * static_cast<uint32_t>(ver_res);
    uint8_t * fb = static_cast<uint8_t *>(lv_malloc_zeroed(size));
    SDL_Texture * tex = SDL_CreateTexture(w->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING,
                                          hor_res, ver_res);
    if(!fb || !tex) {
        lv_free(fb);
        if(tex) SDL_DestroyTexture(tex);
        return false;
    }
    /* the resolution first: the display checks the buffer against it */
    if(lv_display_get_horizontal_resolution(w->disp) != hor_res || lv_display_get_vertical_resolution(w->disp) != ver_res) {
        lv_display_set_resolution(w->disp, hor_res, ver_res);
    }
    lv_display_set_buffers_with_stride(w->disp, fb, nullptr, size, stride, LV_DISPLAY_RENDER_MODE_DIRECT);
    if(w->texture) SDL_DestroyTexture(w->texture);
    lv_free(w->fb);
    w->fb = fb;
    w->texture = tex;
    w->hor_res = hor_res;
    w->ver_res = ver_res;
    return true;
}

void window_size_for(Window * w, int * out_w, int * out_h)
{
    *out_w = static_cast<int>(static_cast<float>(w->hor_res) * w->zoom + 0.5f);
    *out_h = static_cast<int>(static_cast<float>(w->ver_res) * w->zoom + 0.5f);
}

void destroy_sdl_parts(Window * w)
{
    if(w->texture) SDL_DestroyTexture(w->texture);
    if(w->renderer) SDL_DestroyRenderer(w->renderer);
    if(w->window) SDL_DestroyWindow(w->window);
    w->texture = nullptr;
    w->renderer = nullptr;
    w->window = nullptr;
}

/** The display goes away: the window with it. */
void on_display_delete(lv_event_t * e)
{
    lv_display_t * disp = static_cast<lv_display_t *>(lv_event_get_user_data(e));
    for(Window *& w : windows) {
        if(w && w->disp == disp) {
            destroy_sdl_parts(w);
            lv_free(w->fb);
            lv_free(w);
            w = nullptr;
        }
    }
}

/** The user closed the window: hide it and remember; the event loop decides what to do. */
void close_window(Window * w)
{
    w->closed = true;
    destroy_sdl_parts(w);
    /* nothing to draw into any more: stop rendering into the buffer */
    lv_display_enable_invalidation(w->disp, false);
}

void follow_window_size(Window * w)
{
    /* a fixed-size window changes size only through set_zoom, which keeps the resolution */
    if(!w->resizeable) return;
    int win_w = 0;
    int win_h = 0;
    SDL_GetWindowSize(w->window, &win_w, &win_h);
    int32_t hor = static_cast<int32_t>(static_cast<float>(win_w) / w->zoom);
    int32_t ver = static_cast<int32_t>(static_cast<float>(win_h) / w->zoom);
    if(hor < 1 || ver < 1 || (hor == w->hor_res && ver == w->ver_res)) return;
    if(!resize_buffers(w, hor, ver)) return; /* keep the old size when out of memory */
    lv_obj_invalidate(lv_display_get_screen_active(w->disp));
}

/** F12: the screen as shown, into the first free pyvgl-screenshot-NNN.png of the current
 *  directory. */
void save_numbered_screenshot(Window * w)
{
    char path[40];
    for(int n = 1; n < 1000; n++) {
        std::snprintf(path, sizeof path, "pyvgl-screenshot-%03d.png", n);
        std::FILE * f = std::fopen(path, "rb");
        if(f) {
            std::fclose(f);
            continue;
        }
        if(lv_sdl_window_screenshot(w->disp, path) == LV_RESULT_OK) SDL_Log("pyvgl: screenshot saved to %s", path);
        else SDL_Log("pyvgl: cannot write %s", path);
        return;
    }
}

} // namespace

void lv_sdl_window_handle_event(const SDL_Event * event)
{
    if(event->type == SDL_KEYDOWN && event->key.keysym.sym == SDLK_F12 && !event->key.repeat) {
        Window * w = window_of_id(event->key.windowID);
        if(w && !w->closed) save_numbered_screenshot(w);
        return;
    }
    if(event->type != SDL_WINDOWEVENT) return;
    Window * w = window_of_id(event->window.windowID);
    if(!w || w->closed) return;
    switch(event->window.event) {
        case SDL_WINDOWEVENT_CLOSE: close_window(w); break;
        case SDL_WINDOWEVENT_EXPOSED: present(w); break; /* the texture still holds the frame */
        case SDL_WINDOWEVENT_SIZE_CHANGED: follow_window_size(w); break;
        default: break;
    }
}

void lv_sdl_window_close_all(void)
{
    for(Window * w : windows) {
        if(w && !w->closed) close_window(w);
    }
}

bool lv_sdl_all_windows_closed(void)
{
    bool any = false;
    for(Window * w : windows) {
        if(!w) continue;
        any = true;
        if(!w->closed) return false;
    }
    return any;
}

float lv_sdl_zoom_of_window_id(uint32_t win_id)
{
    Window * w = window_of_id(win_id);
    return w ? w->zoom : 1.0f;
}

extern "C" {

lv_display_t * lv_sdl_window_create(int32_t hor_res, int32_t ver_res)
{
    if(hor_res < 1 || ver_res < 1 || !lv_sdl_init()) return nullptr;
    int slot = 0;
    while(slot < MAX_WINDOWS && windows[slot]) slot++;
    if(slot == MAX_WINDOWS) {
        SDL_SetError("too many SDL windows");
        return nullptr;
    }
    Window * w = static_cast<Window *>(lv_malloc_zeroed(sizeof(Window)));
    lv_display_t * disp = w ? lv_display_create(hor_res, ver_res) : nullptr;
    if(!disp) {
        lv_free(w);
        return nullptr;
    }
    w->disp = disp;
    w->zoom = 1.0f;
    lv_display_set_color_format(disp, COLOR_FORMAT);
    w->window = SDL_CreateWindow("pyvgl", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, hor_res, ver_res, 0);
    if(w->window) {
        /* vsync where the renderer offers it; any renderer (software under Xvfb) otherwise */
        w->renderer = SDL_CreateRenderer(w->window, -1, SDL_RENDERER_PRESENTVSYNC);
        if(!w->renderer) w->renderer = SDL_CreateRenderer(w->window, -1, 0);
    }
    if(!w->renderer || !resize_buffers(w, hor_res, ver_res)) {
        destroy_sdl_parts(w);
        lv_free(w->fb);
        lv_free(w);
        lv_display_delete(disp);
        return nullptr;
    }
    windows[slot] = w;
    lv_display_set_flush_cb(disp, flush_cb);
    lv_display_set_driver_data(disp, w);
    lv_display_add_event_cb(disp, on_display_delete, LV_EVENT_DELETE, disp);
    SDL_SetRenderDrawColor(w->renderer, 0, 0, 0, 255);
    lv_obj_invalidate(lv_display_get_screen_active(disp));
    return disp;
}

void lv_sdl_window_set_resizeable(lv_display_t * disp)
{
    Window * w = window_of(disp);
    if(!w || !w->window) return;
    w->resizeable = true;
    SDL_SetWindowResizable(w->window, SDL_TRUE);
}

void lv_sdl_window_set_zoom(lv_display_t * disp, float zoom)
{
    Window * w = window_of(disp);
    if(!w || !w->window || !(zoom > 0.0f)) return;
    w->zoom = zoom;
    int win_w = 0;
    int win_h = 0;
    window_size_for(w, &win_w, &win_h);
    SDL_SetWindowSize(w->window, win_w, win_h);
    present(w);
}

float lv_sdl_window_get_zoom(lv_display_t * disp)
{
    Window * w = window_of(disp);
    return w ? w->zoom : 1.0f;
}

void lv_sdl_window_set_title(lv_display_t * disp, const char * title)
{
    Window * w = window_of(disp);
    if(w && w->window && title) SDL_SetWindowTitle(w->window, title);
}

lv_display_t * lv_sdl_get_disp_from_win_id(uint32_t win_id)
{
    Window * w = window_of_id(win_id);
    return w ? w->disp : nullptr;
}

bool lv_sdl_window_is_closed(lv_display_t * disp)
{
    Window * w = window_of(disp);
    return w && w->closed;
}

lv_result_t lv_sdl_window_screenshot(lv_display_t * disp, const char * path)
{
    Window * w = window_of(disp);
    if(!w || !w->fb || !path) return LV_RESULT_INVALID;
    lv_refr_now(disp); /* what is pending goes in too */
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(w->hor_res), COLOR_FORMAT);
    lv_draw_buf_t buf;
    if(lv_draw_buf_init(&buf, static_cast<uint32_t>(w->hor_res), static_cast<uint32_t>(w->ver_res), COLOR_FORMAT, stride,
                        w->fb, stride * static_cast<uint32_t>(w->ver_res)) != LV_RESULT_OK) {
        return LV_RESULT_INVALID;
    }
    return lv_draw_buf_save_to_png(&buf, path);
}

uint32_t lv_sdl_window_get_id(lv_display_t * disp)
{
    Window * w = window_of(disp);
    return (w && w->window) ? SDL_GetWindowID(w->window) : 0;
}

} // extern "C"
