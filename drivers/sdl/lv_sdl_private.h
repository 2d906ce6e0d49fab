/**
 * @file lv_sdl_private.h
 * What the SDL drivers share: SDL start-up, the engine timer that polls SDL events, and the
 * list of input devices the events are handed to.
 */
#ifndef LV_SDL_PRIVATE_H
#define LV_SDL_PRIVATE_H

#include <SDL2/SDL.h>

#include "lvgl.h"

/** Called for every polled SDL event with the indev it was registered for. */
typedef void (*lv_sdl_event_handler_t)(lv_indev_t * indev, const SDL_Event * event);

/** Starts SDL video (once), sets the tick source and creates the event-polling timer.
 *  False if SDL cannot start; SDL_GetError() says why. */
bool lv_sdl_init(void);
bool lv_sdl_is_initialized(void);

/** Hands SDL events to `handler` for `indev` until the indev is deleted. */
bool lv_sdl_register_indev(lv_indev_t * indev, lv_sdl_event_handler_t handler);

/** Creates an indev of `type` with read_cb and driver data `state` (freed with the indev),
 *  registered for SDL events. NULL (and `state` freed) if SDL is not started or out of memory. */
lv_indev_t * lv_sdl_indev_create(lv_indev_type_t type, lv_indev_read_cb_t read_cb, void * state,
                                 lv_sdl_event_handler_t handler);

/* window side, used by the event poller and the input drivers */
void lv_sdl_window_handle_event(const SDL_Event * event);
void lv_sdl_window_close_all(void);
bool lv_sdl_all_windows_closed(void);
/** The window's zoom for mapping mouse coordinates; 1 if the id is unknown. */
float lv_sdl_zoom_of_window_id(uint32_t win_id);

#endif
