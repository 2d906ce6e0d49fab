// The page's pointer and keys as LVGL input devices (web_input.cpp).
#pragma once
#include <stdint.h>

#include "lvgl.h"

/** Makes a POINTER indev and a KEYPAD indev (on the default group, made if there is none)
 *  for disp. Call once the engine runs. */
void web_input_create(lv_display_t* disp);

/** Queues a pointer state (display coordinates; pressed 1/0) for the next read. */
void web_input_pointer(int32_t x, int32_t y, bool pressed);

/** Queues one key (LV_KEY_* or a character's code point): a press then a release. */
void web_input_key(uint32_t key);
