/**
 * @file lv_theme_default.cpp
 * LVGL's default (material) theme, light and dark. Sizes scale with the display's DPI and
 * class (small: the larger side <= 320 px, medium: < 720 px, large otherwise). The theme
 * lives in the engine heap and is reachable from lv_global, so a GC keeps its styles.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

enum disp_size_t { DISP_SMALL = 3, DISP_MEDIUM = 2, DISP_LARGE = 1 };
constexpr uint32_t MODE_DARK = 1;

struct theme_styles_t {
    lv_style_t scr, scrollbar, scrollbar_scrolled, card, btn;
    lv_style_t bg_color_primary, bg_color_primary_muted, bg_color_secondary, bg_color_secondary_muted;
    lv_style_t bg_color_grey, bg_color_white, pressed, disabled, pad_zero, pad_tiny, pad_small, pad_normal;
    lv_style_t pad_gap, line_space_large, text_align_center, outline_primary, outline_secondary, circle;
    lv_style_t no_radius, clip_corner, rotary_scroll, grow, transition_delayed, transition_normal;
    lv_style_t anim, anim_fast, knob;
    lv_style_t switch_knob, led, cb_marker, cb_marker_checked, arc_indic, arc_indic_primary, line;
    lv_style_t list_bg, list_btn, list_item_grow, msgbox_backdrop_bg;
    lv_style_t tab_btn, tab_bg_focus, keyboard_button_bg, ta_cursor, ta_placeholder, dropdown_list, table_cell, scale;
    lv_style_t chart_bg, chart_series, chart_indic, calendar_btnm_bg, calendar_btnm_day, calendar_header;
};

struct my_theme_t {
    lv_theme_t base;
    disp_size_t disp_size;
    int32_t disp_dpi;
    lv_color_t color_scr;
    lv_color_t color_text;
    lv_color_t color_card;
    lv_color_t color_grey;
    bool inited;
    theme_styles_t styles;
    lv_style_transition_dsc_t trans_delayed;
    lv_style_transition_dsc_t trans_normal;
};

my_theme_t *& theme_ptr() { return reinterpret_cast<my_theme_t *&>(lv_global.theme_default); }

/* properties animated when a widget changes state */
const lv_style_prop_t trans_props[] = {
    LV_STYLE_BG_OPA, LV_STYLE_BG_COLOR, LV_STYLE_TRANSFORM_WIDTH, LV_STYLE_TRANSFORM_HEIGHT,
    LV_STYLE_TRANSLATE_Y, LV_STYLE_TRANSLATE_X, LV_STYLE_TRANSFORM_ROTATION, LV_STYLE_TRANSFORM_SCALE_X,
    LV_STYLE_TRANSFORM_SCALE_Y, LV_STYLE_RECOLOR_OPA, LV_STYLE_RECOLOR, 0,
};

void reset(lv_style_t * s)
{
    lv_style_reset(s);
    lv_style_init(s);
}

void style_init(my_theme_t * t)
{
    const int32_t dpi = t->disp_dpi;
    auto dpx = [dpi](int32_t n) { return LV_DPX_CALC(dpi, n); };
    auto by_size = [t, &dpx](int32_t large, int32_t medium, int32_t small) {
        return dpx(t->disp_size == DISP_LARGE ? large : t->disp_size == DISP_MEDIUM ? medium : small);
    };
    const bool dark = t->base.flags & MODE_DARK;
    const int32_t pad_def = by_size(24, 20, 16);
    const int32_t pad_small = by_size(14, 12, 10);
    const int32_t pad_tiny = by_size(8, 6, 2);
    const int32_t radius_default = dpx(t->disp_size == DISP_LARGE ? 12 : 8);
    const int32_t border_width = dpx(2);
    const int32_t outline_width = dpx(3);
    theme_styles_t & s = t->styles;

    t->color_scr = dark ? lv_color_hex(0x15171A) : lv_palette_lighten(LV_PALETTE_GREY, 4);
    t->color_text = dark ? lv_palette_lighten(LV_PALETTE_GREY, 5) : lv_palette_darken(LV_PALETTE_GREY, 4);
    t->color_card = dark ? lv_color_hex(0x282b30) : lv_color_white();
    t->color_grey = dark ? lv_color_hex(0x2f3237) : lv_palette_lighten(LV_PALETTE_GREY, 2);

    reset(&s.transition_delayed);
    reset(&s.transition_normal);
    lv_style_transition_dsc_init(&t->trans_delayed, trans_props, lv_anim_path_linear, LV_THEME_DEFAULT_TRANSITION_TIME, 70, nullptr);
    lv_style_transition_dsc_init(&t->trans_normal, trans_props, lv_anim_path_linear, LV_THEME_DEFAULT_TRANSITION_TIME, 0, nullptr);
    lv_style_set_transition(&s.transition_delayed, &t->trans_delayed);
    lv_style_set_transition(&s.transition_normal, &t->trans_normal);

    reset(&s.scrollbar);
    lv_style_set_bg_color(&s.scrollbar, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_radius(&s.scrollbar, LV_RADIUS_CIRCLE);
    lv_style_set_pad_all(&s.scrollbar, dpx(7));
    lv_style_set_width(&s.scrollbar, dpx(5));
    lv_style_set_bg_opa(&s.scrollbar, LV_OPA_40);
    lv_style_set_transition(&s.scrollbar, &t->trans_normal);

    reset(&s.scrollbar_scrolled);
    lv_style_set_bg_opa(&s.scrollbar_scrolled, LV_OPA_COVER);

    reset(&s.scr);
    lv_style_set_bg_opa(&s.scr, LV_OPA_COVER);
    lv_style_set_bg_color(&s.scr, t->color_scr);
    lv_style_set_text_color(&s.scr, t->color_text);
    lv_style_set_text_font(&s.scr, t->base.font_normal);
    lv_style_set_pad_row(&s.scr, pad_small);
    lv_style_set_pad_column(&s.scr, pad_small);
    lv_style_set_rotary_sensitivity(&s.scr, static_cast<uint32_t>(dpi / 4 * 256));

    reset(&s.card);
    lv_style_set_radius(&s.card, radius_default);
    lv_style_set_bg_opa(&s.card, LV_OPA_COVER);
    lv_style_set_bg_color(&s.card, t->color_card);
    lv_style_set_border_color(&s.card, t->color_grey);
    lv_style_set_border_width(&s.card, border_width);
    lv_style_set_border_post(&s.card, true);
    lv_style_set_text_color(&s.card, t->color_text);
    lv_style_set_pad_all(&s.card, pad_def);
    lv_style_set_pad_row(&s.card, pad_small);
    lv_style_set_pad_column(&s.card, pad_small);
    lv_style_set_line_color(&s.card, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_line_width(&s.card, dpx(1));

    reset(&s.outline_primary);
    lv_style_set_outline_color(&s.outline_primary, t->base.color_primary);
    lv_style_set_outline_width(&s.outline_primary, outline_width);
    lv_style_set_outline_pad(&s.outline_primary, outline_width);
    lv_style_set_outline_opa(&s.outline_primary, LV_OPA_50);

    reset(&s.outline_secondary);
    lv_style_set_outline_color(&s.outline_secondary, t->base.color_secondary);
    lv_style_set_outline_width(&s.outline_secondary, outline_width);
    lv_style_set_outline_opa(&s.outline_secondary, LV_OPA_50);

    reset(&s.btn);
    lv_style_set_radius(&s.btn, by_size(16, 12, 8));
    lv_style_set_bg_opa(&s.btn, LV_OPA_COVER);
    lv_style_set_bg_color(&s.btn, t->color_grey);
    if(!dark) {
        lv_style_set_shadow_color(&s.btn, lv_palette_main(LV_PALETTE_GREY));
        lv_style_set_shadow_width(&s.btn, lv_dpx(3));
        lv_style_set_shadow_opa(&s.btn, LV_OPA_50);
        lv_style_set_shadow_offset_y(&s.btn, dpx(lv_dpx(4)));
    }
    lv_style_set_text_color(&s.btn, t->color_text);
    lv_style_set_pad_hor(&s.btn, pad_def);
    lv_style_set_pad_ver(&s.btn, pad_small);
    lv_style_set_pad_column(&s.btn, dpx(5));
    lv_style_set_pad_row(&s.btn, dpx(5));

    reset(&s.pressed);
    lv_style_set_recolor(&s.pressed, lv_color_black());
    lv_style_set_recolor_opa(&s.pressed, 35);

    reset(&s.disabled);
    lv_style_set_recolor(&s.disabled, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_lighten(LV_PALETTE_GREY, 2));
    lv_style_set_recolor_opa(&s.disabled, LV_OPA_50);

    reset(&s.clip_corner);
    lv_style_set_clip_corner(&s.clip_corner, true);
    lv_style_set_border_post(&s.clip_corner, true);

    reset(&s.pad_normal);
    lv_style_set_pad_all(&s.pad_normal, pad_def);
    lv_style_set_pad_row(&s.pad_normal, pad_def);
    lv_style_set_pad_column(&s.pad_normal, pad_def);

    reset(&s.pad_small);
    lv_style_set_pad_all(&s.pad_small, pad_small);
    lv_style_set_pad_gap(&s.pad_small, pad_small);

    reset(&s.pad_gap);
    lv_style_set_pad_row(&s.pad_gap, dpx(10));
    lv_style_set_pad_column(&s.pad_gap, dpx(10));

    reset(&s.line_space_large);
    lv_style_set_text_line_space(&s.line_space_large, dpx(20));

    reset(&s.text_align_center);
    lv_style_set_text_align(&s.text_align_center, LV_TEXT_ALIGN_CENTER);

    reset(&s.pad_zero);
    lv_style_set_pad_all(&s.pad_zero, 0);
    lv_style_set_pad_row(&s.pad_zero, 0);
    lv_style_set_pad_column(&s.pad_zero, 0);

    reset(&s.pad_tiny);
    lv_style_set_pad_all(&s.pad_tiny, pad_tiny);
    lv_style_set_pad_row(&s.pad_tiny, pad_tiny);
    lv_style_set_pad_column(&s.pad_tiny, pad_tiny);

    reset(&s.bg_color_primary);
    lv_style_set_bg_color(&s.bg_color_primary, t->base.color_primary);
    lv_style_set_text_color(&s.bg_color_primary, lv_color_white());
    lv_style_set_bg_opa(&s.bg_color_primary, LV_OPA_COVER);

    reset(&s.bg_color_primary_muted);
    lv_style_set_bg_color(&s.bg_color_primary_muted, t->base.color_primary);
    lv_style_set_text_color(&s.bg_color_primary_muted, t->base.color_primary);
    lv_style_set_bg_opa(&s.bg_color_primary_muted, LV_OPA_20);

    reset(&s.bg_color_secondary);
    lv_style_set_bg_color(&s.bg_color_secondary, t->base.color_secondary);
    lv_style_set_text_color(&s.bg_color_secondary, lv_color_white());
    lv_style_set_bg_opa(&s.bg_color_secondary, LV_OPA_COVER);

    reset(&s.bg_color_secondary_muted);
    lv_style_set_bg_color(&s.bg_color_secondary_muted, t->base.color_secondary);
    lv_style_set_text_color(&s.bg_color_secondary_muted, t->base.color_secondary);
    lv_style_set_bg_opa(&s.bg_color_secondary_muted, LV_OPA_20);

    reset(&s.bg_color_grey);
    lv_style_set_bg_color(&s.bg_color_grey, t->color_grey);
    lv_style_set_bg_opa(&s.bg_color_grey, LV_OPA_COVER);
    lv_style_set_text_color(&s.bg_color_grey, t->color_text);

    reset(&s.bg_color_white);
    lv_style_set_bg_color(&s.bg_color_white, t->color_card);
    lv_style_set_bg_opa(&s.bg_color_white, LV_OPA_COVER);
    lv_style_set_text_color(&s.bg_color_white, t->color_text);

    reset(&s.circle);
    lv_style_set_radius(&s.circle, LV_RADIUS_CIRCLE);

    reset(&s.no_radius);
    lv_style_set_radius(&s.no_radius, 0);

    reset(&s.rotary_scroll);
    lv_style_set_rotary_sensitivity(&s.rotary_scroll, static_cast<uint32_t>(dpi / 4 * 256));

    reset(&s.grow);
    lv_style_set_transform_width(&s.grow, dpx(3));
    lv_style_set_transform_height(&s.grow, dpx(3));

    reset(&s.knob);
    lv_style_set_bg_color(&s.knob, t->base.color_primary);
    lv_style_set_bg_opa(&s.knob, LV_OPA_COVER);
    lv_style_set_pad_all(&s.knob, dpx(6));
    lv_style_set_radius(&s.knob, LV_RADIUS_CIRCLE);

    reset(&s.switch_knob);
    lv_style_set_pad_all(&s.switch_knob, -dpx(4));
    lv_style_set_bg_color(&s.switch_knob, lv_color_white());

    reset(&s.msgbox_backdrop_bg);
    lv_style_set_bg_color(&s.msgbox_backdrop_bg, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_bg_opa(&s.msgbox_backdrop_bg, LV_OPA_50);

    reset(&s.tab_btn);
    lv_style_set_border_color(&s.tab_btn, t->base.color_primary);
    lv_style_set_border_width(&s.tab_btn, border_width * 2);
    lv_style_set_border_side(&s.tab_btn, LV_BORDER_SIDE_BOTTOM);
    lv_style_set_pad_top(&s.tab_btn, border_width * 2);

    reset(&s.tab_bg_focus);
    lv_style_set_outline_pad(&s.tab_bg_focus, -border_width);

    reset(&s.keyboard_button_bg);
    lv_style_set_shadow_width(&s.keyboard_button_bg, 0);
    lv_style_set_radius(&s.keyboard_button_bg, t->disp_size == DISP_SMALL ? radius_default / 2 : radius_default);

    reset(&s.ta_cursor);
    lv_style_set_border_color(&s.ta_cursor, t->color_text);
    lv_style_set_border_width(&s.ta_cursor, dpx(2));
    lv_style_set_pad_left(&s.ta_cursor, -dpx(1));
    lv_style_set_border_side(&s.ta_cursor, LV_BORDER_SIDE_LEFT);
    lv_style_set_anim_duration(&s.ta_cursor, 400);

    reset(&s.ta_placeholder);
    lv_style_set_text_color(&s.ta_placeholder, dark ? lv_palette_darken(LV_PALETTE_GREY, 2) : lv_palette_lighten(LV_PALETTE_GREY, 1));

    reset(&s.dropdown_list);
    lv_style_set_max_height(&s.dropdown_list, LV_DPI_DEF * 2);

    reset(&s.table_cell);
    lv_style_set_border_width(&s.table_cell, dpx(1));
    lv_style_set_border_color(&s.table_cell, t->color_grey);
    lv_style_set_border_side(&s.table_cell, static_cast<lv_border_side_t>(LV_BORDER_SIDE_TOP | LV_BORDER_SIDE_BOTTOM));

    reset(&s.scale);
    lv_style_set_line_color(&s.scale, t->color_text);
    lv_style_set_line_width(&s.scale, dpx(2));
    lv_style_set_arc_color(&s.scale, t->color_text);
    lv_style_set_arc_width(&s.scale, dpx(2));
    lv_style_set_length(&s.scale, dpx(6));

    reset(&s.chart_bg);
    lv_style_set_border_post(&s.chart_bg, false);
    lv_style_set_pad_column(&s.chart_bg, dpx(10));
    lv_style_set_line_color(&s.chart_bg, t->color_grey);

    reset(&s.chart_series);
    lv_style_set_line_width(&s.chart_series, dpx(3));
    lv_style_set_radius(&s.chart_series, dpx(3));
    lv_style_set_size(&s.chart_series, dpx(8), dpx(8));
    lv_style_set_pad_column(&s.chart_series, dpx(2));

    reset(&s.chart_indic);
    lv_style_set_radius(&s.chart_indic, LV_RADIUS_CIRCLE);
    lv_style_set_size(&s.chart_indic, dpx(8), dpx(8));
    lv_style_set_bg_color(&s.chart_indic, t->base.color_primary);
    lv_style_set_bg_opa(&s.chart_indic, LV_OPA_COVER);

    reset(&s.calendar_btnm_bg);
    lv_style_set_pad_all(&s.calendar_btnm_bg, pad_small);
    lv_style_set_pad_gap(&s.calendar_btnm_bg, pad_small / 2);

    reset(&s.calendar_btnm_day);
    lv_style_set_border_width(&s.calendar_btnm_day, dpx(1));
    lv_style_set_border_color(&s.calendar_btnm_day, t->color_grey);
    lv_style_set_bg_color(&s.calendar_btnm_day, t->color_card);
    lv_style_set_bg_opa(&s.calendar_btnm_day, LV_OPA_20);

    reset(&s.calendar_header);
    lv_style_set_pad_hor(&s.calendar_header, pad_small);
    lv_style_set_pad_top(&s.calendar_header, pad_small);
    lv_style_set_pad_bottom(&s.calendar_header, pad_tiny);
    lv_style_set_pad_gap(&s.calendar_header, pad_small);

    reset(&s.list_bg);
    lv_style_set_pad_hor(&s.list_bg, pad_def);
    lv_style_set_pad_ver(&s.list_bg, 0);
    lv_style_set_pad_gap(&s.list_bg, 0);
    lv_style_set_clip_corner(&s.list_bg, true);

    reset(&s.list_btn);
    lv_style_set_border_width(&s.list_btn, dpx(1));
    lv_style_set_border_color(&s.list_btn, t->color_grey);
    lv_style_set_border_side(&s.list_btn, LV_BORDER_SIDE_BOTTOM);
    lv_style_set_pad_all(&s.list_btn, pad_small);
    lv_style_set_pad_column(&s.list_btn, pad_small);

    reset(&s.list_item_grow);
    lv_style_set_transform_width(&s.list_item_grow, pad_def);

    reset(&s.arc_indic);
    lv_style_set_arc_color(&s.arc_indic, t->color_grey);
    lv_style_set_arc_width(&s.arc_indic, dpx(15));
    lv_style_set_arc_rounded(&s.arc_indic, true);

    reset(&s.arc_indic_primary);
    lv_style_set_arc_color(&s.arc_indic_primary, t->base.color_primary);

    reset(&s.line);
    lv_style_set_line_width(&s.line, 1);
    lv_style_set_line_color(&s.line, t->color_text);

    reset(&s.cb_marker);
    lv_style_set_pad_all(&s.cb_marker, dpx(3));
    lv_style_set_border_width(&s.cb_marker, border_width);
    lv_style_set_border_color(&s.cb_marker, t->base.color_primary);
    lv_style_set_bg_color(&s.cb_marker, t->color_card);
    lv_style_set_bg_opa(&s.cb_marker, LV_OPA_COVER);
    lv_style_set_radius(&s.cb_marker, radius_default / 2);
    lv_style_set_text_font(&s.cb_marker, t->base.font_small);
    lv_style_set_text_color(&s.cb_marker, lv_color_white());

    reset(&s.cb_marker_checked);
    lv_style_set_bg_image_src(&s.cb_marker_checked, LV_SYMBOL_OK);

    reset(&s.led);
    lv_style_set_bg_opa(&s.led, LV_OPA_COVER);
    lv_style_set_bg_color(&s.led, lv_color_white());
    lv_style_set_bg_grad_color(&s.led, lv_palette_main(LV_PALETTE_GREY));
    lv_style_set_radius(&s.led, LV_RADIUS_CIRCLE);
    lv_style_set_shadow_width(&s.led, dpx(15));
    lv_style_set_shadow_color(&s.led, lv_color_white());
    lv_style_set_shadow_spread(&s.led, dpx(5));

    reset(&s.anim);
    lv_style_set_anim_duration(&s.anim, 200);

    reset(&s.anim_fast);
    lv_style_set_anim_duration(&s.anim_fast, 120);
}

void theme_apply(lv_theme_t * th, lv_obj_t * obj)
{
    LV_UNUSED(th);
    my_theme_t * t = theme_ptr();
    if(!t) return;
    theme_styles_t & s = t->styles;
    lv_obj_t * parent = lv_obj_get_parent(obj);

    if(parent == nullptr) {
        lv_obj_add_style(obj, &s.scr, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_zero, 0);
        lv_obj_add_style(obj, &s.clip_corner, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_backdrop_class)) {
        lv_obj_add_style(obj, &s.msgbox_backdrop_bg, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_header_class)) {
        lv_obj_add_style(obj, &s.pad_tiny, 0);
        lv_obj_add_style(obj, &s.bg_color_grey, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_footer_class)) {
        lv_obj_add_style(obj, &s.pad_tiny, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_content_class)) {
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        lv_obj_add_style(obj, &s.pad_tiny, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_msgbox_header_button_class) || lv_obj_check_type(obj, &lv_msgbox_footer_button_class)) {
        lv_obj_add_style(obj, &s.btn, 0);
        lv_obj_add_style(obj, &s.bg_color_primary, 0);
        lv_obj_add_style(obj, &s.transition_delayed, 0);
        lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.transition_normal, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.bg_color_secondary, LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
        return;
    }
    if(lv_obj_check_type(obj, &lv_list_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.list_bg, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        return;
    }
    if(lv_obj_check_type(obj, &lv_list_text_class)) {
        lv_obj_add_style(obj, &s.bg_color_grey, 0);
        lv_obj_add_style(obj, &s.list_item_grow, 0);
        return;
    }
    if(lv_obj_check_type(obj, &lv_list_button_class)) {
        lv_obj_add_style(obj, &s.bg_color_white, 0);
        lv_obj_add_style(obj, &s.list_btn, 0);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.list_item_grow, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.list_item_grow, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
        return;
    }
    if(lv_obj_check_type(obj, &lv_obj_class)) {
        if(lv_obj_check_type(parent, &lv_tabview_class) && lv_obj_get_child(parent, 1) == obj) return; /* tab content */
        if(lv_obj_check_type(parent, &lv_tabview_class) && lv_obj_get_child(parent, 0) == obj) {
            lv_obj_add_style(obj, &s.bg_color_white, 0); /* tab bar */
            lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
            lv_obj_add_style(obj, &s.tab_bg_focus, LV_STATE_FOCUS_KEY);
            return;
        }
        if(lv_obj_check_type(lv_obj_get_parent(parent), &lv_tabview_class)) {
            lv_obj_add_style(obj, &s.pad_normal, 0); /* tab page */
            lv_obj_add_style(obj, &s.rotary_scroll, 0);
            lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
            lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
            return;
        }
        if(lv_obj_check_type(parent, &lv_calendar_class)) return; /* no style */
        if(parent && lv_obj_check_type(parent, &lv_win_class) && lv_obj_get_child(parent, 0) == obj) {
            lv_obj_add_style(obj, &s.bg_color_grey, 0); /* window header */
            lv_obj_add_style(obj, &s.pad_tiny, 0);
            return;
        }
        if(parent && lv_obj_check_type(parent, &lv_win_class) && lv_obj_get_child(parent, 1) == obj) {
            lv_obj_add_style(obj, &s.scr, 0); /* window content */
            lv_obj_add_style(obj, &s.pad_normal, 0);
            lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
            lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
            return;
        }
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
    }
    else if(lv_obj_check_type(obj, &lv_button_class)) {
        lv_obj_t * tv = lv_obj_get_parent(parent);
        if(tv && lv_obj_get_child(tv, 0) == parent && lv_obj_check_type(tv, &lv_tabview_class)) {
            lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED); /* button of a tab bar */
            lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_STATE_CHECKED);
            lv_obj_add_style(obj, &s.tab_btn, LV_STATE_CHECKED);
            lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
            lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
            lv_obj_add_style(obj, &s.tab_bg_focus, LV_STATE_FOCUS_KEY);
            return;
        }
        lv_obj_add_style(obj, &s.btn, 0);
        lv_obj_add_style(obj, &s.bg_color_primary, 0);
        lv_obj_add_style(obj, &s.transition_delayed, 0);
        lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.transition_normal, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
#if LV_THEME_DEFAULT_GROW
        lv_obj_add_style(obj, &s.grow, LV_STATE_PRESSED);
#endif
        lv_obj_add_style(obj, &s.bg_color_secondary, LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
    }
    else if(lv_obj_check_type(obj, &lv_buttonmatrix_class) && lv_obj_check_type(parent, &lv_calendar_class)) {
        lv_obj_add_style(obj, &s.calendar_btnm_bg, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.calendar_btnm_day, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.outline_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
    }
    else if(lv_obj_check_type(obj, &lv_buttonmatrix_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.btn, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_ITEMS | LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.outline_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
    }
    else if(lv_obj_check_type(obj, &lv_bar_class)) {
        lv_obj_add_style(obj, &s.bg_color_primary_muted, 0);
        lv_obj_add_style(obj, &s.circle, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.circle, LV_PART_INDICATOR);
    }
    else if(lv_obj_check_type(obj, &lv_slider_class)) {
        lv_obj_add_style(obj, &s.bg_color_primary_muted, 0);
        lv_obj_add_style(obj, &s.circle, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.circle, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
#if LV_THEME_DEFAULT_GROW
        lv_obj_add_style(obj, &s.grow, LV_PART_KNOB | LV_STATE_PRESSED);
#endif
        lv_obj_add_style(obj, &s.transition_delayed, LV_PART_KNOB);
        lv_obj_add_style(obj, &s.transition_normal, LV_PART_KNOB | LV_STATE_PRESSED);
    }
    else if(lv_obj_check_type(obj, &lv_checkbox_class)) {
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
    else if(lv_obj_check_type(obj, &lv_arc_class)) {
        lv_obj_add_style(obj, &s.arc_indic, 0);
        lv_obj_add_style(obj, &s.arc_indic, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.arc_indic_primary, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
    }
    else if(lv_obj_check_type(obj, &lv_spinner_class)) {
        lv_obj_add_style(obj, &s.arc_indic, 0);
        lv_obj_add_style(obj, &s.arc_indic, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.arc_indic_primary, LV_PART_INDICATOR);
    }
    else if(lv_obj_check_type(obj, &lv_tileview_class)) {
        lv_obj_add_style(obj, &s.scr, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
    }
    else if(lv_obj_check_type(obj, &lv_tileview_tile_class)) {
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
    }
    else if(lv_obj_check_type(obj, &lv_table_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_zero, 0);
        lv_obj_add_style(obj, &s.no_radius, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        lv_obj_add_style(obj, &s.bg_color_white, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.table_cell, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.pad_normal, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.bg_color_secondary, LV_PART_ITEMS | LV_STATE_EDITED);
    }
    else if(lv_obj_check_type(obj, &lv_spinbox_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_small, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_CURSOR);
    }
    else if(lv_obj_check_type(obj, &lv_dropdown_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_small, 0);
        lv_obj_add_style(obj, &s.transition_delayed, 0);
        lv_obj_add_style(obj, &s.transition_normal, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.pressed, LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
    }
    else if(lv_obj_check_type(obj, &lv_dropdownlist_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.clip_corner, 0);
        lv_obj_add_style(obj, &s.line_space_large, 0);
        lv_obj_add_style(obj, &s.dropdown_list, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        lv_obj_add_style(obj, &s.bg_color_white, LV_PART_SELECTED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_SELECTED | LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.pressed, LV_PART_SELECTED | LV_STATE_PRESSED);
    }
    else if(lv_obj_check_type(obj, &lv_roller_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.anim, 0);
        lv_obj_add_style(obj, &s.line_space_large, 0);
        lv_obj_add_style(obj, &s.text_align_center, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_SELECTED);
    }
    else if(lv_obj_check_type(obj, &lv_textarea_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_small, 0);
        lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        lv_obj_add_style(obj, &s.ta_cursor, LV_PART_CURSOR | LV_STATE_FOCUSED);
        lv_obj_add_style(obj, &s.ta_placeholder, LV_PART_TEXTAREA_PLACEHOLDER);
    }
    else if(lv_obj_check_type(obj, &lv_label_class) && lv_obj_check_type(parent, &lv_textarea_class)) {
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_SELECTED);
    }
    else if(lv_obj_check_type(obj, &lv_keyboard_class)) {
        lv_obj_add_style(obj, &s.scr, 0);
        lv_obj_add_style(obj, t->disp_size == DISP_LARGE ? &s.pad_small : &s.pad_tiny, 0);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.outline_secondary, LV_STATE_EDITED);
        lv_obj_add_style(obj, &s.btn, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.disabled, LV_PART_ITEMS | LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.bg_color_white, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.keyboard_button_bg, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.pressed, LV_PART_ITEMS | LV_STATE_PRESSED);
        lv_obj_add_style(obj, &s.bg_color_grey, LV_PART_ITEMS | LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.bg_color_primary_muted, LV_PART_ITEMS | LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.bg_color_secondary_muted, LV_PART_ITEMS | LV_STATE_EDITED);
    }
    else if(lv_obj_check_type(obj, &lv_tabview_class)) {
        lv_obj_add_style(obj, &s.scr, 0);
        lv_obj_add_style(obj, &s.pad_zero, 0);
    }
    else if(lv_obj_check_type(obj, &lv_calendar_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_zero, 0);
    }
    else if(lv_obj_check_type(obj, &lv_calendar_header_arrow_class)) {
        lv_obj_add_style(obj, &s.calendar_header, 0);
    }
    else if(lv_obj_check_type(obj, &lv_chart_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.pad_small, 0);
        lv_obj_add_style(obj, &s.chart_bg, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
        lv_obj_add_style(obj, &s.chart_series, LV_PART_ITEMS);
        lv_obj_add_style(obj, &s.chart_indic, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.chart_series, LV_PART_CURSOR);
    }
    else if(lv_obj_check_type(obj, &lv_scale_class)) {
        lv_obj_add_style(obj, &s.scale, LV_PART_MAIN);
        lv_obj_add_style(obj, &s.scale, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.scale, LV_PART_ITEMS);
    }
    else if(lv_obj_check_type(obj, &lv_win_class)) {
        lv_obj_add_style(obj, &s.clip_corner, 0);
    }
    else if(lv_obj_check_type(obj, &lv_line_class)) {
        lv_obj_add_style(obj, &s.line, 0);
    }
    else if(lv_obj_check_type(obj, &lv_led_class)) {
        lv_obj_add_style(obj, &s.led, 0);
    }
    else if(lv_obj_check_type(obj, &lv_switch_class)) {
        lv_obj_add_style(obj, &s.bg_color_grey, 0);
        lv_obj_add_style(obj, &s.circle, 0);
        lv_obj_add_style(obj, &s.anim_fast, 0);
        lv_obj_add_style(obj, &s.disabled, LV_STATE_DISABLED);
        lv_obj_add_style(obj, &s.outline_primary, LV_STATE_FOCUS_KEY);
        lv_obj_add_style(obj, &s.bg_color_primary, LV_PART_INDICATOR | LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.circle, LV_PART_INDICATOR);
        lv_obj_add_style(obj, &s.knob, LV_PART_KNOB);
        lv_obj_add_style(obj, &s.bg_color_white, LV_PART_KNOB);
        lv_obj_add_style(obj, &s.switch_knob, LV_PART_KNOB);
        lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR | LV_STATE_CHECKED);
        lv_obj_add_style(obj, &s.transition_normal, LV_PART_INDICATOR);
    }
}

void reset_all_styles(my_theme_t * t)
{
    lv_style_t * styles = reinterpret_cast<lv_style_t *>(&t->styles);
    for(size_t i = 0; i < sizeof(theme_styles_t) / sizeof(lv_style_t); i++) lv_style_reset(&styles[i]);
}

} // namespace

extern "C" {

lv_theme_t * lv_theme_default_init(lv_display_t * disp, lv_color_t color_primary, lv_color_t color_secondary,
                                   bool dark, const lv_font_t * font)
{
    if(!theme_ptr()) {
        theme_ptr() = static_cast<my_theme_t *>(lv_malloc_zeroed(sizeof(my_theme_t)));
        if(!theme_ptr()) return nullptr;
    }
    my_theme_t * t = theme_ptr();
    lv_display_t * new_disp = disp ? disp : lv_display_get_default();
    int32_t new_dpi = lv_display_get_dpi(new_disp);
    int32_t greater = LV_MAX(lv_display_get_horizontal_resolution(new_disp), lv_display_get_vertical_resolution(new_disp));
    disp_size_t new_size = greater <= 320 ? DISP_SMALL : greater < 720 ? DISP_MEDIUM : DISP_LARGE;

    if(t->inited && t->disp_dpi == new_dpi && t->disp_size == new_size &&
       lv_color_eq(t->base.color_primary, color_primary) && lv_color_eq(t->base.color_secondary, color_secondary) &&
       t->base.flags == (dark ? MODE_DARK : 0u) && t->base.font_small == font) {
        return &t->base;
    }
    t->disp_size = new_size;
    t->disp_dpi = new_dpi;
    t->base.disp = new_disp;
    t->base.color_primary = color_primary;
    t->base.color_secondary = color_secondary;
    t->base.font_small = font;
    t->base.font_normal = font;
    t->base.font_large = font;
    t->base.apply_cb = theme_apply;
    t->base.flags = dark ? MODE_DARK : 0;
    style_init(t);
    if(disp == nullptr || lv_display_get_theme(disp) == &t->base) lv_obj_report_style_change(nullptr);
    t->inited = true;
    return &t->base;
}

lv_theme_t * lv_theme_default_get(void) { return lv_theme_default_is_inited() ? &theme_ptr()->base : nullptr; }

bool lv_theme_default_is_inited(void) { return theme_ptr() && theme_ptr()->inited; }

void lv_theme_default_deinit(void)
{
    my_theme_t * t = theme_ptr();
    if(!t) return;
    if(t->inited) reset_all_styles(t);
    lv_free(t);
    theme_ptr() = nullptr;
}

} // extern "C"
