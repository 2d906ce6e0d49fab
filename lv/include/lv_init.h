/**
 * @file lv_init.h
 * Engine start and stop.
 */
#ifndef LV_INIT_H
#define LV_INIT_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Initialises the engine; call once before anything else. */
void lv_init(void);
/** Frees everything the engine allocated; lv_init may be called again afterwards. */
void lv_deinit(void);
bool lv_is_initialized(void);
/** Where the engine's globals are, so a garbage collector can scan them as a root. */
void lv_global_get_root(void ** start, size_t * size);

#ifdef __cplusplus
}
#endif

#endif
