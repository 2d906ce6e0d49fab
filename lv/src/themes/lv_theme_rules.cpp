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

/** Adds the styles of the first matching rule group to `obj`. */
void apply_rules(lv_theme_t * th, lv_obj_t * obj)
{
    auto * t = reinterpret_cast<lv_rules_theme_t *>(th);
    const lv_theme_rule_t * rules = t->rules;
    uint32_t i = 0;
    while(i < t->rule_count && !rule_matches(obj, rules[i])) i++;
    if(i == t->rule_count) return;
    const lv_theme_rule_t & first = rules[i];
    for(; i < t->rule_count && rules[i].class_p == first.class_p && rules[i].ctx == first.ctx; i++) {
        if(rules[i].style != LV_THEME_STYLE_NONE) lv_obj_add_style(obj, &t->styles[rules[i].style], rules[i].selector);
    }
}

} // namespace

lv_rules_theme_t * lv_rules_theme_prepare(void ** slot, lv_display_t * disp, uint32_t style_count,
                                          const lv_theme_rule_t * rules, uint32_t rule_count)
{
    auto * t = static_cast<lv_rules_theme_t *>(*slot);
    if(!t) {
        t = static_cast<lv_rules_theme_t *>(lv_malloc_zeroed(sizeof(lv_rules_theme_t) + style_count * sizeof(lv_style_t)));
        if(!t) return nullptr;
        t->styles = reinterpret_cast<lv_style_t *>(t + 1);
        *slot = t;
    }
    for(uint32_t i = 0; i < style_count; i++) {
        if(t->inited) lv_style_reset(&t->styles[i]);
        lv_style_init(&t->styles[i]);
    }
    t->base.disp = disp;
    t->base.font_small = LV_FONT_DEFAULT;
    t->base.font_normal = LV_FONT_DEFAULT;
    t->base.font_large = LV_FONT_DEFAULT;
    t->base.apply_cb = apply_rules;
    t->rules = rules;
    t->rule_count = rule_count;
    t->style_count = style_count;
    return t;
}

lv_theme_t * lv_rules_theme_done(lv_rules_theme_t * theme)
{
    lv_display_t * disp = theme->base.disp;
    if(!disp || lv_display_get_theme(disp) == &theme->base) lv_obj_report_style_change(nullptr);
    theme->inited = true;
    return &theme->base;
}

bool lv_rules_theme_is_inited(void * slot) { return slot && static_cast<lv_rules_theme_t *>(slot)->inited; }

void lv_rules_theme_deinit(void ** slot)
{
    auto * t = static_cast<lv_rules_theme_t *>(*slot);
    if(!t) return;
    if(t->inited) {
        for(uint32_t i = 0; i < t->style_count; i++) lv_style_reset(&t->styles[i]);
    }
    lv_free(t);
    *slot = nullptr;
}
