/**
 * @file lv_keyboard.cpp
 * Keyboard: a button matrix whose map follows the mode. The mode keys ("abc", "ABC", "1#")
 * switch maps, the keyboard/close key sends CANCEL and the OK key READY (to the keyboard,
 * then to the text area); other keys edit the attached text area.
 */
#include "widgets/buttonmatrix/lv_buttonmatrix_private.h"
#include "core/lv_global.h"

#include <string.h>

namespace {

struct lv_keyboard_t {
    lv_buttonmatrix_t btnm;
    lv_obj_t * ta;
    lv_keyboard_mode_t mode;
    bool popovers;
    lv_buttonmatrix_ctrl_t * ctrl_copy; /* the mode's control map without popover flags */
};

constexpr const char * MODE_LOWER = "abc";
constexpr const char * MODE_UPPER = "ABC";
constexpr const char * MODE_SPECIAL = "1#";

/* keys that act at once, never repeat and look like mode keys */
constexpr uint32_t KEY_FLAGS = LV_BUTTONMATRIX_CTRL_NO_REPEAT | LV_BUTTONMATRIX_CTRL_CLICK_TRIG | LV_BUTTONMATRIX_CTRL_CHECKED;
constexpr lv_buttonmatrix_ctrl_t ctrl(uint32_t bits) { return static_cast<lv_buttonmatrix_ctrl_t>(bits); }
constexpr lv_buttonmatrix_ctrl_t key(uint32_t width) { return ctrl(LV_BUTTONMATRIX_CTRL_POPOVER | width); }
constexpr lv_buttonmatrix_ctrl_t mode_key(uint32_t width) { return ctrl(KEY_FLAGS | width); }
constexpr lv_buttonmatrix_ctrl_t dark_key(uint32_t bits) { return ctrl(LV_BUTTONMATRIX_CTRL_CHECKED | bits); }

const char * const map_lower[] = {
    MODE_SPECIAL, "q", "w", "e", "r", "t", "y", "u", "i", "o", "p", LV_SYMBOL_BACKSPACE, "\n",
    MODE_UPPER, "a", "s", "d", "f", "g", "h", "j", "k", "l", LV_SYMBOL_NEW_LINE, "\n",
    "_", "-", "z", "x", "c", "v", "b", "n", "m", ".", ",", ":", "\n",
    LV_SYMBOL_KEYBOARD, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

const char * const map_upper[] = {
    MODE_SPECIAL, "Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P", LV_SYMBOL_BACKSPACE, "\n",
    MODE_LOWER, "A", "S", "D", "F", "G", "H", "J", "K", "L", LV_SYMBOL_NEW_LINE, "\n",
    "_", "-", "Z", "X", "C", "V", "B", "N", "M", ".", ",", ":", "\n",
    LV_SYMBOL_CLOSE, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

/* lower and upper case share the layout */
const lv_buttonmatrix_ctrl_t ctrl_text[] = {
    mode_key(5), key(4), key(4), key(4), key(4), key(4), key(4), key(4), key(4), key(4), key(4), dark_key(7),
    mode_key(6), key(3), key(3), key(3), key(3), key(3), key(3), key(3), key(3), key(3), dark_key(7),
    dark_key(key(1)), dark_key(key(1)), key(1), key(1), key(1), key(1), key(1), key(1), key(1),
    dark_key(key(1)), dark_key(key(1)), dark_key(key(1)),
    mode_key(2), dark_key(2), ctrl(6), dark_key(2), mode_key(2)};

const char * const map_special[] = {
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", LV_SYMBOL_BACKSPACE, "\n",
    MODE_LOWER, "+", "&", "/", "*", "=", "%", "!", "?", "#", "<", ">", "\n",
    "\\", "@", "$", "(", ")", "{", "}", "[", "]", ";", "\"", "'", "\n",
    LV_SYMBOL_KEYBOARD, LV_SYMBOL_LEFT, " ", LV_SYMBOL_RIGHT, LV_SYMBOL_OK, ""};

const lv_buttonmatrix_ctrl_t ctrl_special[] = {
    key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), dark_key(2),
    mode_key(2), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1),
    key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1), key(1),
    mode_key(2), dark_key(2), ctrl(6), dark_key(2), mode_key(2)};

const char * const map_number[] = {
    "1", "2", "3", LV_SYMBOL_KEYBOARD, "\n",
    "4", "5", "6", LV_SYMBOL_OK, "\n",
    "7", "8", "9", LV_SYMBOL_BACKSPACE, "\n",
    "+/-", "0", ".", LV_SYMBOL_LEFT, LV_SYMBOL_RIGHT, ""};

const lv_buttonmatrix_ctrl_t ctrl_number[] = {
    ctrl(1), ctrl(1), ctrl(1), mode_key(2),
    ctrl(1), ctrl(1), ctrl(1), mode_key(2),
    ctrl(1), ctrl(1), ctrl(1), ctrl(2),
    ctrl(1), ctrl(1), ctrl(1), ctrl(1), ctrl(1)};

void keyboard_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void keyboard_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_keyboard_class = {
    &lv_buttonmatrix_class, keyboard_constructor, keyboard_destructor, nullptr, nullptr, "keyboard",
    LV_PCT(100), LV_PCT(50), LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_keyboard_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_keyboard_t * as_kb(const lv_obj_t * obj) { return reinterpret_cast<lv_keyboard_t *>(const_cast<lv_obj_t *>(obj)); }
bool is_keyboard(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_keyboard_class); }

const char * const * map_of(lv_keyboard_mode_t mode)
{
    const char * const * user = lv_global.keyboard_maps[mode];
    if(user) return user;
    switch(mode) {
        case LV_KEYBOARD_MODE_TEXT_UPPER: return map_upper;
        case LV_KEYBOARD_MODE_SPECIAL: return map_special;
        case LV_KEYBOARD_MODE_NUMBER: return map_number;
        default: return map_lower;
    }
}

const lv_buttonmatrix_ctrl_t * ctrl_map_of(lv_keyboard_mode_t mode)
{
    if(lv_global.keyboard_maps[mode]) return lv_global.keyboard_ctrl_maps[mode]; /* may be NULL */
    switch(mode) {
        case LV_KEYBOARD_MODE_SPECIAL: return ctrl_special;
        case LV_KEYBOARD_MODE_NUMBER: return ctrl_number;
        default: return ctrl_text;
    }
}

/** Applies the mode's control map, without the popover flags when popovers are off. */
void update_ctrl_map(lv_obj_t * obj)
{
    lv_keyboard_t * kb = as_kb(obj);
    const lv_buttonmatrix_ctrl_t * src = ctrl_map_of(kb->mode);
    if(!src) return;
    if(kb->popovers) {
        lv_buttonmatrix_set_ctrl_map(obj, src);
        return;
    }
    uint32_t n = kb->btnm.btn_cnt;
    lv_free(kb->ctrl_copy);
    kb->ctrl_copy = static_cast<lv_buttonmatrix_ctrl_t *>(lv_malloc(sizeof(lv_buttonmatrix_ctrl_t) * (n ? n : 1)));
    if(!kb->ctrl_copy) return;
    for(uint32_t i = 0; i < n; i++) kb->ctrl_copy[i] = ctrl(src[i] & ~LV_BUTTONMATRIX_CTRL_POPOVER);
    lv_buttonmatrix_set_ctrl_map(obj, kb->ctrl_copy);
}

void update_map(lv_obj_t * obj)
{
    lv_buttonmatrix_set_map(obj, map_of(as_kb(obj)->mode));
    update_ctrl_map(obj);
}

void keyboard_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICK_FOCUSABLE);
    lv_keyboard_t * kb = as_kb(obj);
    kb->ta = nullptr;
    kb->mode = LV_KEYBOARD_MODE_TEXT_LOWER;
    kb->popovers = false;
    kb->ctrl_copy = nullptr;
    lv_obj_align(obj, LV_ALIGN_BOTTOM_MID, 0, 0);
    lv_obj_add_event_cb(obj, lv_keyboard_def_event_cb, LV_EVENT_VALUE_CHANGED, nullptr);
    lv_obj_set_style_base_dir(obj, LV_BASE_DIR_LTR, 0);
    update_map(obj);
}

void keyboard_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_free(as_kb(obj)->ctrl_copy);
    as_kb(obj)->ctrl_copy = nullptr;
}

void switch_mode(lv_obj_t * obj, lv_keyboard_mode_t mode)
{
    as_kb(obj)->mode = mode;
    update_map(obj);
}

/** Sends code to the keyboard, then to its text area; false if a handler deleted something. */
bool notify(lv_obj_t * obj, lv_event_code_t code)
{
    if(lv_obj_send_event(obj, code, nullptr) != LV_RESULT_OK) return false;
    lv_obj_t * ta = as_kb(obj)->ta;
    if(ta && lv_obj_send_event(ta, code, nullptr) != LV_RESULT_OK) return false;
    return true;
}

/** Toggles a leading sign of the text area's text, keeping the cursor on the same character. */
void toggle_sign(lv_obj_t * ta)
{
    uint32_t cur = lv_textarea_get_cursor_pos(ta);
    const char * txt = lv_textarea_get_text(ta);
    char first = txt ? txt[0] : '\0';
    if(first == '-' || first == '+') {
        lv_textarea_set_cursor_pos(ta, 1);
        lv_textarea_delete_char(ta);
        lv_textarea_add_char(ta, first == '-' ? '+' : '-');
        lv_textarea_set_cursor_pos(ta, static_cast<int32_t>(cur));
    }
    else {
        lv_textarea_set_cursor_pos(ta, 0);
        lv_textarea_add_char(ta, '-');
        lv_textarea_set_cursor_pos(ta, static_cast<int32_t>(cur + 1));
    }
}

void type_key(lv_obj_t * ta, const char * txt)
{
    if(strcmp(txt, "Enter") == 0 || strcmp(txt, LV_SYMBOL_NEW_LINE) == 0) {
        lv_textarea_add_char(ta, '\n');
        if(lv_textarea_get_one_line(ta)) lv_obj_send_event(ta, LV_EVENT_READY, nullptr);
    }
    else if(strcmp(txt, LV_SYMBOL_LEFT) == 0) lv_textarea_cursor_left(ta);
    else if(strcmp(txt, LV_SYMBOL_RIGHT) == 0) lv_textarea_cursor_right(ta);
    else if(strcmp(txt, LV_SYMBOL_BACKSPACE) == 0) lv_textarea_delete_char(ta);
    else if(strcmp(txt, "+/-") == 0) toggle_sign(ta);
    else lv_textarea_add_text(ta, txt);
}

} // namespace

extern "C" {

lv_obj_t * lv_keyboard_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_keyboard_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_keyboard_set_textarea(lv_obj_t * obj, lv_obj_t * ta)
{
    if(!is_keyboard(obj)) return;
    if(ta && !lv_obj_has_class(ta, &lv_textarea_class)) return;
    lv_keyboard_t * kb = as_kb(obj);
    if(kb->ta) lv_obj_remove_state(kb->ta, LV_STATE_FOCUSED); /* hide the old cursor */
    kb->ta = ta;
    if(ta) lv_obj_add_state(ta, LV_STATE_FOCUSED);
}

void lv_keyboard_set_mode(lv_obj_t * obj, lv_keyboard_mode_t mode)
{
    if(!is_keyboard(obj) || mode > LV_KEYBOARD_MODE_USER_4 || as_kb(obj)->mode == mode) return;
    switch_mode(obj, mode);
}

void lv_keyboard_set_popovers(lv_obj_t * obj, bool en)
{
    if(!is_keyboard(obj) || as_kb(obj)->popovers == en) return;
    as_kb(obj)->popovers = en;
    update_ctrl_map(obj);
}

void lv_keyboard_set_map(lv_obj_t * obj, lv_keyboard_mode_t mode, const char * const map[],
                         const lv_buttonmatrix_ctrl_t ctrl_map[])
{
    if(!is_keyboard(obj) || mode > LV_KEYBOARD_MODE_USER_4) return;
    lv_global.keyboard_maps[mode] = map;
    lv_global.keyboard_ctrl_maps[mode] = ctrl_map;
    update_map(obj);
}

lv_obj_t * lv_keyboard_get_textarea(const lv_obj_t * obj)
{
    return is_keyboard(obj) ? as_kb(obj)->ta : nullptr;
}

lv_keyboard_mode_t lv_keyboard_get_mode(const lv_obj_t * obj)
{
    return is_keyboard(obj) ? as_kb(obj)->mode : LV_KEYBOARD_MODE_TEXT_LOWER;
}

bool lv_keyboard_get_popovers(const lv_obj_t * obj)
{
    return is_keyboard(obj) && as_kb(obj)->popovers;
}

const char * const * lv_keyboard_get_map_array(const lv_obj_t * obj)
{
    return lv_buttonmatrix_get_map(obj);
}

uint32_t lv_keyboard_get_selected_button(const lv_obj_t * obj)
{
    return lv_buttonmatrix_get_selected_button(obj);
}

const char * lv_keyboard_get_button_text(const lv_obj_t * obj, uint32_t btn_id)
{
    return lv_buttonmatrix_get_button_text(obj, btn_id);
}

void lv_keyboard_def_event_cb(lv_event_t * e)
{
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    if(!is_keyboard(obj)) return;
    uint32_t btn_id = lv_buttonmatrix_get_selected_button(obj);
    if(btn_id == LV_BUTTONMATRIX_BUTTON_NONE) return;
    const char * txt = lv_buttonmatrix_get_button_text(obj, btn_id);
    if(!txt) return;

    if(strcmp(txt, MODE_LOWER) == 0) switch_mode(obj, LV_KEYBOARD_MODE_TEXT_LOWER);
    else if(strcmp(txt, MODE_UPPER) == 0) switch_mode(obj, LV_KEYBOARD_MODE_TEXT_UPPER);
    else if(strcmp(txt, MODE_SPECIAL) == 0) switch_mode(obj, LV_KEYBOARD_MODE_SPECIAL);
    else if(strcmp(txt, LV_SYMBOL_CLOSE) == 0 || strcmp(txt, LV_SYMBOL_KEYBOARD) == 0) notify(obj, LV_EVENT_CANCEL);
    else if(strcmp(txt, LV_SYMBOL_OK) == 0) notify(obj, LV_EVENT_READY);
    else if(as_kb(obj)->ta) type_key(as_kb(obj)->ta, txt);
}

} // extern "C"
