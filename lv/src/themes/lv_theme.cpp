/**
 * @file lv_theme.cpp
 * Applying a display's theme (and its parent themes, parents first) to new objects.
 */
#include "core/lv_obj_private.h"

namespace {

void apply_recursive(lv_theme_t * th, lv_obj_t * obj)
{
    if(th->parent) apply_recursive(th->parent, obj);
    if(th->apply_cb) th->apply_cb(th, obj);
}

} // namespace

extern "C" {

lv_theme_t * lv_theme_get_from_obj(lv_obj_t * obj)
{
    lv_display_t * disp = obj ? lv_obj_get_display(obj) : lv_display_get_default();
    return lv_display_get_theme(disp);
}

void lv_theme_apply(lv_obj_t * obj)
{
    if(!obj) return;
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    if(!th) return;
    lv_obj_remove_style_all(obj);
    apply_recursive(th, obj);
}

void lv_theme_set_parent(lv_theme_t * new_theme, lv_theme_t * parent) { new_theme->parent = parent; }
void lv_theme_set_apply_cb(lv_theme_t * theme, lv_theme_apply_cb_t apply_cb) { theme->apply_cb = apply_cb; }

const lv_font_t * lv_theme_get_font_small(lv_obj_t * obj)
{
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    return th ? th->font_small : LV_FONT_DEFAULT;
}

const lv_font_t * lv_theme_get_font_normal(lv_obj_t * obj)
{
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    return th ? th->font_normal : LV_FONT_DEFAULT;
}

const lv_font_t * lv_theme_get_font_large(lv_obj_t * obj)
{
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    return th ? th->font_large : LV_FONT_DEFAULT;
}

lv_color_t lv_theme_get_color_primary(lv_obj_t * obj)
{
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    return th ? th->color_primary : lv_palette_main(LV_PALETTE_BLUE_GREY);
}

lv_color_t lv_theme_get_color_secondary(lv_obj_t * obj)
{
    lv_theme_t * th = lv_theme_get_from_obj(obj);
    return th ? th->color_secondary : lv_palette_main(LV_PALETTE_BLUE_GREY);
}

} // extern "C"
