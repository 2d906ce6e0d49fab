/**
 * @file lv_keyboard.cpp
 * Keyboard: LVGL's default layouts as button matrix maps. Each mode has a map and a
 * control map; lv_keyboard_set_map replaces a mode's maps for every keyboard (kept in the
 * engine globals). The POPOVER flags are dropped while popovers are off.
 */
#include "core/lv_global.h"
#include "widgets/buttonmatrix/lv_buttonmatrix_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t MODE_COUNT = LV_KEYBOARD_MODE_USER_4 + 1;

struct lv_keyboard_t {
    lv_buttonmatrix_t btnm;
    lv_obj_t * ta;
    lv_keyboard_mode_t mode;
    uint8_t popovers : 1;
};

void kb_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_keyboard_class = {
    &lv_buttonmatrix_class, kb_constructor, nullptr, nullptr, nullptr, "keyboard",
    LV_PCT(100), LV_PCT(50), LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_keyboard_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

using ctrl_t = lv_buttonmatrix_ctrl_t;
constexpr ctrl_t C(uint32_t v) { return static_cast<ctrl_t>(v); }
constexpr ctrl_t KEY(uint32_t w) { return C(LV_BUTTONMATRIX_CTRL_POPOVER | w); }
constexpr ctrl_t CHK(uint32_t w) { return C(LV_BUTTONMATRIX_CTRL_CHECKED | w); }
constexpr ctrl_t FLAGS(uint32_t w) { return C(LV_KEYBOARD_CTRL_BUTTON_FLAGS | w); }

const char * const map_lc[] = {"1#", "q", "w", "e", "r", "t", "y", "u", "i", "o", "p", LV_SYMBOL_BACKSPACE, "\n",
                               "ABC", "a", "s", "d", "f", "g", "h", "j", "k", "l", LV_SYMBOL_NEW_LINE, "\n",
                               "_", "-", "z", "x", "c", "v", "b", "n", "m", ".", ",", ":", "\n",
                               LV_SYMBOL_KEYBOARD, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

const char * const map_uc[] = {"1#", "Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P", LV_SYMBOL_BACKSPACE, "\n",
                               "abc", "A", "S", "D", "F", "G", "H", "J", "K", "L", LV_SYMBOL_NEW_LINE, "\n",
                               "_", "-", "Z", "X", "C", "V", "B", "N", "M", ".", ",", ":", "\n",
                               LV_SYMBOL_CLOSE, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

/* the letter layouts share their widths and flags */
const ctrl_t ctrl_text[] = {
    FLAGS(5), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), KEY(4), CHK(7),
    FLAGS(6), KEY(3), KEY(3), KEY(3), KEY(3), KEY(3), KEY(3), KEY(3), KEY(3), KEY(3), CHK(7),
    CHK(1), CHK(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), CHK(1), CHK(1), CHK(1),
    CHK(2), CHK(2), C(6), CHK(2), FLAGS(2),
};

const char * const map_spec[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", LV_SYMBOL_BACKSPACE, "\n",
                                 "abc", "+", "&", "/", "*", "=", "%", "!", "?", "#", "<", ">", "\n",
                                 "\\", "@", "$", "(", ")", "{", "}", "[", "]", ";", "\"", "'", "\n",
                                 LV_SYMBOL_KEYBOARD, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

const ctrl_t ctrl_spec[] = {
    KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), CHK(2),
    FLAGS(2), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1),
    KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1), KEY(1),
    CHK(2), CHK(2), C(6), CHK(2), FLAGS(2),
};

const char * const map_num[] = {"1", "2", "3", LV_SYMBOL_KEYBOARD, "\n",
                                "4", "5", "6", LV_SYMBOL_OK, "\n",
                                "7", "8", "9", LV_SYMBOL_BACKSPACE, "\n",
                                "+/-", "0", ".", LV_SYMBOL_LEFT, LV_SYMBOL_RIGHT, ""};

const ctrl_t ctrl_num[] = {
    C(1), C(1), C(1), FLAGS(2),
    C(1), C(1), C(1), FLAGS(2),
    C(1), C(1), C(1), C(2),
    C(1), C(1), C(1), C(1), C(1),
};

lv_keyboard_t * as_kb(const lv_obj_t * obj) { return reinterpret_cast<lv_keyboard_t *>(const_cast<lv_obj_t *>(obj)); }

/** The maps of a mode: set by the application, else the built-in ones. */
const char * const * mode_map(lv_keyboard_mode_t mode)
{
    if(lv_global.keyboard_maps[mode]) return lv_global.keyboard_maps[mode];
    switch(mode) {
        case LV_KEYBOARD_MODE_TEXT_UPPER: return map_uc;
        case LV_KEYBOARD_MODE_SPECIAL: return map_spec;
        case LV_KEYBOARD_MODE_NUMBER: return map_num;
        default: return map_lc;
    }
}

const lv_buttonmatrix_ctrl_t * mode_ctrl_map(lv_keyboard_mode_t mode)
{
    if(lv_global.keyboard_maps[mode]) return lv_global.keyboard_ctrl_maps[mode];
    switch(mode) {
        case LV_KEYBOARD_MODE_SPECIAL: return ctrl_spec;
        case LV_KEYBOARD_MODE_NUMBER: return ctrl_num;
        default: return ctrl_text;
    }
}

void update_map(lv_obj_t * obj)
{
    lv_keyboard_t * kb = as_kb(obj);
    lv_buttonmatrix_set_map(obj, mode_map(kb->mode));
    const ctrl_t * ctrl = mode_ctrl_map(kb->mode);
    const uint32_t n = kb->btnm.btn_cnt;
    if(ctrl == nullptr || n == 0) return;
    if(kb->popovers) {
        lv_buttonmatrix_set_ctrl_map(obj, ctrl);
        return;
    }
    /* the same map without the popover flags */
    ctrl_t * work = static_cast<ctrl_t *>(lv_malloc(sizeof(ctrl_t) * n));
    if(work == nullptr) return;
    for(uint32_t i = 0; i < n; i++) work[i] = C(ctrl[i] & ~LV_BUTTONMATRIX_CTRL_POPOVER);
    lv_buttonmatrix_set_ctrl_map(obj, work);
    lv_free(work);
}

void kb_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_keyboard_t * kb = as_kb(obj);
    kb->ta = nullptr;
    kb->mode = LV_KEYBOARD_MODE_TEXT_LOWER;
    kb->popovers = 0;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICK_FOCUSABLE);
    lv_obj_align(obj, LV_ALIGN_BOTTOM_MID, 0, 0);
    lv_obj_add_event_cb(obj, lv_keyboard_def_event_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_set_style_base_dir(obj, LV_BASE_DIR_LTR, 0);
    update_map(obj);
}

bool is(const char * txt, const char * what) { return lv_strcmp(txt, what) == 0; }

/** "+/-": flips (or adds) the sign at the start of the text, keeping the cursor. */
void toggle_sign(lv_obj_t * ta)
{
    const uint32_t cur = lv_textarea_get_cursor_pos(ta);
    const char * txt = lv_textarea_get_text(ta);
    if(txt[0] == '-' || txt[0] == '+') {
        const char repl = txt[0] == '-' ? '+' : '-';
        lv_textarea_set_cursor_pos(ta, 1);
        lv_textarea_delete_char(ta);
        lv_textarea_add_char(ta, static_cast<uint32_t>(repl));
        lv_textarea_set_cursor_pos(ta, static_cast<int32_t>(cur));
    }
    else {
        lv_textarea_set_cursor_pos(ta, 0);
        lv_textarea_add_text(ta, "-");
        lv_textarea_set_cursor_pos(ta, static_cast<int32_t>(cur + 1));
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_keyboard_create(lv_obj_t * parent) { return lv_widget_create(&lv_keyboard_class, parent); }

void lv_keyboard_set_textarea(lv_obj_t * obj, lv_obj_t * ta)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return;
    lv_keyboard_t * kb = as_kb(obj);
    if(ta && !lv_obj_check_type(ta, &lv_textarea_class)) return;
    if(kb->ta) lv_obj_remove_state(kb->ta, LV_STATE_FOCUSED);
    kb->ta = ta;
    if(ta) lv_obj_add_state(ta, LV_STATE_FOCUSED);
}

void lv_keyboard_set_mode(lv_obj_t * obj, lv_keyboard_mode_t mode)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return;
    lv_keyboard_t * kb = as_kb(obj);
    if(static_cast<uint32_t>(mode) >= MODE_COUNT || kb->mode == mode) return;
    kb->mode = mode;
    update_map(obj);
}

void lv_keyboard_set_popovers(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return;
    lv_keyboard_t * kb = as_kb(obj);
    if(kb->popovers == (en ? 1u : 0u)) return;
    kb->popovers = en ? 1 : 0;
    update_map(obj);
}

void lv_keyboard_set_map(lv_obj_t * obj, lv_keyboard_mode_t mode, const char * const map[], const lv_buttonmatrix_ctrl_t ctrl_map[])
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return;
    if(static_cast<uint32_t>(mode) >= MODE_COUNT || map == nullptr) return;
    lv_global.keyboard_maps[mode] = map;
    lv_global.keyboard_ctrl_maps[mode] = ctrl_map;
    if(as_kb(obj)->mode == mode) update_map(obj);
}

lv_obj_t * lv_keyboard_get_textarea(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return {};
    return as_kb(obj)->ta;
}
lv_keyboard_mode_t lv_keyboard_get_mode(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return {};
    return as_kb(obj)->mode;
}
bool lv_keyboard_get_popovers(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return {};
    return as_kb(obj)->popovers;
}
const char * const * lv_keyboard_get_map_array(const lv_obj_t * obj) { return lv_buttonmatrix_get_map(obj); }
uint32_t lv_keyboard_get_selected_button(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return {};
    return lv_buttonmatrix_get_selected_button(obj);
}
const char * lv_keyboard_get_button_text(const lv_obj_t * obj, uint32_t btn_id)
{
    if(!lv_widget_check(obj, &lv_keyboard_class)) return {};
    return lv_buttonmatrix_get_button_text(obj, btn_id);
}

void lv_keyboard_def_event_cb(lv_event_t * e)
{
    if(!e) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_keyboard_t * kb = as_kb(obj);
    const uint32_t id = lv_buttonmatrix_get_selected_button(obj);
    if(id == LV_BUTTONMATRIX_BUTTON_NONE) return;
    if(lv_buttonmatrix_has_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_HIDDEN) ||
       lv_buttonmatrix_has_button_ctrl(obj, id, LV_BUTTONMATRIX_CTRL_DISABLED)) return;
    const char * txt = lv_buttonmatrix_get_button_text(obj, id);
    if(txt == nullptr) return;

    if(is(txt, "abc")) {
        lv_keyboard_set_mode(obj, LV_KEYBOARD_MODE_TEXT_LOWER);
        return;
    }
    if(is(txt, "ABC")) {
        lv_keyboard_set_mode(obj, LV_KEYBOARD_MODE_TEXT_UPPER);
        return;
    }
    if(is(txt, "1#")) {
        lv_keyboard_set_mode(obj, LV_KEYBOARD_MODE_SPECIAL);
        return;
    }
    if(is(txt, LV_SYMBOL_CLOSE) || is(txt, LV_SYMBOL_KEYBOARD)) {
        if(lv_obj_send_event(obj, LV_EVENT_CANCEL, nullptr) != LV_RESULT_OK) return;
        if(kb->ta) lv_obj_send_event(kb->ta, LV_EVENT_CANCEL, nullptr);
        return;
    }
    if(is(txt, LV_SYMBOL_OK)) {
        if(lv_obj_send_event(obj, LV_EVENT_READY, nullptr) != LV_RESULT_OK) return;
        if(kb->ta) lv_obj_send_event(kb->ta, LV_EVENT_READY, nullptr);
        return;
    }
    lv_obj_t * ta = kb->ta;
    if(ta == nullptr) return;
    if(is(txt, "Enter") || is(txt, LV_SYMBOL_NEW_LINE)) {
        lv_textarea_add_char(ta, '\n');
        if(lv_textarea_get_one_line(ta)) lv_obj_send_event(ta, LV_EVENT_READY, nullptr);
    }
    else if(is(txt, LV_SYMBOL_LEFT)) lv_textarea_cursor_left(ta);
    else if(is(txt, LV_SYMBOL_RIGHT)) lv_textarea_cursor_right(ta);
    else if(is(txt, LV_SYMBOL_BACKSPACE)) lv_textarea_delete_char(ta);
    else if(is(txt, "+/-")) toggle_sign(ta);
    else lv_textarea_add_text(ta, txt);
}

} // extern "C"
