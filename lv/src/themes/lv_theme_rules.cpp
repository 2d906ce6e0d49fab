/**
 * @file lv_theme_rules.cpp
 * The rule matcher shared by the table-driven themes.
 */
#include "themes/lv_theme_rules.h"

namespace {

bool parent_is(const lv_obj_t * obj, const lv_obj_class_t * class_p)
{
    const lv_obj_t * parent = lv_obj_get_parent(obj);
    return parent && lv_obj_check_type(parent, class_p);
}

bool ctx_matches(lv_obj_t * obj, lv_theme_ctx_t ctx)
{
    switch(ctx) {
        case LV_THEME_CTX_ANY:
            return true;
        case LV_THEME_CTX_SCREEN:
            return lv_obj_get_parent(obj) == nullptr;
        case LV_THEME_CTX_PARENT_TABVIEW:
            return parent_is(obj, &lv_tabview_class);
        case LV_THEME_CTX_GRANDPARENT_TABVIEW: {
            lv_obj_t * parent = lv_obj_get_parent(obj);
            return parent && parent_is(parent, &lv_tabview_class);
        }
        case LV_THEME_CTX_PARENT_MSGBOX:
            return parent_is(obj, &lv_msgbox_class);
        case LV_THEME_CTX_WIN_HEADER:
            return parent_is(obj, &lv_win_class) && lv_obj_get_index(obj) == 0;
        case LV_THEME_CTX_WIN_CONTENT:
            return parent_is(obj, &lv_win_class) && lv_obj_get_index(obj) == 1;
    }
    return false;
}

bool rule_matches(lv_obj_t * obj, const lv_theme_rule_t & r)
{
    if(r.ctx == LV_THEME_CTX_SCREEN) return ctx_matches(obj, r.ctx);
    return lv_obj_get_parent(obj) && lv_obj_check_type(obj, r.class_p) && ctx_matches(obj, r.ctx);
}

} // namespace

void lv_theme_rules_apply(lv_obj_t * obj, const lv_theme_rule_t * rules, uint32_t count, lv_style_t * styles)
{
    uint32_t i = 0;
    while(i < count && !rule_matches(obj, rules[i])) i++;
    if(i == count) return;
    const lv_theme_rule_t & first = rules[i];
    for(; i < count && rules[i].class_p == first.class_p && rules[i].ctx == first.ctx; i++) {
        if(rules[i].style != LV_THEME_STYLE_NONE) lv_obj_add_style(obj, &styles[rules[i].style], rules[i].selector);
    }
}

void lv_theme_styles_prepare(lv_style_t * styles, uint32_t count, bool reinit)
{
    for(uint32_t i = 0; i < count; i++) {
        if(reinit) lv_style_reset(&styles[i]);
        lv_style_init(&styles[i]);
    }
}
