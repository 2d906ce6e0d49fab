/**
 * @file lv_led.cpp
 * LED: each style color is replaced by the LED color scaled by that style color's
 * brightness, then darkened towards black by the LED brightness; the shadow width and
 * spread scale from nothing at LV_LED_BRIGHT_MIN to the full style values at MAX.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

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

void led_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_led_t * led = as_led(obj);
    led->color = lv_theme_get_color_primary(obj);
    led->bright = LV_LED_BRIGHT_MAX;
}

/** The LED color at the brightness of `style_color`, then dimmed by the LED brightness. */
lv_color_t tint(const lv_led_t * led, lv_color_t style_color)
{
    lv_color_t c = lv_color_mix(led->color, lv_color_black(), lv_color_brightness(style_color));
    return lv_color_mix(c, lv_color_black(), led->bright);
}

int32_t scale_by_brightness(const lv_led_t * led, int32_t v)
{
    return (static_cast<int32_t>(led->bright) - LV_LED_BRIGHT_MIN) * v / (LV_LED_BRIGHT_MAX - LV_LED_BRIGHT_MIN);
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_led_t * led = as_led(obj);
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_MAIN, &dsc);
    dsc.bg_color = tint(led, dsc.bg_color);
    dsc.bg_grad.stops[0].color = tint(led, dsc.bg_grad.stops[0].color);
    dsc.bg_grad.stops[1].color = tint(led, dsc.bg_grad.stops[1].color);
    dsc.shadow_color = tint(led, dsc.shadow_color);
    dsc.border_color = tint(led, dsc.border_color);
    dsc.outline_color = tint(led, dsc.outline_color);
    dsc.shadow_width = scale_by_brightness(led, dsc.shadow_width);
    dsc.shadow_spread = scale_by_brightness(led, dsc.shadow_spread);
    lv_draw_rect(lv_event_get_layer(e), &dsc, &obj->coords);
}

void led_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    /* the LED draws its own background: the base class must not draw the plain one */
    if(code != LV_EVENT_DRAW_MAIN && code != LV_EVENT_DRAW_MAIN_END) {
        if(lv_obj_event_base(&lv_led_class, e) != LV_RESULT_OK) return;
    }
    if(code == LV_EVENT_DRAW_MAIN) draw_main(lv_event_get_current_target_obj(e), e);
}

} // namespace

extern "C" {

lv_obj_t * lv_led_create(lv_obj_t * parent) { return lv_widget_create(&lv_led_class, parent); }

void lv_led_set_color(lv_obj_t * obj, lv_color_t color)
{
    if(!lv_widget_check(obj, &lv_led_class)) return;
    as_led(obj)->color = color;
    lv_obj_invalidate(obj);
}

void lv_led_set_brightness(lv_obj_t * obj, uint8_t bright)
{
    if(!lv_widget_check(obj, &lv_led_class)) return;
    lv_led_t * led = as_led(obj);
    bright = static_cast<uint8_t>(lv_widget_clamp(bright, LV_LED_BRIGHT_MIN, LV_LED_BRIGHT_MAX));
    if(led->bright == bright) return;
    led->bright = bright;
    lv_obj_invalidate(obj);
}

void lv_led_on(lv_obj_t * led)
{
    if(!lv_widget_check(led, &lv_led_class)) return;
    lv_led_set_brightness(led, LV_LED_BRIGHT_MAX);
}
void lv_led_off(lv_obj_t * led)
{
    if(!lv_widget_check(led, &lv_led_class)) return;
    lv_led_set_brightness(led, LV_LED_BRIGHT_MIN);
}

void lv_led_toggle(lv_obj_t * led)
{
    if(!lv_widget_check(led, &lv_led_class)) return;
    if(lv_led_get_brightness(led) > (LV_LED_BRIGHT_MIN + LV_LED_BRIGHT_MAX) / 2) lv_led_off(led);
    else lv_led_on(led);
}

uint8_t lv_led_get_brightness(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_led_class)) return {};
    return as_led(obj)->bright;
}

} // extern "C"
