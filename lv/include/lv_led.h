/**
 * @file lv_led.h
 * LED: a round light whose colors (from the theme, tinted with the LED's color) darken and
 * whose glow shrinks with the brightness (LV_LED_BRIGHT_MIN..LV_LED_BRIGHT_MAX).
 */
#ifndef LV_LED_H
#define LV_LED_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_LED_BRIGHT_MIN 80
#define LV_LED_BRIGHT_MAX 255

extern const lv_obj_class_t lv_led_class;

lv_obj_t * lv_led_create(lv_obj_t * parent);
void lv_led_set_color(lv_obj_t * led, lv_color_t color);
/** Brightness, clamped to LV_LED_BRIGHT_MIN..LV_LED_BRIGHT_MAX. */
void lv_led_set_brightness(lv_obj_t * led, uint8_t bright);
void lv_led_on(lv_obj_t * led);
void lv_led_off(lv_obj_t * led);
/** Switches between on and off (anything above the midpoint counts as on). */
void lv_led_toggle(lv_obj_t * led);
uint8_t lv_led_get_brightness(const lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
