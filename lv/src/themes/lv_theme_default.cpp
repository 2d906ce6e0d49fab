/**
 * @file lv_theme_default.cpp
 * LVGL's default (material) theme, light and dark. Sizes scale with the display's DPI and
 * class (small: the larger side <= 320 px, medium: < 720 px, large otherwise). The theme
 * lives in the engine heap and is reachable from lv_global, so a GC keeps its styles.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"
#include "themes/lv_theme_default_widgets.h"

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
    void * widget_styles; /* the other widgets' styles: lv_theme_default_widgets.cpp */
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

    reset(&s.anim);
    lv_style_set_anim_duration(&s.anim, 200);

    reset(&s.anim_fast);
    lv_style_set_anim_duration(&s.anim_fast, 120);

    const lv_theme_default_widgets_params_t params = {&t->base, dpi, t->disp_size, t->color_scr, t->color_text,
                                                      t->color_card, t->color_grey};
    t->widget_styles = lv_theme_default_widgets_init(t->widget_styles, &params);
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
    if(lv_theme_default_widgets_apply(t->widget_styles, obj)) return;
    if(lv_obj_check_type(obj, &lv_obj_class)) {
        lv_obj_add_style(obj, &s.card, 0);
        lv_obj_add_style(obj, &s.scrollbar, LV_PART_SCROLLBAR);
        lv_obj_add_style(obj, &s.scrollbar_scrolled, LV_PART_SCROLLBAR | LV_STATE_SCROLLED);
    }
    else if(lv_obj_check_type(obj, &lv_button_class)) {
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
    /* a display still using it has objects holding its styles: freeing them now would leave
     * dangling pointers (lv.theme_default_deinit() from a script); lv_deinit deletes the
     * displays first */
    for(lv_display_t * d = lv_display_get_next(NULL); d; d = lv_display_get_next(d))
        if(lv_display_get_theme(d) == &t->base) return;
    if(t->inited) reset_all_styles(t);
    lv_theme_default_widgets_deinit(t->widget_styles);
    lv_free(t);
    theme_ptr() = nullptr;
}

} // extern "C"
