/**
 * @file lv_sdl_window.h
 * A desktop window (SDL2) as an LVGL display, with LVGL 9.3's names.
 *
 * The first window initialises SDL, makes SDL_GetTicks the engine's tick source and creates
 * one engine timer that polls SDL events, so every event is handled on the thread that runs
 * lv_timer_handler. Rendering is DIRECT into a full-size buffer; each flushed area is copied
 * into an SDL texture and the window is presented once per refresh, after its last area.
 * Nothing is copied or presented while nothing changes on screen.
 */
#ifndef LV_SDL_WINDOW_H
#define LV_SDL_WINDOW_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Opens a window of hor_res x ver_res pixels (zoom 1) and returns its display, which
 *  becomes the default one if there was none. NULL if SDL cannot open a window. */
lv_display_t * lv_sdl_window_create(int32_t hor_res, int32_t ver_res);

/** Lets the user resize the window; the display's resolution follows it. */
void lv_sdl_window_set_resizeable(lv_display_t * disp);

/** Shows every display pixel as zoom x zoom window pixels (e.g. 2 for small panels). */
void lv_sdl_window_set_zoom(lv_display_t * disp, float zoom);
float lv_sdl_window_get_zoom(lv_display_t * disp);

void lv_sdl_window_set_title(lv_display_t * disp, const char * title);

/** The display shown in the SDL window with this id, or NULL. */
lv_display_t * lv_sdl_get_disp_from_win_id(uint32_t win_id);

/** Closes every SDL window (their displays stay, with nothing to show on) and SDL itself. */
void lv_sdl_quit(void);

/* ---- pyvgl additions ---- */

/** True once the user closed this display's window (the display itself is not deleted). */
bool lv_sdl_window_is_closed(lv_display_t * disp);

/** True once every SDL window was closed or SDL delivered a quit request (e.g. Ctrl-C in
 *  the window's terminal through SDL's signal handler, or the desktop's log-out): the
 *  event loop's cue to stop. */
bool lv_sdl_quit_requested(void);

/** Saves what the window shows as a PNG (after drawing what is pending). F12 in the window
 *  does it to pyvgl-screenshot-NNN.png in the current directory. */
lv_result_t lv_sdl_window_screenshot(lv_display_t * disp, const char * path);

/** The SDL window id (for tools that look the window up), 0 if disp is not an SDL window. */
uint32_t lv_sdl_window_get_id(lv_display_t * disp);

#ifdef __cplusplus
}
#endif

#endif
