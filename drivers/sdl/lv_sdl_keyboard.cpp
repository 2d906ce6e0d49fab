/**
 * @file lv_sdl_keyboard.cpp
 * Keyboard -> keypad. The poller queues keys: characters from SDL text input (decoded from
 * UTF-8 to code points, which is what a text area takes) and LV_KEY_* for editing keys.
 * Each queued key is reported as a press and then a release; the read asks to be called
 * again while keys are queued, so fast typing is delivered in order within one read.
 */
#include "lv_sdl_keyboard.h"
#include "lv_sdl_private.h"

namespace {

constexpr uint32_t QUEUE_SIZE = 64; /* keys typed between two reads (one poll period) */

struct KeyboardState {
    uint32_t queue[QUEUE_SIZE];
    uint32_t head;
    uint32_t count;
    uint32_t pressed_key; /* reported as pressed, release still to report */
    bool pressed;
};

void push_key(KeyboardState * k, uint32_t key)
{
    if(k->count == QUEUE_SIZE) return; /* more than a poll's worth of typing: drop the excess */
    k->queue[(k->head + k->count) % QUEUE_SIZE] = key;
    k->count++;
}

/** The LV_KEY_* for an editing key, 0 for keys that type text (those come as text input). */
uint32_t editing_key(const SDL_Keysym & sym)
{
    switch(sym.sym) {
        case SDLK_RIGHT:
        case SDLK_KP_6: return LV_KEY_RIGHT;
        case SDLK_LEFT:
        case SDLK_KP_4: return LV_KEY_LEFT;
        case SDLK_UP:
        case SDLK_KP_8: return LV_KEY_UP;
        case SDLK_DOWN:
        case SDLK_KP_2: return LV_KEY_DOWN;
        case SDLK_ESCAPE: return LV_KEY_ESC;
        case SDLK_BACKSPACE: return LV_KEY_BACKSPACE;
        case SDLK_DELETE: return LV_KEY_DEL;
        case SDLK_KP_ENTER:
        case SDLK_RETURN: return LV_KEY_ENTER;
        case SDLK_TAB: return (sym.mod & KMOD_SHIFT) ? LV_KEY_PREV : LV_KEY_NEXT;
        case SDLK_PAGEDOWN: return LV_KEY_NEXT;
        case SDLK_PAGEUP: return LV_KEY_PREV;
        case SDLK_HOME: return LV_KEY_HOME;
        case SDLK_END: return LV_KEY_END;
        default: return 0;
    }
}

/** Decodes UTF-8 text input into code points; a malformed byte is skipped. */
void push_text(KeyboardState * k, const char * text)
{
    const uint8_t * s = reinterpret_cast<const uint8_t *>(text);
    while(*s) {
        uint32_t cp = *s;
        int extra = cp < 0x80 ? 0 : (cp & 0xE0) == 0xC0 ? 1 : (cp & 0xF0) == 0xE0 ? 2 : (cp & 0xF8) == 0xF0 ? 3 : -1;
        if(extra < 0) {
            s++;
            continue;
        }
        if(extra > 0) cp &= 0x3Fu >> extra;
        s++;
        bool ok = true;
        for(int i = 0; i < extra; i++) {
            if((s[i] & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (s[i] & 0x3Fu);
        }
        if(!ok) continue; /* resume at the byte that broke the sequence */
        s += extra;
        push_key(k, cp);
    }
}

void handle_event(lv_indev_t * indev, const SDL_Event * e)
{
    KeyboardState * k = static_cast<KeyboardState *>(lv_indev_get_driver_data(indev));
    if(!k) return;
    if(e->type == SDL_TEXTINPUT) {
        push_text(k, e->text.text);
    }
    else if(e->type == SDL_KEYDOWN) {
        uint32_t key = editing_key(e->key.keysym);
        if(key) push_key(k, key); /* held keys repeat, as in a text editor */
    }
}

void read_cb(lv_indev_t * indev, lv_indev_data_t * data)
{
    KeyboardState * k = static_cast<KeyboardState *>(lv_indev_get_driver_data(indev));
    if(!k) return;
    /* a default group set after the keyboard was created still gets its input */
    if(!lv_indev_get_group(indev)) lv_indev_set_group(indev, lv_group_get_default());
    if(k->pressed) {
        data->key = k->pressed_key;
        data->state = LV_INDEV_STATE_RELEASED;
        k->pressed = false;
        data->continue_reading = k->count > 0;
        return;
    }
    if(k->count > 0) {
        k->pressed_key = k->queue[k->head];
        k->head = (k->head + 1) % QUEUE_SIZE;
        k->count--;
        k->pressed = true;
        data->key = k->pressed_key;
        data->state = LV_INDEV_STATE_PRESSED;
        data->continue_reading = true;
        return;
    }
    data->state = LV_INDEV_STATE_RELEASED;
}

} // namespace

extern "C" lv_indev_t * lv_sdl_keyboard_create(void)
{
    void * state = lv_sdl_is_initialized() ? lv_malloc_zeroed(sizeof(KeyboardState)) : nullptr;
    lv_indev_t * indev = lv_sdl_indev_create(LV_INDEV_TYPE_KEYPAD, read_cb, state, handle_event);
    if(!indev) return nullptr;
    if(!lv_group_get_default()) {
        lv_group_t * g = lv_group_create();
        if(g) lv_group_set_default(g);
    }
    lv_indev_set_group(indev, lv_group_get_default());
    return indev;
}
