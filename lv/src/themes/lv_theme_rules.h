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

/** A table-driven theme in the engine heap, reachable from an lv_global slot (so a
 *  garbage-collected heap keeps its styles): the theme, then its styles. */
struct lv_rules_theme_t {
    lv_theme_t base;
    const lv_theme_rule_t * rules;
    uint32_t rule_count;
    uint32_t style_count;
    bool inited;
    lv_style_t * styles; /**< style_count styles, in the same block right after the theme */
};

/** The theme in `*slot` (allocated on first use) for `disp`, with its styles initialized
 *  empty (reset if it was inited before), ready for the caller to fill; nullptr when out of
 *  memory. Finish with lv_rules_theme_done. */
lv_rules_theme_t * lv_rules_theme_prepare(void ** slot, lv_display_t * disp, uint32_t style_count,
                                          const lv_theme_rule_t * rules, uint32_t rule_count);
/** Marks the theme inited and restyles the objects when it is in use. */
lv_theme_t * lv_rules_theme_done(lv_rules_theme_t * theme);
bool lv_rules_theme_is_inited(void * slot);
void lv_rules_theme_deinit(void ** slot);

#endif
