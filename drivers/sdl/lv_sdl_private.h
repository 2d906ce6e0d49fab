/**
 * @file lv_sdl_private.h
 * What the SDL drivers share: SDL start-up, the engine timer that polls SDL events, and the
 * list of input devices the events are handed to.
 */
#ifndef LV_SDL_PRIVATE_H
#define LV_SDL_PRIVATE_H

#include <SDL2/SDL.h>

/* SDL is opened on first use (dlopen), not linked: Debian's libSDL2 pulls in some fifty
 * libraries (X11, Wayland, PulseAudio...) whose loading alone would triple pyvgl's start-up
 * for every script that never opens a window. The drivers call SDL through this table; the
 * SDL_* names below are redirected to it. */
#define LV_SDL_FUNCTIONS(X) \
    X(CreateRenderer) \
    X(CreateTexture) \
    X(CreateWindow) \
    X(DestroyRenderer) \
    X(DestroyTexture) \
    X(DestroyWindow) \
    X(GetTicks) \
    X(GetWindowID) \
    X(GetWindowSize) \
    X(InitSubSystem) \
    X(Log) \
    X(PollEvent) \
    X(QuitSubSystem) \
    X(RenderClear) \
    X(RenderCopy) \
    X(RenderPresent) \
    X(SetError) \
    X(SetRenderDrawColor) \
    X(SetWindowResizable) \
    X(SetWindowSize) \
    X(SetWindowTitle) \
    X(StartTextInput) \
    X(StopTextInput) \
    X(UpdateTexture)

struct lv_sdl_api_t {
#define LV_SDL_FIELD(name) decltype(&SDL_##name) name;
    LV_SDL_FUNCTIONS(LV_SDL_FIELD)
#undef LV_SDL_FIELD
};
extern lv_sdl_api_t lv_sdl_api;

/** Opens libSDL2 and fills lv_sdl_api (once); false if SDL is not installed. */
bool lv_sdl_load(void);

#define SDL_CreateRenderer (lv_sdl_api.CreateRenderer)
#define SDL_CreateTexture (lv_sdl_api.CreateTexture)
#define SDL_CreateWindow (lv_sdl_api.CreateWindow)
#define SDL_DestroyRenderer (lv_sdl_api.DestroyRenderer)
#define SDL_DestroyTexture (lv_sdl_api.DestroyTexture)
#define SDL_DestroyWindow (lv_sdl_api.DestroyWindow)
#define SDL_GetTicks (lv_sdl_api.GetTicks)
#define SDL_GetWindowID (lv_sdl_api.GetWindowID)
#define SDL_GetWindowSize (lv_sdl_api.GetWindowSize)
#define SDL_InitSubSystem (lv_sdl_api.InitSubSystem)
#define SDL_Log (lv_sdl_api.Log)
#define SDL_PollEvent (lv_sdl_api.PollEvent)
#define SDL_QuitSubSystem (lv_sdl_api.QuitSubSystem)
#define SDL_RenderClear (lv_sdl_api.RenderClear)
#define SDL_RenderCopy (lv_sdl_api.RenderCopy)
#define SDL_RenderPresent (lv_sdl_api.RenderPresent)
#define SDL_SetError (lv_sdl_api.SetError)
#define SDL_SetRenderDrawColor (lv_sdl_api.SetRenderDrawColor)
#define SDL_SetWindowResizable (lv_sdl_api.SetWindowResizable)
#define SDL_SetWindowSize (lv_sdl_api.SetWindowSize)
#define SDL_SetWindowTitle (lv_sdl_api.SetWindowTitle)
#define SDL_StartTextInput (lv_sdl_api.StartTextInput)
#define SDL_StopTextInput (lv_sdl_api.StopTextInput)
#define SDL_UpdateTexture (lv_sdl_api.UpdateTexture)

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
