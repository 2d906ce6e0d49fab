/**
 * @file lv_theme_rules.h
 * Table-driven themes: a theme is a set of styles plus rules "objects of this class, in this
 * context, get this style with this selector". The first class-and-context that matches an
 * object decides; all its consecutive rules apply. Used by the simple and mono themes.
 */
#ifndef LV_THEME_RULES_H
#define LV_THEME_RULES_H

#include "core/lv_obj_private.h"

/** Where an object sits, for rules that differ by context. */
enum lv_theme_ctx_t : uint8_t {
    LV_THEME_CTX_ANY,
    LV_THEME_CTX_SCREEN,             /**< no parent (class is ignored) */
    LV_THEME_CTX_PARENT_TABVIEW,     /**< the tabview's content area or button bar */
    LV_THEME_CTX_GRANDPARENT_TABVIEW, /**< a tabview page */
    LV_THEME_CTX_PARENT_MSGBOX,
    LV_THEME_CTX_WIN_HEADER,         /**< the first child of a window */
    LV_THEME_CTX_WIN_CONTENT,        /**< the second child of a window */
};

/** No style: a rule group that only stops the search (the object gets nothing). */
constexpr uint8_t LV_THEME_STYLE_NONE = 0xFF;

struct lv_theme_rule_t {
    const lv_obj_class_t * class_p;
    lv_theme_ctx_t ctx;
    uint8_t style; /**< index into the theme's style array, or LV_THEME_STYLE_NONE */
    lv_style_selector_t selector;
};

/** Adds the styles of the first matching rule group to `obj`. */
void lv_theme_rules_apply(lv_obj_t * obj, const lv_theme_rule_t * rules, uint32_t count, lv_style_t * styles);

/** Resets (when `reinit`) or initializes each of `count` styles. */
void lv_theme_styles_prepare(lv_style_t * styles, uint32_t count, bool reinit);

#endif
