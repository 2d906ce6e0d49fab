/**
 * @file lv_sdl_mousewheel.cpp
 * Mouse wheel -> encoder: notches are summed between reads; the middle button presses.
 */
#include "lv_sdl_mousewheel.h"
#include "lv_sdl_private.h"

namespace {

struct WheelState {
    int32_t diff;
    bool down;
    bool press_unreported;
};

void handle_event(lv_indev_t * indev, const SDL_Event * e)
{
    WheelState * w = static_cast<WheelState *>(lv_indev_get_driver_data(indev));
    if(!w) return;
    if(e->type == SDL_MOUSEWHEEL) {
        int32_t y = e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -e->wheel.y : e->wheel.y;
        w->diff -= y; /* SDL's y grows away from the user; forward is towards the user */
    }
    else if((e->type == SDL_MOUSEBUTTONDOWN || e->type == SDL_MOUSEBUTTONUP) && e->button.button == SDL_BUTTON_MIDDLE) {
        w->down = e->type == SDL_MOUSEBUTTONDOWN;
        if(w->down) w->press_unreported = true;
    }
}

void read_cb(lv_indev_t * indev, lv_indev_data_t * data)
{
    WheelState * w = static_cast<WheelState *>(lv_indev_get_driver_data(indev));
    if(!w) return;
    /* a default group set after the wheel was created still gets its input */
    if(!lv_indev_get_group(indev)) lv_indev_set_group(indev, lv_group_get_default());
    int32_t diff = LV_CLAMP(INT16_MIN, w->diff, INT16_MAX);
    data->enc_diff = static_cast<int16_t>(diff);
    w->diff -= diff;
    data->state = (w->down || w->press_unreported) ? LV_INDEV_STATE_PRESSED : LV_INDEV_STATE_RELEASED;
    w->press_unreported = false;
}

} // namespace

extern "C" lv_indev_t * lv_sdl_mousewheel_create(void)
{
    void * state = lv_sdl_is_initialized() ? lv_malloc_zeroed(sizeof(WheelState)) : nullptr;
    lv_indev_t * indev = lv_sdl_indev_create(LV_INDEV_TYPE_ENCODER, read_cb, state, handle_event);
    if(indev) lv_indev_set_group(indev, lv_group_get_default());
    return indev;
}
