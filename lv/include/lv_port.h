/**
 * @file lv_port.h
 * pyvgl extensions for ports (not part of LVGL's API, not included by lvgl.h, not bound).
 */
#ifndef LV_PORT_H
#define LV_PORT_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A function that makes a display and returns it (NULL if it cannot). */
typedef lv_display_t * (*lv_display_provider_t)(void);

/**
 * Lets the port supply the default display on first need: when a screen is created, or the
 * active screen or a layer is asked for, and no display exists yet. This way a script that
 * builds widgets without making a display (as DESIGN.md's hello world does) still shows
 * them, in a window or headless, while a script that makes its own display first is left
 * alone. NULL removes the provider.
 */
void lv_display_set_default_provider(lv_display_provider_t provider);

#ifdef __cplusplus
}
#endif

#endif
