/**
 * @file lv_indev_script.h
 * A scripted input device for headless tests: a queue of steps (press, move, release at a
 * point; key presses; encoder turns), each performed when the engine's tick reaches its
 * time. Steps are read through the normal indev path, so widgets see exactly what a real
 * pointer, keypad or encoder would produce.
 *
 * Timing: a step runs `delay_ms` after the previous step ran (or after it was queued, when
 * the queue was empty). The indev is read by its timer every LV_DEF_REFR_PERIOD ms, so a
 * test advances lv_tick_inc and calls lv_timer_handler until lv_indev_script_is_done.
 */
#ifndef LV_INDEV_SCRIPT_H
#define LV_INDEV_SCRIPT_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A scripted POINTER, KEYPAD or ENCODER (NULL for other types or out of memory). Keypads
 *  and encoders work on the default group (also one set as default later). */
lv_indev_t * lv_indev_script_create(lv_indev_type_t type);

/* Pointer steps. False when out of memory or the indev is not a scripted pointer. */
bool lv_indev_script_press(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms);
bool lv_indev_script_move(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms);
bool lv_indev_script_release(lv_indev_t * indev, uint32_t delay_ms);
/** Press at (x, y), release 50 ms later. */
bool lv_indev_script_click(lv_indev_t * indev, int32_t x, int32_t y, uint32_t delay_ms);
/** Press at (x1, y1), move to (x2, y2) in `steps` equal moves over duration_ms, release. */
bool lv_indev_script_drag(lv_indev_t * indev, int32_t x1, int32_t y1, int32_t x2, int32_t y2, uint32_t duration_ms,
                          uint32_t steps);

/* Keypad steps: a key (LV_KEY_* or a Unicode code point) pressed and released; text types
 * each character of a UTF-8 string. Encoder: the press steps press its button. */
bool lv_indev_script_key(lv_indev_t * indev, uint32_t key, uint32_t delay_ms);
bool lv_indev_script_text(lv_indev_t * indev, const char * utf8, uint32_t delay_ms);

/* Encoder steps: turn by `steps` (negative: backwards); press and release the button. */
bool lv_indev_script_turn(lv_indev_t * indev, int32_t steps, uint32_t delay_ms);
bool lv_indev_script_encoder_press(lv_indev_t * indev, uint32_t delay_ms);
bool lv_indev_script_encoder_release(lv_indev_t * indev, uint32_t delay_ms);

/** Steps not yet performed; 0 (and is_done true) when the script has run out. */
uint32_t lv_indev_script_pending(const lv_indev_t * indev);
bool lv_indev_script_is_done(const lv_indev_t * indev);
/** Drops the steps not yet performed (a pressed pointer stays pressed). */
void lv_indev_script_clear(lv_indev_t * indev);

#ifdef __cplusplus
}
#endif

#endif
