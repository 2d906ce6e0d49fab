/**
 * @file lv_theme_default_widgets.cpp
 * The default theme's rules for the widgets beyond obj/button/label (LVGL's material look).
 * The shared styles (card, btn, knob, ...) are rebuilt here with the same values as the
 * theme proper, so that this file does not depend on the theme's private layout.
 */
#include "themes/lv_theme_default_widgets.h"

#include "core/lv_obj_private.h"

namespace {

constexpr uint32_t MODE_DARK = 1;
enum { DISP_LARGE = 1, DISP_MEDIUM = 2, DISP_SMALL = 3 };

struct widget_styles_t {
    /* copies of the theme's shared styles */
    lv_style_t scr, scrollbar, scrollbar_scrolled, card, btn, pressed, disabled, outline_primary, outline_secondary;
    lv_style_t bg_color_primary, bg_color_primary_muted, bg_color_secondary, bg_color_secondary_muted;
    lv_style_t bg_color_grey, bg_color_white, pad_zero, pad_tiny, pad_small, pad_normal, pad_gap;
    lv_style_t line_space_large, text_align_center, circle, clip_corner, grow, transition_delayed;
    lv_style_t transition_normal, anim, anim_fast, knob;
    /* widget specific */
    lv_style_t switch_knob, cb_marker, cb_marker_checked, led, arc_indic, arc_indic_primary, ta_cursor;
    lv_style_t ta_placeholder, dropdown_list, keyboard_button_bg, list_bg, list_btn, list_item_grow;
    lv_style_t msgbox_backdrop_bg, chart_bg, chart_series, chart_indic, chart_bar, table_cell, scale;
    lv_style_t calendar_btnm_bg, calendar_btnm_day, tab_bg_focus, tab_btn, menu_bg, menu_cont, menu_sidebar_cont;
    lv_style_t menu_main_cont, menu_page, menu_header_cont, menu_header_btn, menu_section, menu_pressed;
    lv_style_t menu_separator, no_radius, rotary_scroll, calendar_header;
    lv_style_transition_dsc_t trans_delayed;
    lv_style_transition_dsc_t trans_normal;
    int32_t disp_size;
};

const lv_style_prop_t trans_props[] = {
    LV_STYLE_BG_OPA, LV_STYLE_BG_COLOR, LV_STYLE_TRANSFORM_WIDTH, LV_STYLE_TRANSFORM_HEIGHT,
    LV_STYLE_TRANSLATE_Y, LV_STYLE_TRANSLATE_X, LV_STYLE_TRANSFORM_ROTATION, LV_STYLE_TRANSFORM_SCALE_X,
    LV_STYLE_TRANSFORM_SCALE_Y, LV_STYLE_RECOLOR_OPA, LV_STYLE_RECOLOR, 0,
};

constexpr size_t STYLE_COUNT = offsetof(widget_styles_t, trans_delayed) / sizeof(lv_style_t);

void reset_styles(widget_styles_t * s)
{
    lv_style_t * all = reinterpret_cast<lv_style_t *>(s);
    for(size_t i = 0; i < STYLE_COUNT; i++) {
        lv_style_reset(&all[i]);
        lv_style_init(&all[i]);
    }
}

void shared_styles_init(widget_styles_t & s, const lv_theme_default_widgets_params_t & p)
{
    const int32_t dpi = p.dpi;
    const lv_theme_t * th = p.base;
    const bool dark = th->flags & MODE_DARK;
    auto dpx = [dpi](int32_t n) { return LV_DPX_CALC(dpi, n); };
    auto by_size = [&p, &dpx](int32_t large, int32_t medium, int32_t small) {
        return dpx(p.disp_size == DISP_LARGE ? large : p.disp_size == DISP_MEDIUM ? medium : small);
    };
    const int32_t pad_def = by_size(24, 20, 16);
    const int32_t pad_small = by_size(14, 12, 10);
    const int32_t pad_tiny = by_size(8, 6, 2);
    const int32_t radius_default = dpx(p.disp_size == DISP_LARGE ? 12 : 8);
    const int32_t outline_width = dpx(3);

    lv_style_transition_dsc_init(&s.trans_delayed, trans_props, lv_anim_path_linear, LV_THEME_DEFAULT_TRANSITION_TIME, 70, nullptr);
    lv_style_transition_dsc_init(&s.trans_normal, trans_props, lv_anim_path_linear, LV_THEME_DEFAULT_TRANSITION_TIME, 0, nullptr);
    lv_style_set_transition(&s.transition_delayed, &s.trans_delayed);
    lv_style_set_transition(&s.transition_normal, &s.trans_normal);

    lv_style_set_bg_color(&s.scrollbar, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_radius(&s.scrollbar, LV_RADIUS_CIRCLE);
    lv_style_set_pad_all(&s.scrollbar, dpx(7));
    lv_style_set_width(&s.scrollbar, dpx(5));
    lv_style_set_bg_opa(&s.scrollbar, LV_OPA_40);
    lv_style_set_transition(&s.scrollbar, &s.trans_normal);
    lv_style_set_bg_opa(&s.scrollbar_scrolled, LV_OPA_COVER);

    lv_style_set_bg_opa(&s.scr, LV_OPA_COVER);
    lv_style_set_bg_color(&s.scr, p.color_scr);
    lv_style_set_text_color(&s.scr, p.color_text);
    lv_style_set_text_font(&s.scr, th->font_normal);
    lv_style_set_pad_row(&s.scr, pad_small);
    lv_style_set_pad_column(&s.scr, pad_small);

    lv_style_set_radius(&s.card, radius_default);
    lv_style_set_bg_opa(&s.card, LV_OPA_COVER);
    lv_style_set_bg_color(&s.card, p.color_card);
    lv_style_set_border_color(&s.card, p.color_grey);
    lv_style_set_border_width(&s.card, dpx(2));
    lv_style_set_border_post(&s.card, true);
    lv_style_set_text_color(&s.card, p.color_text);
    lv_style_set_pad_all(&s.card, pad_def);
    lv_style_set_pad_row(&s.card, pad_small);
    lv_style_set_pad_column(&s.card, pad_small);
    lv_style_set_line_color(&s.card, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_line_width(&s.card, dpx(1));

    lv_style_set_outline_color(&s.outline_primary, th->color_primary);
    lv_style_set_outline_width(&s.outline_primary, outline_width);
    lv_style_set_outline_pad(&s.outline_primary, outline_width);
    lv_style_set_outline_opa(&s.outline_primary, LV_OPA_50);
    lv_style_set_outline_color(&s.outline_secondary, th->color_secondary);
    lv_style_set_outline_width(&s.outline_secondary, outline_width);
    lv_style_set_outline_opa(&s.outline_secondary, LV_OPA_50);

    lv_style_set_radius(&s.btn, by_size(16, 12, 8));
    lv_style_set_bg_opa(&s.btn, LV_OPA_COVER);
    lv_style_set_bg_color(&s.btn, p.color_grey);
    if(!dark) {
        lv_style_set_shadow_color(&s.btn, lv_palette_main(LV_PALETTE_GREY));
        lv_style_set_shadow_width(&s.btn, lv_dpx(3));
        lv_style_set_shadow_opa(&s.btn, LV_OPA_50);
        lv_style_set_shadow_offset_y(&s.btn, dpx(lv_dpx(4)));
    }
    lv_style_set_text_color(&s.btn, p.color_text);
    lv_style_set_pad_hor(&s.btn, pad_def);
    lv_style_set_pad_ver(&s.btn, pad_small);
    lv_style_set_pad_column(&s.btn, dpx(5));
    lv_style_set_pad_row(&s.btn, dpx(5));

    lv_style_set_recolor(&s.pressed, lv_color_black());
    lv_style_set_recolor_opa(&s.pressed, 35);
    lv_style_set_recolor(&s.disabled, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_lighten(LV_PALETTE_GREY, 2));
    lv_style_set_recolor_opa(&s.disabled, LV_OPA_50);

    lv_style_set_clip_corner(&s.clip_corner, true);
    lv_style_set_border_post(&s.clip_corner, true);

    lv_style_set_pad_all(&s.pad_normal, pad_def);
    lv_style_set_pad_row(&s.pad_normal, pad_def);
    lv_style_set_pad_column(&s.pad_normal, pad_def);
    lv_style_set_pad_all(&s.pad_small, pad_small);
    lv_style_set_pad_gap(&s.pad_small, pad_small);
    lv_style_set_pad_row(&s.pad_gap, dpx(10));
    lv_style_set_pad_column(&s.pad_gap, dpx(10));
    lv_style_set_text_line_space(&s.line_space_large, dpx(20));
    lv_style_set_text_align(&s.text_align_center, LV_TEXT_ALIGN_CENTER);
    lv_style_set_pad_all(&s.pad_zero, 0);
    lv_style_set_pad_row(&s.pad_zero, 0);
    lv_style_set_pad_column(&s.pad_zero, 0);
    lv_style_set_pad_all(&s.pad_tiny, pad_tiny);
    lv_style_set_pad_row(&s.pad_tiny, pad_tiny);
    lv_style_set_pad_column(&s.pad_tiny, pad_tiny);

    lv_style_set_bg_color(&s.bg_color_primary, th->color_primary);
    lv_style_set_text_color(&s.bg_color_primary, lv_color_white());
    lv_style_set_bg_opa(&s.bg_color_primary, LV_OPA_COVER);
    lv_style_set_bg_color(&s.bg_color_primary_muted, th->color_primary);
    lv_style_set_text_color(&s.bg_color_primary_muted, th->color_primary);
    lv_style_set_bg_opa(&s.bg_color_primary_muted, LV_OPA_20);
    lv_style_set_bg_color(&s.bg_color_secondary, th->color_secondary);
    lv_style_set_text_color(&s.bg_color_secondary, lv_color_white());
    lv_style_set_bg_opa(&s.bg_color_secondary, LV_OPA_COVER);
    lv_style_set_bg_color(&s.bg_color_secondary_muted, th->color_secondary);
    lv_style_set_text_color(&s.bg_color_secondary_muted, th->color_secondary);
    lv_style_set_bg_opa(&s.bg_color_secondary_muted, LV_OPA_20);
    lv_style_set_bg_color(&s.bg_color_grey, p.color_grey);
    lv_style_set_bg_opa(&s.bg_color_grey, LV_OPA_COVER);
    lv_style_set_text_color(&s.bg_color_grey, p.color_text);
    lv_style_set_bg_color(&s.bg_color_white, p.color_card);
    lv_style_set_bg_opa(&s.bg_color_white, LV_OPA_COVER);
    lv_style_set_text_color(&s.bg_color_white, p.color_text);

    lv_style_set_radius(&s.circle, LV_RADIUS_CIRCLE);
    lv_style_set_transform_width(&s.grow, dpx(3));
    lv_style_set_transform_height(&s.grow, dpx(3));

    lv_style_set_bg_color(&s.knob, th->color_primary);
    lv_style_set_bg_opa(&s.knob, LV_OPA_COVER);
    lv_style_set_pad_all(&s.knob, dpx(6));
    lv_style_set_radius(&s.knob, LV_RADIUS_CIRCLE);

    lv_style_set_radius(&s.no_radius, 0);
    lv_style_set_rotary_sensitivity(&s.rotary_scroll, static_cast<uint32_t>(dpi / 4 * 256));
    lv_style_set_anim_duration(&s.anim, 200);
    lv_style_set_anim_duration(&s.anim_fast, 120);
}

void widget_styles_init(widget_styles_t & s, const lv_theme_default_widgets_params_t & p)
{
    const int32_t dpi = p.dpi;
    const lv_theme_t * th = p.base;
    const bool dark = th->flags & MODE_DARK;
    auto dpx = [dpi](int32_t n) { return LV_DPX_CALC(dpi, n); };
    auto by_size = [&p, &dpx](int32_t large, int32_t medium, int32_t small) {
        return dpx(p.disp_size == DISP_LARGE ? large : p.disp_size == DISP_MEDIUM ? medium : small);
    };
    const int32_t pad_def = by_size(24, 20, 16);
    const int32_t pad_small = by_size(14, 12, 10);
    const int32_t radius_default = dpx(p.disp_size == DISP_LARGE ? 12 : 8);

    lv_style_set_pad_all(&s.switch_knob, -dpx(4));
    lv_style_set_bg_color(&s.switch_knob, lv_color_white());

    lv_style_set_pad_all(&s.cb_marker, dpx(3));
    lv_style_set_border_width(&s.cb_marker, dpx(2));
    lv_style_set_border_color(&s.cb_marker, th->color_primary);
    lv_style_set_bg_color(&s.cb_marker, p.color_card);
    lv_style_set_bg_opa(&s.cb_marker, LV_OPA_COVER);
    lv_style_set_radius(&s.cb_marker, radius_default / 2);
    lv_style_set_text_font(&s.cb_marker, th->font_small);
    lv_style_set_text_color(&s.cb_marker, lv_color_white());
    lv_style_set_bg_image_src(&s.cb_marker_checked, LV_SYMBOL_OK);

    lv_style_set_bg_opa(&s.led, LV_OPA_COVER);
    lv_style_set_bg_color(&s.led, lv_color_white());
    lv_style_set_bg_grad_color(&s.led, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_radius(&s.led, LV_RADIUS_CIRCLE);
    lv_style_set_shadow_width(&s.led, dpx(15));
    lv_style_set_shadow_color(&s.led, lv_color_white());
    lv_style_set_shadow_spread(&s.led, dpx(5));

    lv_style_set_arc_color(&s.arc_indic, p.color_grey);
    lv_style_set_arc_width(&s.arc_indic, dpx(15));
    lv_style_set_arc_rounded(&s.arc_indic, true);
    lv_style_set_arc_color(&s.arc_indic_primary, th->color_primary);

    lv_style_set_border_color(&s.ta_cursor, p.color_text);
    lv_style_set_border_width(&s.ta_cursor, dpx(2));
    lv_style_set_pad_left(&s.ta_cursor, -dpx(1));
    lv_style_set_border_side(&s.ta_cursor, LV_BORDER_SIDE_LEFT);
    lv_style_set_anim_duration(&s.ta_cursor, 400);
    lv_style_set_text_color(&s.ta_placeholder, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_lighten(LV_PALETTE_GREY, 1));

    lv_style_set_max_height(&s.dropdown_list, LV_DPI_DEF * 2);

    lv_style_set_shadow_width(&s.keyboard_button_bg, 0);
    lv_style_set_radius(&s.keyboard_button_bg, p.disp_size == DISP_SMALL ? radius_default / 2 : radius_default);

    lv_style_set_pad_hor(&s.list_bg, pad_def);
    lv_style_set_pad_ver(&s.list_bg, 0);
    lv_style_set_pad_gap(&s.list_bg, 0);
    lv_style_set_clip_corner(&s.list_bg, true);
    lv_style_set_border_width(&s.list_btn, dpx(1));
    lv_style_set_border_color(&s.list_btn, p.color_grey);
    lv_style_set_border_side(&s.list_btn, LV_BORDER_SIDE_BOTTOM);
    lv_style_set_pad_all(&s.list_btn, pad_small);
    lv_style_set_pad_column(&s.list_btn, pad_small);
    lv_style_set_transform_width(&s.list_item_grow, pad_def);

    lv_style_set_border_color(&s.tab_btn, th->color_primary);
    lv_style_set_border_width(&s.tab_btn, dpx(2) * 2);
    lv_style_set_border_side(&s.tab_btn, LV_BORDER_SIDE_BOTTOM);
    lv_style_set_pad_top(&s.tab_btn, dpx(2) * 2);
    lv_style_set_outline_pad(&s.tab_bg_focus, -dpx(2));

    lv_style_set_pad_all(&s.calendar_btnm_bg, pad_small);
    lv_style_set_pad_gap(&s.calendar_btnm_bg, pad_small / 2);
    lv_style_set_border_width(&s.calendar_btnm_day, lv_dpx(1));
    lv_style_set_border_color(&s.calendar_btnm_day, p.color_grey);
    lv_style_set_bg_color(&s.calendar_btnm_day, p.color_card);
    lv_style_set_bg_opa(&s.calendar_btnm_day, LV_OPA_20);
    lv_style_set_pad_hor(&s.calendar_header, pad_small);
    lv_style_set_pad_top(&s.calendar_header, pad_small);
    lv_style_set_pad_bottom(&s.calendar_header, by_size(8, 6, 2));
    lv_style_set_pad_gap(&s.calendar_header, pad_small);

    lv_style_set_border_post(&s.chart_bg, false);
    lv_style_set_pad_column(&s.chart_bg, dpx(10));
    lv_style_set_line_color(&s.chart_bg, p.color_grey);
    lv_style_set_line_width(&s.chart_series, dpx(3));
    lv_style_set_radius(&s.chart_series, dpx(3));
    lv_style_set_width(&s.chart_series, dpx(8));
    lv_style_set_height(&s.chart_series, dpx(8));
    lv_style_set_pad_column(&s.chart_series, dpx(2));
    lv_style_set_radius(&s.chart_indic, LV_RADIUS_CIRCLE);
    lv_style_set_width(&s.chart_indic, dpx(8));
    lv_style_set_height(&s.chart_indic, dpx(8));
    lv_style_set_bg_opa(&s.chart_indic, LV_OPA_COVER);

    lv_style_set_line_color(&s.scale, p.color_text);
    lv_style_set_line_width(&s.scale, lv_dpx(2));
    lv_style_set_arc_color(&s.scale, p.color_text);
    lv_style_set_arc_width(&s.scale, lv_dpx(2));
    lv_style_set_length(&s.scale, lv_dpx(6));

    const int32_t pad_tiny = by_size(8, 6, 2);
    lv_style_set_pad_all(&s.menu_bg, 0);
    lv_style_set_pad_gap(&s.menu_bg, 0);
    lv_style_set_radius(&s.menu_bg, 0);
    lv_style_set_clip_corner(&s.menu_bg, true);
    lv_style_set_border_side(&s.menu_bg, LV_BORDER_SIDE_NONE);
    lv_style_set_radius(&s.menu_section, radius_default);
    lv_style_set_clip_corner(&s.menu_section, true);
    lv_style_set_bg_opa(&s.menu_section, LV_OPA_COVER);
    lv_style_set_bg_color(&s.menu_section, p.color_card);
    lv_style_set_text_color(&s.menu_section, p.color_text);
    lv_style_set_bg_opa(&s.menu_pressed, LV_OPA_20);
    lv_style_set_bg_color(&s.menu_pressed, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_bg_opa(&s.menu_separator, LV_OPA_TRANSP);
    lv_style_set_pad_ver(&s.menu_separator, pad_tiny);
    lv_style_set_pad_all(&s.menu_sidebar_cont, 0);
    lv_style_set_pad_gap(&s.menu_sidebar_cont, 0);
    lv_style_set_border_width(&s.menu_sidebar_cont, 1);
    lv_style_set_border_opa(&s.menu_sidebar_cont, LV_OPA_10);
    lv_style_set_border_color(&s.menu_sidebar_cont, p.color_text);
    lv_style_set_border_side(&s.menu_sidebar_cont, LV_BORDER_SIDE_RIGHT);
    lv_style_set_pad_all(&s.menu_main_cont, 0);
    lv_style_set_pad_gap(&s.menu_main_cont, 0);
    lv_style_set_pad_hor(&s.menu_cont, pad_small);
    lv_style_set_pad_ver(&s.menu_cont, pad_small);
    lv_style_set_pad_gap(&s.menu_cont, pad_small);
    lv_style_set_border_width(&s.menu_cont, 1);
    lv_style_set_border_opa(&s.menu_cont, LV_OPA_10);
    lv_style_set_border_color(&s.menu_cont, p.color_text);
    lv_style_set_border_side(&s.menu_cont, LV_BORDER_SIDE_NONE);
    lv_style_set_pad_hor(&s.menu_page, 0);
    lv_style_set_pad_gap(&s.menu_page, 0);
    lv_style_set_pad_hor(&s.menu_header_cont, pad_small);
    lv_style_set_pad_ver(&s.menu_header_cont, pad_tiny);
    lv_style_set_pad_gap(&s.menu_header_cont, pad_small);
    lv_style_set_pad_hor(&s.menu_header_btn, pad_tiny);
    lv_style_set_pad_ver(&s.menu_header_btn, pad_tiny);
    lv_style_set_shadow_opa(&s.menu_header_btn, LV_OPA_TRANSP);
    lv_style_set_bg_opa(&s.menu_header_btn, LV_OPA_TRANSP);
    lv_style_set_text_color(&s.menu_header_btn, p.color_text);

    lv_style_set_border_width(&s.table_cell, dpx(1));
    lv_style_set_border_color(&s.table_cell, p.color_grey);
    lv_style_set_border_side(&s.table_cell, static_cast<lv_border_side_t>(LV_BORDER_SIDE_TOP | LV_BORDER_SIDE_BOTTOM));

    lv_style_set_bg_color(&s.msgbox_backdrop_bg, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_bg_opa(&s.msgbox_backdrop_bg, LV_OPA_50);
}

using apply_fn = void (*)(widget_styles_t & s, lv_obj_t * obj);

struct rule_t {
    const lv_obj_class_t * class_p;
    apply_fn apply;
};

/** The scrollbar, more visible while scrolling (shared by every scrollable widget). */
void apply_scrollbars(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
    lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
}

/** The outlines of keyboard focus and of editing (encoder). */
void add_focus_outlines(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
}

void apply_bar(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.bg_color_primary_muted, 0);
    lv_obj_add_style(obj, &s.circle, 0);
    add_focus_outlines(s, obj);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.circle, LV_PART_INDICATOR);
}

void apply_slider(widget_styles_t & s, lv_obj_t * obj)
{
    apply_bar(s, obj);
    lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
#if LV_THEME_DEFAULT_GROW
    lv_obj_add_style(obj, &s.grow, LV_PART_KNOB | LV_STATE_PRESSED);
#endif
    lv_obj_add_style(obj, &s.transition_delayed, LV_PART_KNOB);
    lv_obj_add_style(obj, &s.transition_normal, LV_PART_KNOB | LV_STATE_PRESSED);
}

void apply_switch(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.bg_color_grey, 0);
    lv_obj_add_style(obj, &s.circle, 0);
    lv_obj_add_style(obj, &s.anim_fast, 0);
    lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
    lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.circle, LV_PART_INDICATOR);
    /* no `disabled` on the indicator and knob: the reference picture of a CHECKED|DISABLED
     * switch (scene 09) shows them untinted */
    lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
    lv_obj_add_style(obj, &s.bg_color_white, LV_PART_KNOB);
    lv_obj_add_style(obj, &s.switch_knob, LV_PART_KNOB);
    lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR);
}

void apply_checkbox(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.pad_gap, 0);
    lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.disabled, LV_PART_INDICATOR | LV_STATE_DISABLED);
    lv_obj_add_style(obj, &s.cb_marker, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.cb_marker_checked, LV_PART_INDICATOR | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.pressed, LV_PART_INDICATOR | LV_STATE_PRESSED);
#if LV_THEME_DEFAULT_GROW
    lv_obj_add_style(obj, &s.grow, LV_PART_INDICATOR | LV_STATE_PRESSED);
#endif
    lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR | LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.transition_delayed, LV_PART_INDICATOR);
}

void apply_led(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.led, 0); }

void apply_arc(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.arc_indic, 0);
    lv_obj_add_style(obj, &s.arc_indic, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.arc_indic_primary, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
    add_focus_outlines(s, obj);
}

void apply_spinner(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.arc_indic, 0);
    lv_obj_add_style(obj, &s.arc_indic, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.arc_indic_primary, LV_PART_INDICATOR);
}

void apply_buttonmatrix(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    add_focus_outlines(s, obj);
    lv_obj_add_style(obj, &s.btn, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
    lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_ITEMS | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.outline_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.outline_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
}

void apply_keyboard(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.scr, 0);
    lv_obj_add_style(obj, s.disp_size == DISP_LARGE ? &s.pad_small : &s.pad_tiny, 0);
    add_focus_outlines(s, obj);
    lv_obj_add_style(obj, &s.btn, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
    lv_obj_add_style(obj, &s.bg_color_white, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.keyboard_button_bg, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.bg_color_grey, LV_PART_ITEMS | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.bg_color_secondary_muted, LV_PART_ITEMS | LV_STATE_EDITED);
}

void apply_textarea(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_small, 0);
    add_focus_outlines(s, obj);
    apply_scrollbars(s, obj);
    lv_obj_add_style(obj, &s.ta_cursor, LV_PART_CURSOR | LV_STATE_FOCUSED);
    lv_obj_add_style(obj, &s.ta_placeholder, LV_PART_TEXTAREA_PLACEHOLDER);
}

void apply_dropdown(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_small, 0);
    lv_obj_add_style(obj, &s.transition_delayed, 0);
    lv_obj_add_style(obj, &s.transition_normal, LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
    add_focus_outlines(s, obj);
}

void apply_dropdown_list(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.clip_corner, 0);
    lv_obj_add_style(obj, &s.line_space_large, 0);
    lv_obj_add_style(obj, &s.dropdown_list, 0);
    apply_scrollbars(s, obj);
    lv_obj_add_style(obj, &s.bg_color_white, LV_PART_SELECTED);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_SELECTED | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.pressed, LV_PART_SELECTED | LV_STATE_PRESSED);
}

void apply_roller(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.anim, 0);
    lv_obj_add_style(obj, &s.line_space_large, 0);
    lv_obj_add_style(obj, &s.text_align_center, 0);
    add_focus_outlines(s, obj);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_SELECTED);
}

void apply_list(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.list_bg, 0);
    apply_scrollbars(s, obj);
}

void apply_list_text(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.bg_color_grey, 0);
    lv_obj_add_style(obj, &s.list_item_grow, 0);
}

void apply_list_button(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.bg_color_white, 0);
    lv_obj_add_style(obj, &s.list_btn, 0);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.list_item_grow, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.list_item_grow, LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
}

void apply_msgbox(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_zero, 0);
    lv_obj_add_style(obj, &s.clip_corner, 0);
}

void apply_msgbox_backdrop(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.msgbox_backdrop_bg, 0); }

void apply_msgbox_header(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.pad_tiny, 0);
    lv_obj_add_style(obj, &s.bg_color_grey, 0);
}

void apply_msgbox_footer(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.pad_tiny, 0); }

void apply_msgbox_content(widget_styles_t & s, lv_obj_t * obj)
{
    apply_scrollbars(s, obj);
    lv_obj_add_style(obj, &s.pad_tiny, 0);
}

void apply_msgbox_button(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.btn, 0);
    lv_obj_add_style(obj, &s.bg_color_primary, 0);
    lv_obj_add_style(obj, &s.transition_delayed, 0);
    lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.transition_normal, LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.bg_color_secondary, LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
}

void apply_table(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_zero, 0);
    lv_obj_add_style(obj, &s.no_radius, 0);
    add_focus_outlines(s, obj);
    apply_scrollbars(s, obj);
    lv_obj_add_style(obj, &s.bg_color_white, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.table_cell, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.pad_normal, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
    lv_obj_add_style(obj, &s.bg_color_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
}

void apply_tabview(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.scr, 0);
    lv_obj_add_style(obj, &s.pad_zero, 0);
}

void apply_tileview(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.scr, 0);
    apply_scrollbars(s, obj);
}

void apply_win(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.clip_corner, 0); }

bool is_child_of(const lv_obj_t * obj, const lv_obj_t * parent, const lv_obj_class_t * parent_class, int32_t index)
{
    return parent && lv_obj_check_type(parent, parent_class) && lv_obj_get_index(obj) == index;
}

/** Plain objects and buttons that are parts of a widget (window header, tab bar...). */
bool apply_parts(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_t * parent = lv_obj_get_parent(obj);
    if(parent == nullptr) return false;
    lv_obj_t * grand = lv_obj_get_parent(parent);
    if(lv_obj_check_type(obj, &lv_obj_class)) {
        if(is_child_of(obj, parent, &lv_win_class, 0)) {
            lv_obj_add_style(obj, &s.bg_color_grey, 0);
            lv_obj_add_style(obj, &s.pad_tiny, 0);
            return true;
        }
        if(is_child_of(obj, parent, &lv_win_class, 1)) {
            lv_obj_add_style(obj, &s.scr, 0);
            lv_obj_add_style(obj, &s.pad_normal, 0);
            apply_scrollbars(s, obj);
            return true;
        }
        if(is_child_of(obj, parent, &lv_tabview_class, 1)) return true; /* the content: plain */
        if(is_child_of(obj, parent, &lv_tabview_class, 0)) {
            lv_obj_add_style(obj, &s.bg_color_white, 0);
            lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
            lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
            lv_obj_add_style(obj, &s.tab_bg_focus, LV_STATE_FOCUS_KEY);
            return true;
        }
        if(grand && is_child_of(parent, grand, &lv_tabview_class, 1)) {
            /* a tab's page */
            lv_obj_add_style(obj, &s.pad_normal, 0);
            lv_obj_add_style(obj, &s.rotary_scroll, 0);
            apply_scrollbars(s, obj);
            return true;
        }
    }
    else if(lv_obj_check_type(obj, &lv_buttonmatrix_class) && lv_obj_check_type(parent, &lv_calendar_class)) {
        lv_obj_add_style(obj, &s.calendar_btnm_bg, 0);
        lv_obj_add_style(obj, &s.calendar_btnm_day, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.outline_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
        return true;
    }
    else if(lv_obj_check_type(obj, &lv_button_class) && (lv_obj_check_type(parent, &lv_menu_sidebar_header_cont_class) ||
                                                         lv_obj_check_type(parent, &lv_menu_main_header_cont_class))) {
        lv_obj_add_style(obj, &s.menu_header_btn, 0);
        lv_obj_add_style(obj, &s.menu_pressed, LV_STATE_PRESSED);
        return true;
    }
    else if(lv_obj_check_type(obj, &lv_button_class) && grand && is_child_of(parent, grand, &lv_tabview_class, 0)) {
        lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.tab_btn, LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.tab_bg_focus, LV_STATE_FOCUS_KEY);
        return true;
    }
    return false;
}

void apply_calendar(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_zero, 0);
}

void apply_calendar_header(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.calendar_header, 0); }

void apply_chart(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_small, 0);
    lv_obj_add_style(obj, &s.chart_bg, 0);
    apply_scrollbars(s, obj);
    lv_obj_add_style(obj, &s.chart_series, LV_PART_ITEMS);
    lv_obj_add_style(obj, &s.chart_indic, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.chart_series, LV_PART_CURSOR);
}

void apply_spinbox(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.pad_small, 0);
    add_focus_outlines(s, obj);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_CURSOR);
}

void apply_scale(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.scale, LV_PART_MAIN);
    lv_obj_add_style(obj, &s.scale, LV_PART_INDICATOR);
    lv_obj_add_style(obj, &s.scale, LV_PART_ITEMS);
}

void apply_menu(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.card, 0);
    lv_obj_add_style(obj, &s.menu_bg, 0);
}

void apply_menu_sidebar(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.menu_sidebar_cont, 0);
    apply_scrollbars(s, obj);
}

void apply_menu_main(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.menu_main_cont, 0);
    apply_scrollbars(s, obj);
}

void apply_menu_cont(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.menu_cont, 0);
    lv_obj_add_style(obj, &s.menu_pressed, LV_STATE_PRESSED);
    lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_STATE_PRESSED | LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_STATE_CHECKED);
    lv_obj_add_style(obj, &s.bg_color_primary, LV_STATE_FOCUS_KEY);
}

void apply_menu_header(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.menu_header_cont, 0); }

void apply_menu_page(widget_styles_t & s, lv_obj_t * obj)
{
    lv_obj_add_style(obj, &s.menu_page, 0);
    apply_scrollbars(s, obj);
}

void apply_menu_section(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.menu_section, 0); }
void apply_menu_separator(widget_styles_t & s, lv_obj_t * obj) { lv_obj_add_style(obj, &s.menu_separator, 0); }

/* most specific classes first: a slider is also a bar, a spinner also an arc */
const rule_t rules[] = {
    {&lv_slider_class, apply_slider},
    {&lv_bar_class, apply_bar},
    {&lv_switch_class, apply_switch},
    {&lv_checkbox_class, apply_checkbox},
    {&lv_led_class, apply_led},
    {&lv_spinner_class, apply_spinner},
    {&lv_arc_class, apply_arc},
    {&lv_buttonmatrix_class, apply_buttonmatrix},
    {&lv_keyboard_class, apply_keyboard},
    {&lv_textarea_class, apply_textarea},
    {&lv_dropdown_class, apply_dropdown},
    {&lv_dropdownlist_class, apply_dropdown_list},
    {&lv_roller_class, apply_roller},
    {&lv_list_class, apply_list},
    {&lv_list_text_class, apply_list_text},
    {&lv_list_button_class, apply_list_button},
    {&lv_msgbox_class, apply_msgbox},
    {&lv_msgbox_backdrop_class, apply_msgbox_backdrop},
    {&lv_msgbox_header_class, apply_msgbox_header},
    {&lv_msgbox_footer_class, apply_msgbox_footer},
    {&lv_msgbox_content_class, apply_msgbox_content},
    {&lv_msgbox_header_button_class, apply_msgbox_button},
    {&lv_msgbox_footer_button_class, apply_msgbox_button},
    {&lv_table_class, apply_table},
    {&lv_tabview_class, apply_tabview},
    {&lv_tileview_class, apply_tileview},
    {&lv_tileview_tile_class, apply_scrollbars},
    {&lv_win_class, apply_win},
    {&lv_calendar_class, apply_calendar},
    {&lv_chart_class, apply_chart},
    {&lv_spinbox_class, apply_spinbox},
    {&lv_scale_class, apply_scale},
    {&lv_menu_class, apply_menu},
    {&lv_menu_sidebar_cont_class, apply_menu_sidebar},
    {&lv_menu_main_cont_class, apply_menu_main},
    {&lv_menu_cont_class, apply_menu_cont},
    {&lv_menu_sidebar_header_cont_class, apply_menu_header},
    {&lv_menu_main_header_cont_class, apply_menu_header},
    {&lv_menu_page_class, apply_menu_page},
    {&lv_menu_section_class, apply_menu_section},
    {&lv_menu_separator_class, apply_menu_separator},
    {&lv_calendar_header_arrow_class, apply_calendar_header},
    {&lv_calendar_header_dropdown_class, apply_calendar_header},
};

} // namespace

void * lv_theme_default_widgets_init(void * styles, const lv_theme_default_widgets_params_t * params)
{
    widget_styles_t * s = static_cast<widget_styles_t *>(styles);
    if(s == nullptr) {
        s = static_cast<widget_styles_t *>(lv_malloc_zeroed(sizeof(widget_styles_t)));
        if(s == nullptr) return nullptr;
    }
    reset_styles(s);
    s->disp_size = params->disp_size;
    shared_styles_init(*s, *params);
    widget_styles_init(*s, *params);
    return s;
}

bool lv_theme_default_widgets_apply(void * styles, lv_obj_t * obj)
{
    if(styles == nullptr) return false;
    widget_styles_t & s = *static_cast<widget_styles_t *>(styles);
    if(apply_parts(s, obj)) return true;
    const lv_obj_class_t * cls = lv_obj_get_class(obj);
    for(const rule_t & r : rules) {
        if(cls == r.class_p) {
            r.apply(s, obj);
            return true;
        }
    }
    return false;
}

void lv_theme_default_widgets_deinit(void * styles)
{
    if(styles == nullptr) return;
    lv_style_t * all = static_cast<lv_style_t *>(styles);
    for(size_t i = 0; i < STYLE_COUNT; i++) lv_style_reset(&all[i]);
    lv_free(styles);
}
