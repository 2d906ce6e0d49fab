/**
 * @file lv_sdl_mouse.cpp
 * Mouse -> pointer. The poller records position and left button; the read callback reports
 * them. A press and its release within one poll are both seen: the release waits for the
 * read after the one that reported the press, so quick clicks are never lost.
 */
#include "lv_sdl_mouse.h"
#include "lv_sdl_private.h"
#include "lv_sdl_window.h"

namespace {

struct MouseState {
    lv_point_t point;
    bool down;            /* the button as the poller last saw it */
    bool press_unreported; /* went down since the last read */
};

int32_t unzoom(int32_t v, float zoom) { return static_cast<int32_t>(static_cast<float>(v) / zoom); }

void handle_event(lv_indev_t * indev, const SDL_Event * e)
{
    MouseState * m = static_cast<MouseState *>(lv_indev_get_driver_data(indev));
    if(!m) return;
    switch(e->type) {
        case SDL_MOUSEMOTION: {
            float zoom = lv_sdl_zoom_of_window_id(e->motion.windowID);
            m->point = {unzoom(e->motion.x, zoom), unzoom(e->motion.y, zoom)};
            break;
        }
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            if(e->button.button != SDL_BUTTON_LEFT) break;
            float zoom = lv_sdl_zoom_of_window_id(e->button.windowID);
            m->point = {unzoom(e->button.x, zoom), unzoom(e->button.y, zoom)};
            m->down = e->type == SDL_MOUSEBUTTONDOWN;
            if(m->down) m->press_unreported = true;
            lv_display_t * disp = lv_sdl_get_disp_from_win_id(e->button.windowID);
            if(disp) lv_indev_set_display(indev, disp);
            break;
        }
        case SDL_WINDOWEVENT:
            /* the button is released outside the window without an event: let go on leave */
            if(e->window.event == SDL_WINDOWEVENT_LEAVE) m->down = false;
            break;
        default: break;
    }
}

void read_cb(lv_indev_t * indev, lv_indev_data_t * data)
{
    MouseState * m = static_cast<MouseState *>(lv_indev_get_driver_data(indev));
    if(!m) return;
    data->point = m->point;
    data->state = (m->down || m->press_unreported) ? LV_INDEV_STATE_PRESSED : LV_INDEV_STATE_RELEASED;
    m->press_unreported = false;
}

} // namespace

extern "C" lv_indev_t * lv_sdl_mouse_create(void)
{
    void * state = lv_sdl_is_initialized() ? lv_malloc_zeroed(sizeof(MouseState)) : nullptr;
    return lv_sdl_indev_create(LV_INDEV_TYPE_POINTER, read_cb, state, handle_event);
}
