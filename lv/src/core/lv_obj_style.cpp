/**
 * @file lv_obj_style.cpp
 * Styles on objects and their resolution.
 *
 * obj->styles is ordered by precedence: transition styles first, then local styles, then
 * shared styles with the most recently added first. A property is looked up in the styles
 * of the requested part whose state is a subset of the object's state; the most specific
 * state (the highest state value) wins, an exact match ends the search. Inheritable
 * properties not found fall back to the parent's main part.
 */
#include "lv_obj_private.h"
#include "lv_global.h"
#include "misc/lv_style_private.h"

namespace {

/** A running state transition of one property of one part. */
struct trans_t {
    lv_obj_t * obj;
    lv_style_value_t start_value;
    lv_style_value_t end_value;
    lv_style_selector_t selector;
    lv_style_prop_t prop;
    trans_t * next;
};

enum prop_kind_t : uint8_t { KIND_NUM, KIND_COLOR, KIND_PTR };

/* Which member of lv_style_value_t each built-in property uses, computed at compile time. */
struct prop_kind_table_t {
    uint8_t v[LV_STYLE_NUM_BUILT_IN_PROPS];
};

constexpr prop_kind_table_t make_prop_kinds()
{
    prop_kind_table_t t = {};
#define LV_SET_KIND_(name, ID, type, kind) t.v[LV_STYLE_##ID] = KIND_##kind;
    LV_STYLE_PROP_LIST(LV_SET_KIND_)
#undef LV_SET_KIND_
    return t;
}

constexpr prop_kind_table_t k_prop_kinds = make_prop_kinds();

uint8_t prop_kind(lv_style_prop_t prop)
{
    return prop < LV_STYLE_NUM_BUILT_IN_PROPS ? k_prop_kinds.v[prop] : static_cast<uint8_t>(KIND_NUM);
}

bool value_equal(lv_style_prop_t prop, lv_style_value_t a, lv_style_value_t b)
{
    switch(prop_kind(prop)) {
        case KIND_COLOR: return lv_color_eq(a.color, b.color);
        case KIND_PTR: return a.ptr == b.ptr;
        default: return a.num == b.num;
    }
}

/** lv_style_get_prop, inlined here: style resolution runs it for every style of an object
 *  on every property read, and the group filter rejects most styles before the scan. */
inline bool find_in_style(const lv_style_t * style, lv_style_prop_t prop, uint32_t group, lv_style_value_t * v)
{
    const lv_style_const_prop_t * p = static_cast<const lv_style_const_prop_t *>(style->values_and_props);
    if(style->prop_cnt == LV_STYLE_PROP_CONST) {
        /* a const style is a LV_STYLE_PROP_INV-terminated array of pairs */
        for(; p && p->prop != LV_STYLE_PROP_INV; p++) {
            if(p->prop == prop) {
                *v = p->value;
                return true;
            }
        }
        return false;
    }
    if((style->has_group & group) == 0) return false;
    for(uint32_t i = 0; i < style->prop_cnt; i++) {
        if(p[i].prop == prop) {
            *v = p[i].value;
            return true;
        }
    }
    return false;
}

lv_style_res_t get_prop_core(const lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop, lv_style_value_t * v)
{
    const uint32_t group = 1u << ((prop >> 3) & 31); /* lv_style_get_prop_group */
    int32_t weight = -1;
    lv_state_t state = obj->state;
    lv_state_t state_inv = static_cast<lv_state_t>(~state);
    lv_style_value_t tmp;
    uint32_t i = 0;
    for(; i < obj->style_cnt; i++) {
        const lv_obj_style_t * os = &obj->styles[i];
        if(!os->is_trans) break;
        if(obj->skip_trans) continue;
        if(lv_obj_style_get_selector_part(os->selector) != part) continue;
        if(find_in_style(os->style, prop, group, &tmp)) {
            *v = tmp;
            return LV_STYLE_RES_FOUND;
        }
    }
    for(; i < obj->style_cnt; i++) {
        const lv_obj_style_t * os = &obj->styles[i];
        if(lv_obj_style_get_selector_part(os->selector) != part) continue;
        lv_state_t state_act = lv_obj_style_get_selector_state(os->selector);
        if(state_act & state_inv) continue; /* the style needs a state the object lacks */
        if(static_cast<int32_t>(state_act) <= weight) continue;
        if(find_in_style(os->style, prop, group, &tmp)) {
            *v = tmp;
            if(state_act == state) return LV_STYLE_RES_FOUND;
            weight = state_act;
        }
    }
    return weight >= 0 ? LV_STYLE_RES_FOUND : LV_STYLE_RES_NOT_FOUND;
}

/** Inserts a style entry at index, shifting the rest; false when out of memory. */
bool insert_style_entry(lv_obj_t * obj, uint32_t index, const lv_style_t * style, lv_style_selector_t selector,
                        bool is_local, bool is_trans)
{
    if(obj->style_cnt >= 63) return false; /* the count is 6 bits */
    lv_obj_style_t * arr = static_cast<lv_obj_style_t *>(lv_realloc(obj->styles, sizeof(lv_obj_style_t) * (obj->style_cnt + 1u)));
    if(!arr) return false;
    obj->styles = arr;
    for(uint32_t j = obj->style_cnt; j > index; j--) arr[j] = arr[j - 1];
    arr[index].style = style;
    arr[index].selector = selector;
    arr[index].is_local = is_local;
    arr[index].is_trans = is_trans;
    obj->style_cnt++;
    return true;
}

void remove_style_entry(lv_obj_t * obj, uint32_t index)
{
    lv_obj_style_t * e = &obj->styles[index];
    if(e->is_local || e->is_trans) {
        lv_style_reset(const_cast<lv_style_t *>(e->style));
        lv_free(const_cast<lv_style_t *>(e->style));
    }
    for(uint32_t j = index + 1; j < obj->style_cnt; j++) obj->styles[j - 1] = obj->styles[j];
    obj->style_cnt--;
    if(obj->style_cnt == 0) {
        lv_free(obj->styles);
        obj->styles = nullptr;
    }
}

uint32_t first_normal_index(const lv_obj_t * obj)
{
    uint32_t i = 0;
    while(i < obj->style_cnt && (obj->styles[i].is_trans || obj->styles[i].is_local)) i++;
    return i;
}

/** The style holding local (or transition) values of selector, created on demand. */
lv_style_t * get_special_style(lv_obj_t * obj, lv_style_selector_t selector, bool trans)
{
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        const lv_obj_style_t * e = &obj->styles[i];
        if(e->selector == selector && (trans ? e->is_trans : e->is_local)) return const_cast<lv_style_t *>(e->style);
    }
    lv_style_t * style = static_cast<lv_style_t *>(lv_malloc(sizeof(lv_style_t)));
    if(!style) return nullptr;
    lv_style_init(style);
    /* transitions go first; locals after the transitions */
    uint32_t index = 0;
    if(!trans) while(index < obj->style_cnt && obj->styles[index].is_trans) index++;
    if(!insert_style_entry(obj, index, style, selector, !trans, trans)) {
        lv_free(style);
        return nullptr;
    }
    return style;
}

void refresh_children_style(lv_obj_t * obj)
{
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) {
        lv_obj_t * child = obj->spec_attr->children[i];
        lv_obj_invalidate(child);
        lv_obj_send_event(child, LV_EVENT_STYLE_CHANGED, nullptr);
        lv_obj_invalidate(child);
        refresh_children_style(child);
    }
}

void report_style_change_core(const lv_style_t * style, lv_obj_t * obj)
{
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        if(style == nullptr || obj->styles[i].style == style) {
            lv_obj_refresh_style(obj, LV_PART_ANY, LV_STYLE_PROP_ANY);
            break;
        }
    }
    uint32_t cnt = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < cnt; i++) report_style_change_core(style, obj->spec_attr->children[i]);
}

/* ---- transitions ---- */

trans_t *& trans_head() { return reinterpret_cast<trans_t *&>(lv_global.style_trans_head); }

void trans_free(trans_t * tr, bool remove_value)
{
    trans_t ** link = &trans_head();
    while(*link && *link != tr) link = &(*link)->next;
    if(*link) *link = tr->next;
    if(remove_value) {
        lv_obj_t * obj = tr->obj;
        for(uint32_t i = 0; i < obj->style_cnt; i++) {
            lv_obj_style_t * e = &obj->styles[i];
            if(!e->is_trans || e->selector != tr->selector) continue;
            lv_style_t * s = const_cast<lv_style_t *>(e->style);
            lv_style_remove_prop(s, tr->prop);
            if(lv_style_is_empty(s)) remove_style_entry(obj, i);
            break;
        }
    }
    lv_free(tr);
}

void trans_anim_cb(void * var, int32_t v)
{
    trans_t * tr = static_cast<trans_t *>(var);
    lv_style_value_t out = tr->end_value;
    switch(prop_kind(tr->prop)) {
        case KIND_COLOR:
            if(v <= 0) out.color = tr->start_value.color;
            else if(v < 255) out.color = lv_color_mix(tr->end_value.color, tr->start_value.color, static_cast<uint8_t>(v));
            break;
        case KIND_PTR:
            if(v < 255) out.ptr = tr->start_value.ptr;
            break;
        default:
            if(tr->prop == LV_STYLE_BORDER_SIDE || tr->prop == LV_STYLE_BORDER_POST || tr->prop == LV_STYLE_BLEND_MODE) {
                if(v < 255) out.num = tr->start_value.num;
            }
            else if(v <= 0) out.num = tr->start_value.num;
            else if(v < 255) out.num = tr->start_value.num + (((tr->end_value.num - tr->start_value.num) * v) >> 8);
            break;
    }
    lv_style_t * s = get_special_style(tr->obj, tr->selector, true);
    if(!s) return;
    lv_style_value_t old;
    bool had = lv_style_get_prop(s, tr->prop, &old) == LV_STYLE_RES_FOUND;
    if(had && value_equal(tr->prop, old, out)) return;
    lv_style_set_prop(s, tr->prop, out);
    lv_obj_refresh_style(tr->obj, tr->selector, tr->prop);
}

void trans_anim_completed_cb(lv_anim_t * a)
{
    trans_t * tr = static_cast<trans_t *>(a->var);
    lv_obj_t * obj = tr->obj;
    lv_style_selector_t sel = tr->selector;
    lv_style_prop_t prop = tr->prop;
    trans_free(tr, true);
    lv_obj_refresh_style(obj, sel, prop);
}

void trans_delete(lv_obj_t * obj, lv_style_selector_t selector, lv_style_prop_t prop, bool remove_value)
{
    trans_t * tr = trans_head();
    while(tr) {
        trans_t * next = tr->next;
        if(tr->obj == obj && (selector == LV_PART_ANY || tr->selector == selector) &&
           (prop == LV_STYLE_PROP_ANY || tr->prop == prop)) {
            lv_anim_delete(tr, nullptr);
            trans_free(tr, remove_value);
        }
        tr = next;
    }
}

void trans_start(lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop, lv_style_value_t start, lv_style_value_t end,
                 const lv_style_transition_dsc_t * dsc)
{
    trans_delete(obj, part, prop, false);
    trans_t * tr = static_cast<trans_t *>(lv_malloc_zeroed(sizeof(trans_t)));
    if(!tr) return;
    tr->obj = obj;
    tr->selector = part;
    tr->prop = prop;
    tr->start_value = start;
    tr->end_value = end;
    tr->next = trans_head();
    trans_head() = tr;

    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, tr);
    lv_anim_set_exec_cb(&a, trans_anim_cb);
    lv_anim_set_completed_cb(&a, trans_anim_completed_cb);
    lv_anim_set_values(&a, 0x00, 0xFF);
    lv_anim_set_duration(&a, dsc->time);
    lv_anim_set_delay(&a, dsc->delay);
    lv_anim_set_path_cb(&a, dsc->path_xcb ? dsc->path_xcb : lv_anim_path_linear);
    a.early_apply = 0;
    /* hold the start value until the delay is over */
    lv_style_t * s = get_special_style(obj, part, true);
    if(s) lv_style_set_prop(s, prop, start);
    lv_anim_start(&a);
}

} // namespace

extern "C" {

lv_state_t lv_obj_style_get_selector_state(lv_style_selector_t selector) { return static_cast<lv_state_t>(selector & 0xFFFF); }
lv_part_t lv_obj_style_get_selector_part(lv_style_selector_t selector) { return selector & 0xFF0000; }

void lv_obj_add_style(lv_obj_t * obj, const lv_style_t * style, lv_style_selector_t selector)
{
    if(!obj || !style) return;
    lv_obj_remove_style(obj, style, selector); /* never twice with the same selector */
    if(!insert_style_entry(obj, first_normal_index(obj), style, selector, false, false)) return;
    lv_obj_refresh_style(obj, selector, LV_STYLE_PROP_ANY);
}

bool lv_obj_replace_style(lv_obj_t * obj, const lv_style_t * old_style, const lv_style_t * new_style,
                          lv_style_selector_t selector)
{
    bool replaced = false;
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        lv_obj_style_t * e = &obj->styles[i];
        if(e->is_local || e->is_trans || e->style != old_style) continue;
        if(selector != LV_PART_ANY && e->selector != selector) continue;
        e->style = new_style;
        replaced = true;
    }
    if(replaced) lv_obj_refresh_style(obj, selector, LV_STYLE_PROP_ANY);
    return replaced;
}

void lv_obj_remove_style(lv_obj_t * obj, const lv_style_t * style, lv_style_selector_t selector)
{
    lv_state_t state = lv_obj_style_get_selector_state(selector);
    lv_part_t part = lv_obj_style_get_selector_part(selector);
    bool removed = false;
    uint32_t i = 0;
    while(i < obj->style_cnt) {
        lv_obj_style_t * e = &obj->styles[i];
        lv_state_t st = lv_obj_style_get_selector_state(e->selector);
        lv_part_t pt = lv_obj_style_get_selector_part(e->selector);
        bool match = !e->is_trans && (state == LV_STATE_ANY || st == state) && (part == LV_PART_ANY || pt == part) &&
                     (style == nullptr || e->style == style);
        if(!match) {
            i++;
            continue;
        }
        if(e->is_trans) trans_delete(obj, pt, LV_STYLE_PROP_ANY, false);
        remove_style_entry(obj, i);
        removed = true;
    }
    if(removed) lv_obj_refresh_style(obj, part, LV_STYLE_PROP_ANY);
}

void lv_obj_remove_style_all(lv_obj_t * obj) { lv_obj_remove_style(obj, nullptr, LV_PART_ANY | LV_STATE_ANY); }

void lv_obj_report_style_change(lv_style_t * style)
{
    if(!lv_global.style_refresh_enabled) return;
    for(lv_display_t * d = lv_display_get_next(nullptr); d; d = lv_display_get_next(d)) {
        lv_display_for_each_screen(d, [](lv_obj_t * scr, const void * s) {
            report_style_change_core(static_cast<const lv_style_t *>(s), scr);
        }, style);
    }
}

void lv_obj_refresh_style(lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop)
{
    /* even when refreshing is off: the cached transform flag must not outlive the change */
    if(prop == LV_STYLE_PROP_ANY || lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_TRANSFORM)) obj->transform_known = 0;
    if(!lv_global.style_refresh_enabled) return;
    lv_obj_invalidate(obj);
    part = lv_obj_style_get_selector_part(part);
    bool is_layout = lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_LAYOUT_UPDATE);
    bool is_parent_layout = lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_PARENT_LAYOUT_UPDATE);
    bool is_ext_draw = lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_EXT_DRAW_UPDATE);
    bool is_inheritable = lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_INHERITABLE);
    bool main_part = part == LV_PART_ANY || part == LV_PART_MAIN;

    if(is_layout || is_parent_layout) {
        if(main_part || lv_obj_get_style_height(obj, LV_PART_MAIN) == LV_SIZE_CONTENT ||
           lv_obj_get_style_width(obj, LV_PART_MAIN) == LV_SIZE_CONTENT) {
            lv_obj_send_event(obj, LV_EVENT_STYLE_CHANGED, nullptr);
            lv_obj_mark_layout_as_dirty(obj);
        }
    }
    if(main_part && (prop == LV_STYLE_PROP_ANY || is_layout || is_parent_layout)) {
        if(obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
    }
    if(prop == LV_STYLE_PROP_ANY || is_ext_draw) lv_obj_refresh_ext_draw_size(obj);
    lv_obj_invalidate(obj);
    if(prop == LV_STYLE_PROP_ANY || (is_inheritable && (is_ext_draw || is_layout))) {
        if(part != LV_PART_SCROLLBAR) refresh_children_style(obj);
    }
}

void lv_obj_enable_style_refresh(bool en) { lv_global.style_refresh_enabled = en; }

lv_style_value_t lv_obj_get_style_prop(const lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop)
{
    const lv_style_prop_info_t * info = prop < LV_STYLE_NUM_BUILT_IN_PROPS ? &lv_style_prop_info.v[prop] : nullptr;
    bool inheritable = info ? (info->flags & LV_STYLE_PROP_FLAG_INHERITABLE) != 0
                            : lv_style_prop_has_flag(prop, LV_STYLE_PROP_FLAG_INHERITABLE);
    lv_style_value_t v;
    v.ptr = nullptr;
    bool found = false;
    while(obj) {
        found = get_prop_core(obj, part, prop, &v) == LV_STYLE_RES_FOUND;
        if(found || !inheritable) break;
        if(part != LV_PART_MAIN) {
            part = LV_PART_MAIN; /* an unset part inherits from the object's main part first */
            continue;
        }
        obj = obj->parent;
    }
    if(found) return v;
    if(obj && part == LV_PART_MAIN && (prop == LV_STYLE_WIDTH || prop == LV_STYLE_HEIGHT)) {
        for(const lv_obj_class_t * c = obj->class_p; c; c = c->base_class) {
            int32_t d = prop == LV_STYLE_WIDTH ? c->width_def : c->height_def;
            if(d != 0) {
                v.num = d;
                return v;
            }
        }
        v.num = 0;
        return v;
    }
    if(info && info->zero_default) {
        v.ptr = nullptr;
        v.num = 0;
        return v;
    }
    return lv_style_prop_get_default(prop);
}

bool lv_obj_has_style_prop(const lv_obj_t * obj, lv_style_selector_t selector, lv_style_prop_t prop)
{
    lv_style_value_t v;
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        if(obj->styles[i].selector != selector) continue;
        if(lv_style_get_prop(obj->styles[i].style, prop, &v) == LV_STYLE_RES_FOUND) return true;
    }
    return false;
}

void lv_obj_set_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_value_t value, lv_style_selector_t selector)
{
    lv_style_t * s = get_special_style(obj, selector, false);
    if(!s) return;
    lv_style_set_prop(s, prop, value);
    lv_obj_refresh_style(obj, selector, prop);
}

lv_style_res_t lv_obj_get_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_value_t * value,
                                           lv_style_selector_t selector)
{
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        if(obj->styles[i].is_local && obj->styles[i].selector == selector) {
            return lv_style_get_prop(obj->styles[i].style, prop, value);
        }
    }
    return LV_STYLE_RES_NOT_FOUND;
}

bool lv_obj_remove_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_selector_t selector)
{
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        if(!obj->styles[i].is_local || obj->styles[i].selector != selector) continue;
        lv_style_t * s = const_cast<lv_style_t *>(obj->styles[i].style);
        bool res = lv_style_remove_prop(s, prop);
        if(lv_style_is_empty(s)) remove_style_entry(obj, i);
        if(res) lv_obj_refresh_style(obj, selector, prop);
        return res;
    }
    return false;
}

lv_style_value_t lv_obj_style_apply_color_filter(const lv_obj_t * obj, lv_part_t part, lv_style_value_t v)
{
    const lv_color_filter_dsc_t * f = lv_obj_get_style_color_filter_dsc(obj, part);
    if(f && f->filter_cb) {
        lv_opa_t f_opa = lv_obj_get_style_color_filter_opa(obj, part);
        if(f_opa != 0) v.color = f->filter_cb(f, v.color, f_opa);
    }
    return v;
}

lv_opa_t lv_obj_get_style_opa_recursive(const lv_obj_t * obj, lv_part_t part)
{
    lv_opa_t opa_obj = lv_obj_get_style_opa(obj, part);
    if(opa_obj <= LV_OPA_MIN) return LV_OPA_TRANSP;
    uint32_t opa_final = LV_OPA_COVER;
    if(opa_obj < LV_OPA_MAX) opa_final = (opa_final * opa_obj) >> 8;
    if(part != LV_PART_MAIN) part = LV_PART_MAIN;
    else obj = obj->parent;
    while(obj) {
        opa_obj = lv_obj_get_style_opa(obj, part);
        if(opa_obj <= LV_OPA_MIN) return LV_OPA_TRANSP;
        if(opa_obj < LV_OPA_MAX) opa_final = (opa_final * opa_obj) >> 8;
        obj = obj->parent;
    }
    if(opa_final <= LV_OPA_MIN) return LV_OPA_TRANSP;
    if(opa_final >= LV_OPA_MAX) return LV_OPA_COVER;
    return static_cast<lv_opa_t>(opa_final);
}

lv_color32_t lv_obj_style_apply_recolor(const lv_obj_t * obj, lv_part_t part, lv_color32_t color)
{
    lv_opa_t opa = lv_obj_get_style_recolor_opa(obj, part);
    if(opa <= LV_OPA_MIN) return color;
    lv_color_t rc = lv_obj_get_style_recolor(obj, part);
    lv_color_t mixed = lv_color_mix(rc, lv_color_make(color.red, color.green, color.blue), opa);
    return lv_color32_make(mixed.red, mixed.green, mixed.blue, color.alpha);
}

lv_color32_t lv_obj_get_style_recolor_recursive(const lv_obj_t * obj, lv_part_t part)
{
    /* the recolors of the object and its ancestors, the innermost on top */
    lv_color32_t result = lv_color32_make(0, 0, 0, 0);
    const lv_obj_t * chain[64];
    lv_part_t parts[64];
    uint32_t n = 0;
    for(const lv_obj_t * o = obj; o && n < 64; o = o->parent) {
        chain[n] = o;
        parts[n++] = o == obj ? part : static_cast<lv_part_t>(LV_PART_MAIN);
    }
    while(n-- > 0) {
        lv_opa_t opa = lv_obj_get_style_recolor_opa(chain[n], parts[n]);
        if(opa <= LV_OPA_MIN) continue;
        lv_color_t c = lv_obj_get_style_recolor(chain[n], parts[n]);
        result = lv_color_over32(lv_color32_make(c.red, c.green, c.blue, opa), result);
    }
    return result;
}

static int32_t space_side(const lv_obj_t * obj, lv_part_t part, int32_t pad, lv_border_side_t side)
{
    int32_t border = lv_obj_get_style_border_width(obj, part);
    lv_border_side_t sides = lv_obj_get_style_border_side(obj, part);
    return (sides & side) ? pad + border : pad;
}

int32_t lv_obj_get_style_space_left(const lv_obj_t * obj, lv_part_t part)
{
    return space_side(obj, part, lv_obj_get_style_pad_left(obj, part), LV_BORDER_SIDE_LEFT);
}

int32_t lv_obj_get_style_space_right(const lv_obj_t * obj, lv_part_t part)
{
    return space_side(obj, part, lv_obj_get_style_pad_right(obj, part), LV_BORDER_SIDE_RIGHT);
}

int32_t lv_obj_get_style_space_top(const lv_obj_t * obj, lv_part_t part)
{
    return space_side(obj, part, lv_obj_get_style_pad_top(obj, part), LV_BORDER_SIDE_TOP);
}

int32_t lv_obj_get_style_space_bottom(const lv_obj_t * obj, lv_part_t part)
{
    return space_side(obj, part, lv_obj_get_style_pad_bottom(obj, part), LV_BORDER_SIDE_BOTTOM);
}

int32_t lv_obj_get_style_transform_scale_x_safe(const lv_obj_t * obj, lv_part_t part)
{
    int32_t s = lv_obj_get_style_transform_scale_x(obj, part);
    return s > 0 ? s : 1;
}

int32_t lv_obj_get_style_transform_scale_y_safe(const lv_obj_t * obj, lv_part_t part)
{
    int32_t s = lv_obj_get_style_transform_scale_y(obj, part);
    return s > 0 ? s : 1;
}

static void fade_anim_cb(void * obj, int32_t v)
{
    lv_obj_set_style_opa(static_cast<lv_obj_t *>(obj), static_cast<lv_opa_t>(v), LV_PART_MAIN);
}

void lv_obj_fade_in(lv_obj_t * obj, uint32_t time, uint32_t delay)
{
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_values(&a, 0, LV_OPA_COVER);
    lv_anim_set_exec_cb(&a, fade_anim_cb);
    lv_anim_set_duration(&a, time);
    lv_anim_set_delay(&a, delay);
    lv_anim_start(&a);
}

void lv_obj_fade_out(lv_obj_t * obj, uint32_t time, uint32_t delay)
{
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_values(&a, lv_obj_get_style_opa(obj, LV_PART_MAIN), LV_OPA_TRANSP);
    lv_anim_set_exec_cb(&a, fade_anim_cb);
    lv_anim_set_duration(&a, time);
    lv_anim_set_delay(&a, delay);
    lv_anim_start(&a);
}

/* ---- generated-by-macro accessors for every property ---- */
#define LV_STYLE_TO_VALUE_NUM_(v) sv.num = static_cast<int32_t>(v)
#define LV_STYLE_TO_VALUE_COLOR_(v) sv.color = v
#define LV_STYLE_TO_VALUE_PTR_(v) sv.ptr = v
#define LV_STYLE_FROM_VALUE_NUM_(type) static_cast<type>(sv.num)
#define LV_STYLE_FROM_VALUE_COLOR_(type) sv.color
#define LV_STYLE_FROM_VALUE_PTR_(type) static_cast<type>(sv.ptr)
#define LV_OBJ_DEFINE_STYLE_ACCESS_(name, ID, type, kind) \
    void lv_obj_set_style_##name(lv_obj_t * obj, type value, lv_style_selector_t selector) \
    { \
        lv_style_value_t sv; \
        sv.ptr = nullptr; \
        LV_STYLE_TO_VALUE_##kind##_(value); \
        lv_obj_set_local_style_prop(obj, LV_STYLE_##ID, sv, selector); \
    } \
    type lv_obj_get_style_##name(const lv_obj_t * obj, lv_part_t part) \
    { \
        lv_style_value_t sv = lv_obj_get_style_prop(obj, part, LV_STYLE_##ID); \
        return LV_STYLE_FROM_VALUE_##kind##_(type); \
    }
LV_STYLE_PROP_LIST(LV_OBJ_DEFINE_STYLE_ACCESS_)

#define LV_OBJ_DEFINE_FILTERED_(name, ID) \
    lv_color_t lv_obj_get_style_##name##_filtered(const lv_obj_t * obj, lv_part_t part) \
    { \
        lv_style_value_t v = lv_obj_get_style_prop(obj, part, LV_STYLE_##ID); \
        return lv_obj_style_apply_color_filter(obj, part, v).color; \
    }
LV_OBJ_DEFINE_FILTERED_(bg_color, BG_COLOR)
LV_OBJ_DEFINE_FILTERED_(bg_grad_color, BG_GRAD_COLOR)
LV_OBJ_DEFINE_FILTERED_(border_color, BORDER_COLOR)
LV_OBJ_DEFINE_FILTERED_(outline_color, OUTLINE_COLOR)
LV_OBJ_DEFINE_FILTERED_(shadow_color, SHADOW_COLOR)
LV_OBJ_DEFINE_FILTERED_(text_color, TEXT_COLOR)
LV_OBJ_DEFINE_FILTERED_(line_color, LINE_COLOR)
LV_OBJ_DEFINE_FILTERED_(arc_color, ARC_COLOR)
LV_OBJ_DEFINE_FILTERED_(image_recolor, IMAGE_RECOLOR)
LV_OBJ_DEFINE_FILTERED_(bg_image_recolor, BG_IMAGE_RECOLOR)
LV_OBJ_DEFINE_FILTERED_(text_outline_stroke_color, TEXT_OUTLINE_STROKE_COLOR)

void lv_obj_set_style_size(lv_obj_t * obj, int32_t width, int32_t height, lv_style_selector_t selector)
{
    lv_obj_set_style_width(obj, width, selector);
    lv_obj_set_style_height(obj, height, selector);
}

#define LV_OBJ_DEFINE_STYLE_SHORTHAND_(name, ...) \
    void lv_obj_set_style_##name(lv_obj_t * obj, int32_t value, lv_style_selector_t selector) \
    { \
        static const lv_style_prop_t props[] = {__VA_ARGS__}; \
        lv_style_value_t v; \
        v.ptr = nullptr; \
        v.num = value; \
        for(lv_style_prop_t prop : props) lv_obj_set_local_style_prop(obj, prop, v, selector); \
    }
LV_STYLE_SHORTHAND_LIST(LV_OBJ_DEFINE_STYLE_SHORTHAND_)

} // extern "C"

/* ---- core-internal ---- */

void lv_obj_destruct_styles(lv_obj_t * obj)
{
    trans_delete(obj, LV_PART_ANY, LV_STYLE_PROP_ANY, false);
    while(obj->style_cnt) remove_style_entry(obj, obj->style_cnt - 1);
}

void lv_obj_style_remove_all_trans(lv_obj_t * obj) { trans_delete(obj, LV_PART_ANY, LV_STYLE_PROP_ANY, true); }

void lv_obj_style_state_changed(lv_obj_t * obj, lv_state_t prev_state, lv_state_t new_state)
{
    /* the parts that have styles, each once */
    lv_part_t parts[16];
    uint32_t part_cnt = 0;
    for(uint32_t i = 0; i < obj->style_cnt; i++) {
        lv_part_t p = lv_obj_style_get_selector_part(obj->styles[i].selector);
        bool seen = false;
        for(uint32_t j = 0; j < part_cnt; j++) seen |= parts[j] == p;
        if(!seen && part_cnt < 16) parts[part_cnt++] = p;
    }

    for(uint32_t pi = 0; pi < part_cnt; pi++) {
        lv_part_t part = parts[pi];
        obj->state = new_state;
        const lv_style_transition_dsc_t * tr = lv_obj_get_style_transition(obj, part);
        obj->state = prev_state;
        if(!tr || !tr->props || tr->time == 0) continue;
        for(const lv_style_prop_t * p = tr->props; *p != LV_STYLE_PROP_INV; p++) {
            obj->state = prev_state;
            lv_style_value_t v1 = lv_obj_get_style_prop(obj, part, *p); /* what is shown now */
            obj->state = new_state;
            obj->skip_trans = 1;
            lv_style_value_t v2 = lv_obj_get_style_prop(obj, part, *p);
            obj->skip_trans = 0;
            if(value_equal(*p, v1, v2)) continue;
            obj->state = prev_state;
            trans_start(obj, part, *p, v1, v2, tr);
        }
    }
    obj->state = new_state;
    lv_obj_refresh_style(obj, LV_PART_ANY, LV_STYLE_PROP_ANY);
}
