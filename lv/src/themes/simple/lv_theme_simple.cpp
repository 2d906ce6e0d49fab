/**
 * @file lv_theme_simple.cpp
 * LVGL's simple theme: flat grey surfaces, no padding, radius or animation of its own, for
 * small or slow targets. Shades of LVGL's grey palette: the screen lighten 4, "light"
 * lighten 2, "dark" the main grey, "dim" darken 2 (also the text colour).
 */
#include "core/lv_global.h"
#include "themes/lv_theme_rules.h"

namespace {

enum style_id : uint8_t { SCR, TRANSP, WHITE, LIGHT, DARK, DIM, SCROLLBAR, ARC_LINE, ARC_KNOB, TA_CURSOR, STYLE_COUNT };

constexpr lv_style_selector_t ITEMS = LV_PART_ITEMS;
constexpr lv_theme_ctx_t ANY = LV_THEME_CTX_ANY;

const lv_theme_rule_t rules[] = {
    {nullptr, LV_THEME_CTX_SCREEN, SCR, 0},
    {nullptr, LV_THEME_CTX_SCREEN, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, LV_THEME_CTX_PARENT_TABVIEW, SCR, 0},
    {&lv_obj_class, LV_THEME_CTX_GRANDPARENT_TABVIEW, SCR, 0},
    {&lv_obj_class, LV_THEME_CTX_GRANDPARENT_TABVIEW, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, LV_THEME_CTX_WIN_HEADER, LIGHT, 0},
    {&lv_obj_class, LV_THEME_CTX_WIN_CONTENT, LIGHT, 0},
    {&lv_obj_class, LV_THEME_CTX_WIN_CONTENT, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, ANY, WHITE, 0},
    {&lv_obj_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_button_class, ANY, DARK, 0},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, LIGHT, ITEMS},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, LIGHT, ITEMS},
    {&lv_buttonmatrix_class, ANY, WHITE, 0},
    {&lv_buttonmatrix_class, ANY, LIGHT, ITEMS},
    {&lv_bar_class, ANY, LIGHT, 0},
    {&lv_bar_class, ANY, DARK, LV_PART_INDICATOR},
    {&lv_slider_class, ANY, LIGHT, 0},
    {&lv_slider_class, ANY, DARK, LV_PART_INDICATOR},
    {&lv_slider_class, ANY, DIM, LV_PART_KNOB},
    {&lv_table_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_table_class, ANY, LIGHT, ITEMS},
    {&lv_checkbox_class, ANY, LIGHT, LV_PART_INDICATOR},
    {&lv_checkbox_class, ANY, DARK, LV_PART_INDICATOR | LV_STATE_CHECKED},
    {&lv_switch_class, ANY, LIGHT, 0},
    {&lv_switch_class, ANY, DIM, LV_PART_KNOB},
    {&lv_chart_class, ANY, WHITE, 0},
    {&lv_chart_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_chart_class, ANY, LIGHT, ITEMS},
    {&lv_chart_class, ANY, DARK, LV_PART_CURSOR},
    {&lv_roller_class, ANY, LIGHT, 0},
    {&lv_roller_class, ANY, DARK, LV_PART_SELECTED},
    {&lv_dropdown_class, ANY, WHITE, 0},
    {&lv_dropdownlist_class, ANY, WHITE, 0},
    {&lv_dropdownlist_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_dropdownlist_class, ANY, LIGHT, LV_PART_SELECTED},
    {&lv_dropdownlist_class, ANY, DARK, LV_PART_SELECTED | LV_STATE_CHECKED},
    {&lv_arc_class, ANY, LIGHT, 0},
    {&lv_arc_class, ANY, TRANSP, 0},
    {&lv_arc_class, ANY, ARC_LINE, 0},
    {&lv_arc_class, ANY, DARK, LV_PART_INDICATOR},
    {&lv_arc_class, ANY, ARC_LINE, LV_PART_INDICATOR},
    {&lv_arc_class, ANY, DIM, LV_PART_KNOB},
    {&lv_arc_class, ANY, ARC_KNOB, LV_PART_KNOB},
    {&lv_spinner_class, ANY, LIGHT, 0},
    {&lv_spinner_class, ANY, TRANSP, 0},
    {&lv_spinner_class, ANY, ARC_LINE, 0},
    {&lv_spinner_class, ANY, DARK, LV_PART_INDICATOR},
    {&lv_spinner_class, ANY, ARC_LINE, LV_PART_INDICATOR},
    {&lv_textarea_class, ANY, WHITE, 0},
    {&lv_textarea_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_textarea_class, ANY, TA_CURSOR, LV_PART_CURSOR | LV_STATE_FOCUSED},
    {&lv_calendar_class, ANY, LIGHT, 0},
    {&lv_keyboard_class, ANY, SCR, 0},
    {&lv_keyboard_class, ANY, WHITE, ITEMS},
    {&lv_keyboard_class, ANY, LIGHT, ITEMS | LV_STATE_CHECKED},
    {&lv_list_class, ANY, LIGHT, 0},
    {&lv_list_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_list_text_class, ANY, LV_THEME_STYLE_NONE, 0},
    {&lv_list_button_class, ANY, DARK, 0},
    {&lv_msgbox_class, ANY, LIGHT, 0},
    {&lv_spinbox_class, ANY, LIGHT, 0},
    {&lv_spinbox_class, ANY, DARK, LV_PART_CURSOR},
    {&lv_tileview_class, ANY, SCR, 0},
    {&lv_tileview_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_tileview_tile_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_led_class, ANY, LIGHT, 0},
};

/** A surface style: background, and lines and arcs of the same colour. */
void surface(lv_style_t * s, lv_color_t color)
{
    lv_style_set_bg_opa(s, LV_OPA_COVER);
    lv_style_set_bg_color(s, color);
    lv_style_set_line_width(s, 1);
    lv_style_set_line_color(s, color);
    lv_style_set_arc_width(s, 2);
    lv_style_set_arc_color(s, color);
}

void styles_init(lv_style_t * s)
{
    const lv_color_t dark = lv_palette_main(LV_PALETTE_GREY);
    const lv_color_t dim = lv_palette_darken(LV_PALETTE_GREY, 2);

    lv_style_set_bg_opa(&s[SCROLLBAR], LV_OPA_COVER);
    lv_style_set_bg_color(&s[SCROLLBAR], dark);
    lv_style_set_width(&s[SCROLLBAR], 2);

    lv_style_set_bg_opa(&s[SCR], LV_OPA_COVER);
    lv_style_set_bg_color(&s[SCR], lv_palette_lighten(LV_PALETTE_GREY, 4));
    lv_style_set_text_color(&s[SCR], dim);

    lv_style_set_bg_opa(&s[TRANSP], LV_OPA_TRANSP);

    surface(&s[WHITE], lv_color_white());
    surface(&s[LIGHT], lv_palette_lighten(LV_PALETTE_GREY, 2));
    surface(&s[DARK], dark);
    surface(&s[DIM], dim);

    lv_style_set_arc_width(&s[ARC_LINE], 6);
    lv_style_set_pad_all(&s[ARC_KNOB], 5);

    lv_style_set_border_side(&s[TA_CURSOR], LV_BORDER_SIDE_LEFT);
    lv_style_set_border_color(&s[TA_CURSOR], dim);
    lv_style_set_border_width(&s[TA_CURSOR], 2);
    lv_style_set_bg_opa(&s[TA_CURSOR], LV_OPA_TRANSP);
    lv_style_set_anim_duration(&s[TA_CURSOR], 500);
}

} // namespace

extern "C" {

lv_theme_t * lv_theme_simple_init(lv_display_t * disp)
{
    lv_rules_theme_t * t = lv_rules_theme_prepare(&lv_global.theme_simple, disp, STYLE_COUNT, rules,
                                                  sizeof(rules) / sizeof(rules[0]));
    if(!t) return nullptr;
    styles_init(t->styles);
    return lv_rules_theme_done(t);
}

bool lv_theme_simple_is_inited(void) { return lv_rules_theme_is_inited(lv_global.theme_simple); }

lv_theme_t * lv_theme_simple_get(void)
{
    return lv_theme_simple_is_inited() ? static_cast<lv_theme_t *>(lv_global.theme_simple) : nullptr;
}

void lv_theme_simple_deinit(void) { lv_rules_theme_deinit(&lv_global.theme_simple); }

} // extern "C"
