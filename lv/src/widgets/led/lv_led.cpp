/**
 * @file lv_led.cpp
 * LED: drawn like a base object, with every style color tinted by the LED color (by the
 * style color's brightness) and darkened by the LED brightness; the glow (shadow width and
 * spread) shrinks from full at LV_LED_BRIGHT_MAX to nothing at LV_LED_BRIGHT_MIN.
 */
#include "core/lv_obj_private.h"

namespace {

struct lv_led_t {
    lv_obj_t obj;
    lv_color_t color;
    uint8_t bright;
};

void led_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void led_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_led_class = {
    &lv_obj_class, led_constructor, nullptr, led_event, nullptr, "led",
    LV_DPI_DEF / 5, LV_DPI_DEF / 5, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_led_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_led_t * as_led(const lv_obj_t * obj) { return reinterpret_cast<lv_led_t *>(const_cast<lv_obj_t *>(obj)); }

lv_color_t tint(lv_color_t led_color, lv_color_t style_color, uint8_t bright)
{
    lv_color_t c = lv_color_mix(led_color, lv_color_black(), lv_color_brightness(style_color));
    return lv_color_mix(c, lv_color_black(), bright);
}

void led_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_led_t * led = as_led(obj);
    led->color = lv_theme_get_color_primary(obj);
    led->bright = LV_LED_BRIGHT_MAX;
}

void draw_main(lv_led_t * led, lv_layer_t * layer)
{
    lv_obj_t * obj = &led->obj;
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_MAIN, &dsc);
    dsc.bg_color = tint(led->color, dsc.bg_color, led->bright);
    dsc.bg_grad.stops[0].color = tint(led->color, dsc.bg_grad.stops[0].color, led->bright);
    dsc.bg_grad.stops[1].color = tint(led->color, dsc.bg_grad.stops[1].color, led->bright);
    dsc.shadow_color = tint(led->color, dsc.shadow_color, led->bright);
    dsc.border_color = tint(led->color, dsc.border_color, led->bright);
    dsc.outline_color = tint(led->color, dsc.outline_color, led->bright);
    dsc.shadow_width = ((led->bright - LV_LED_BRIGHT_MIN) * dsc.shadow_width) / (LV_LED_BRIGHT_MAX - LV_LED_BRIGHT_MIN);
    dsc.shadow_spread = ((led->bright - LV_LED_BRIGHT_MIN) * dsc.shadow_spread) / (LV_LED_BRIGHT_MAX - LV_LED_BRIGHT_MIN);
    lv_draw_rect(layer, &dsc, &obj->coords);
}

void led_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    /* the LED draws its own main part instead of the base object */
    if(code != LV_EVENT_DRAW_MAIN && code != LV_EVENT_DRAW_MAIN_END) {
        if(lv_obj_event_base(&lv_led_class, e) != LV_RESULT_OK) return;
    }
    if(code == LV_EVENT_DRAW_MAIN) draw_main(as_led(lv_event_get_current_target_obj(e)), lv_event_get_layer(e));
}

} // namespace

extern "C" {

lv_obj_t * lv_led_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_led_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_led_set_color(lv_obj_t * led, lv_color_t color)
{
    as_led(led)->color = color;
    lv_obj_invalidate(led);
}

void lv_led_set_brightness(lv_obj_t * led, uint8_t bright)
{
    if(bright < LV_LED_BRIGHT_MIN) bright = LV_LED_BRIGHT_MIN;
    if(as_led(led)->bright == bright) return;
    as_led(led)->bright = bright;
    lv_obj_invalidate(led);
}

void lv_led_on(lv_obj_t * led) { lv_led_set_brightness(led, LV_LED_BRIGHT_MAX); }
void lv_led_off(lv_obj_t * led) { lv_led_set_brightness(led, LV_LED_BRIGHT_MIN); }

void lv_led_toggle(lv_obj_t * led)
{
    uint8_t b = lv_led_get_brightness(led);
    lv_led_set_brightness(led, b > (LV_LED_BRIGHT_MIN + LV_LED_BRIGHT_MAX) >> 1 ? LV_LED_BRIGHT_MIN : LV_LED_BRIGHT_MAX);
}

uint8_t lv_led_get_brightness(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_led_class)) return {}; return as_led(obj)->bright; }
lv_color_t lv_led_get_color(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_led_class)) return {}; return as_led(obj)->color; }

} // extern "C"
