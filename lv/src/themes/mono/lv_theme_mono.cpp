/**
 * @file lv_theme_mono.cpp
 * LVGL's monochrome theme for 1-bit displays: only the foreground and background colours
 * (black on white, or white on black with dark_bg), 1 px borders that thicken when pressed,
 * inverted colours for checked and selected parts, outlines for focus.
 */
#include "core/lv_global.h"
#include "themes/lv_theme_rules.h"

namespace {

enum style_id : uint8_t {
    SCR, CARD, SCROLLBAR, PR, INV, DISABLED, FOCUS, EDIT, PAD_GAP, PAD_ZERO, NO_RADIUS, RADIUS_CIRCLE,
    LARGE_BORDER, LARGE_LINE_SPACE, UNDERLINE, TA_CURSOR, CHART_INDIC, STYLE_COUNT
};

constexpr int32_t BORDER_W_NORMAL = 1;
constexpr int32_t BORDER_W_PR = 3;
constexpr int32_t BORDER_W_DIS = 0;
constexpr int32_t BORDER_W_FOCUS = 1;
constexpr int32_t BORDER_W_EDIT = 2;
constexpr int32_t PAD_DEF = 4;

constexpr lv_style_selector_t ITEMS = LV_PART_ITEMS;
constexpr lv_theme_ctx_t ANY = LV_THEME_CTX_ANY;

/* A window's header gets the plain card look: LVGL 9.3's header test never matches. */
const lv_theme_rule_t rules[] = {
    {nullptr, LV_THEME_CTX_SCREEN, SCR, 0},
    {nullptr, LV_THEME_CTX_SCREEN, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, LV_THEME_CTX_PARENT_TABVIEW, LV_THEME_STYLE_NONE, 0},
    {&lv_obj_class, LV_THEME_CTX_GRANDPARENT_TABVIEW, CARD, 0},
    {&lv_obj_class, LV_THEME_CTX_GRANDPARENT_TABVIEW, NO_RADIUS, 0},
    {&lv_obj_class, LV_THEME_CTX_GRANDPARENT_TABVIEW, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, LV_THEME_CTX_WIN_CONTENT, CARD, 0},
    {&lv_obj_class, LV_THEME_CTX_WIN_CONTENT, NO_RADIUS, 0},
    {&lv_obj_class, LV_THEME_CTX_WIN_CONTENT, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_obj_class, ANY, CARD, 0},
    {&lv_obj_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_button_class, ANY, CARD, 0},
    {&lv_button_class, ANY, PR, LV_STATE_PRESSED},
    {&lv_button_class, ANY, INV, LV_STATE_CHECKED},
    {&lv_button_class, ANY, DISABLED, LV_STATE_DISABLED},
    {&lv_button_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_button_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, PAD_GAP, 0},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, CARD, ITEMS},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, DISABLED, ITEMS | LV_STATE_DISABLED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, UNDERLINE, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_MSGBOX, LARGE_BORDER, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, PAD_GAP, 0},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, CARD, ITEMS},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, INV, ITEMS | LV_STATE_CHECKED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, DISABLED, ITEMS | LV_STATE_DISABLED},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, UNDERLINE, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, LV_THEME_CTX_PARENT_TABVIEW, LARGE_BORDER, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, ANY, CARD, 0},
    {&lv_buttonmatrix_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, ANY, CARD, ITEMS},
    {&lv_buttonmatrix_class, ANY, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_buttonmatrix_class, ANY, INV, ITEMS | LV_STATE_CHECKED},
    {&lv_buttonmatrix_class, ANY, DISABLED, ITEMS | LV_STATE_DISABLED},
    {&lv_buttonmatrix_class, ANY, UNDERLINE, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_buttonmatrix_class, ANY, LARGE_BORDER, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_bar_class, ANY, CARD, 0},
    {&lv_bar_class, ANY, PAD_ZERO, 0},
    {&lv_bar_class, ANY, INV, LV_PART_INDICATOR},
    {&lv_bar_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_slider_class, ANY, CARD, 0},
    {&lv_slider_class, ANY, PAD_ZERO, 0},
    {&lv_slider_class, ANY, INV, LV_PART_INDICATOR},
    {&lv_slider_class, ANY, CARD, LV_PART_KNOB},
    {&lv_slider_class, ANY, RADIUS_CIRCLE, LV_PART_KNOB},
    {&lv_slider_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_slider_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_table_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_table_class, ANY, CARD, ITEMS},
    {&lv_table_class, ANY, NO_RADIUS, ITEMS},
    {&lv_table_class, ANY, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_table_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_table_class, ANY, INV, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_table_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_checkbox_class, ANY, PAD_GAP, LV_PART_MAIN},
    {&lv_checkbox_class, ANY, CARD, LV_PART_INDICATOR},
    {&lv_checkbox_class, ANY, DISABLED, LV_PART_INDICATOR | LV_STATE_DISABLED},
    {&lv_checkbox_class, ANY, INV, LV_PART_INDICATOR | LV_STATE_CHECKED},
    {&lv_checkbox_class, ANY, PR, LV_PART_INDICATOR | LV_STATE_PRESSED},
    {&lv_checkbox_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_checkbox_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_switch_class, ANY, CARD, 0},
    {&lv_switch_class, ANY, RADIUS_CIRCLE, 0},
    {&lv_switch_class, ANY, PAD_ZERO, 0},
    {&lv_switch_class, ANY, INV, LV_PART_INDICATOR},
    {&lv_switch_class, ANY, RADIUS_CIRCLE, LV_PART_INDICATOR},
    {&lv_switch_class, ANY, CARD, LV_PART_KNOB},
    {&lv_switch_class, ANY, RADIUS_CIRCLE, LV_PART_KNOB},
    {&lv_switch_class, ANY, PAD_ZERO, LV_PART_KNOB},
    {&lv_switch_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_switch_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_chart_class, ANY, CARD, 0},
    {&lv_chart_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_chart_class, ANY, CHART_INDIC, LV_PART_INDICATOR},
    {&lv_chart_class, ANY, CARD, ITEMS},
    {&lv_chart_class, ANY, CARD, LV_PART_CURSOR},
    {&lv_chart_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_roller_class, ANY, CARD, 0},
    {&lv_roller_class, ANY, LARGE_LINE_SPACE, 0},
    {&lv_roller_class, ANY, INV, LV_PART_SELECTED},
    {&lv_roller_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_roller_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_dropdown_class, ANY, CARD, 0},
    {&lv_dropdown_class, ANY, PR, LV_STATE_PRESSED},
    {&lv_dropdown_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_dropdown_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_dropdownlist_class, ANY, CARD, 0},
    {&lv_dropdownlist_class, ANY, LARGE_LINE_SPACE, 0},
    {&lv_dropdownlist_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_dropdownlist_class, ANY, INV, LV_PART_SELECTED | LV_STATE_CHECKED},
    {&lv_dropdownlist_class, ANY, PR, LV_PART_SELECTED | LV_STATE_PRESSED},
    {&lv_dropdownlist_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_dropdownlist_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_arc_class, ANY, CARD, 0},
    {&lv_arc_class, ANY, INV, LV_PART_INDICATOR},
    {&lv_arc_class, ANY, PAD_ZERO, LV_PART_INDICATOR},
    {&lv_arc_class, ANY, CARD, LV_PART_KNOB},
    {&lv_arc_class, ANY, RADIUS_CIRCLE, LV_PART_KNOB},
    {&lv_arc_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_arc_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_textarea_class, ANY, CARD, 0},
    {&lv_textarea_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_textarea_class, ANY, TA_CURSOR, LV_PART_CURSOR | LV_STATE_FOCUSED},
    {&lv_textarea_class, ANY, FOCUS, LV_STATE_FOCUSED},
    {&lv_textarea_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_calendar_class, ANY, CARD, 0},
    {&lv_calendar_class, ANY, NO_RADIUS, 0},
    {&lv_calendar_class, ANY, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_calendar_class, ANY, DISABLED, ITEMS | LV_STATE_DISABLED},
    {&lv_calendar_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_calendar_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_calendar_class, ANY, LARGE_BORDER, ITEMS | LV_STATE_FOCUS_KEY},
    {&lv_keyboard_class, ANY, CARD, 0},
    {&lv_keyboard_class, ANY, CARD, ITEMS},
    {&lv_keyboard_class, ANY, PR, ITEMS | LV_STATE_PRESSED},
    {&lv_keyboard_class, ANY, INV, ITEMS | LV_STATE_CHECKED},
    {&lv_keyboard_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_keyboard_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_keyboard_class, ANY, LARGE_BORDER, ITEMS | LV_STATE_EDITED},
    {&lv_list_class, ANY, CARD, 0},
    {&lv_list_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_list_text_class, ANY, LV_THEME_STYLE_NONE, 0},
    {&lv_list_button_class, ANY, CARD, 0},
    {&lv_list_button_class, ANY, PR, LV_STATE_PRESSED},
    {&lv_list_button_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_list_button_class, ANY, LARGE_BORDER, LV_STATE_EDITED},
    {&lv_msgbox_class, ANY, CARD, 0},
    {&lv_spinbox_class, ANY, CARD, 0},
    {&lv_spinbox_class, ANY, INV, LV_PART_CURSOR},
    {&lv_spinbox_class, ANY, FOCUS, LV_STATE_FOCUS_KEY},
    {&lv_spinbox_class, ANY, EDIT, LV_STATE_EDITED},
    {&lv_tileview_class, ANY, SCR, 0},
    {&lv_tileview_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_tileview_tile_class, ANY, SCROLLBAR, LV_PART_SCROLLBAR},
    {&lv_led_class, ANY, CARD, 0},
};

void styles_init(lv_rules_theme_t * t, bool dark_bg, const lv_font_t * font)
{
    lv_style_t * s = t->styles;
    const lv_color_t fg = dark_bg ? lv_color_white() : lv_color_black();
    const lv_color_t bg = dark_bg ? lv_color_black() : lv_color_white();

    lv_style_set_bg_opa(&s[SCROLLBAR], LV_OPA_COVER);
    lv_style_set_bg_color(&s[SCROLLBAR], fg);
    lv_style_set_width(&s[SCROLLBAR], PAD_DEF);

    lv_style_set_bg_opa(&s[SCR], LV_OPA_COVER);
    lv_style_set_bg_color(&s[SCR], bg);
    lv_style_set_text_color(&s[SCR], fg);
    lv_style_set_pad_row(&s[SCR], PAD_DEF);
    lv_style_set_pad_column(&s[SCR], PAD_DEF);
    lv_style_set_text_font(&s[SCR], font);

    lv_style_t * card = &s[CARD];
    lv_style_set_bg_opa(card, LV_OPA_COVER);
    lv_style_set_bg_color(card, bg);
    lv_style_set_border_color(card, fg);
    lv_style_set_radius(card, 2);
    lv_style_set_border_width(card, BORDER_W_NORMAL);
    lv_style_set_pad_all(card, PAD_DEF);
    lv_style_set_pad_gap(card, PAD_DEF);
    lv_style_set_text_color(card, fg);
    lv_style_set_line_width(card, 2);
    lv_style_set_line_color(card, fg);
    lv_style_set_arc_width(card, 2);
    lv_style_set_arc_color(card, fg);
    lv_style_set_outline_color(card, fg);
    lv_style_set_anim_duration(card, 300);

    lv_style_set_border_width(&s[PR], BORDER_W_PR);

    lv_style_t * inv = &s[INV];
    lv_style_set_bg_opa(inv, LV_OPA_COVER);
    lv_style_set_bg_color(inv, fg);
    lv_style_set_border_color(inv, bg);
    lv_style_set_line_color(inv, bg);
    lv_style_set_arc_color(inv, bg);
    lv_style_set_text_color(inv, bg);
    lv_style_set_outline_color(inv, bg);

    lv_style_set_border_width(&s[DISABLED], BORDER_W_DIS);
    lv_style_set_outline_width(&s[FOCUS], 1);
    lv_style_set_outline_pad(&s[FOCUS], BORDER_W_FOCUS);
    lv_style_set_outline_width(&s[EDIT], BORDER_W_EDIT);
    lv_style_set_border_width(&s[LARGE_BORDER], BORDER_W_EDIT);
    lv_style_set_pad_gap(&s[PAD_GAP], PAD_DEF);
    lv_style_set_pad_all(&s[PAD_ZERO], 0);
    lv_style_set_pad_gap(&s[PAD_ZERO], 0);
    lv_style_set_radius(&s[NO_RADIUS], 0);
    lv_style_set_radius(&s[RADIUS_CIRCLE], LV_RADIUS_CIRCLE);
    lv_style_set_text_line_space(&s[LARGE_LINE_SPACE], 6);
    lv_style_set_text_decor(&s[UNDERLINE], LV_TEXT_DECOR_UNDERLINE);

    lv_style_set_border_side(&s[TA_CURSOR], LV_BORDER_SIDE_LEFT);
    lv_style_set_border_color(&s[TA_CURSOR], fg);
    lv_style_set_border_width(&s[TA_CURSOR], 2);
    lv_style_set_bg_opa(&s[TA_CURSOR], LV_OPA_TRANSP);
    lv_style_set_anim_duration(&s[TA_CURSOR], 500);

    const int32_t dot = lv_display_dpx(t->base.disp, 8);
    lv_style_set_radius(&s[CHART_INDIC], LV_RADIUS_CIRCLE);
    lv_style_set_size(&s[CHART_INDIC], dot, dot);
    lv_style_set_bg_color(&s[CHART_INDIC], fg);
    lv_style_set_bg_opa(&s[CHART_INDIC], LV_OPA_COVER);
}

} // namespace

extern "C" {

lv_theme_t * lv_theme_mono_init(lv_display_t * disp, bool dark_bg, const lv_font_t * font)
{
    lv_rules_theme_t * t = lv_rules_theme_prepare(&lv_global.theme_mono, disp, STYLE_COUNT, rules,
                                                  sizeof(rules) / sizeof(rules[0]));
    if(!t) return nullptr;
    styles_init(t, dark_bg, font ? font : LV_FONT_DEFAULT);
    return lv_rules_theme_done(t);
}

bool lv_theme_mono_is_inited(void) { return lv_rules_theme_is_inited(lv_global.theme_mono); }

lv_theme_t * lv_theme_mono_get(void)
{
    return lv_theme_mono_is_inited() ? static_cast<lv_theme_t *>(lv_global.theme_mono) : nullptr;
}

void lv_theme_mono_deinit(void) { lv_rules_theme_deinit(&lv_global.theme_mono); }

} // extern "C"
