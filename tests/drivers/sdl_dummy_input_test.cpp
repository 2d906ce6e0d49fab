// The SDL input drivers fed with events pushed into SDL's queue, in a window of SDL's dummy
// video driver (no X server needed): mapping, zoom, text decoding, closing.
#include <SDL2/SDL.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "lv_sdl.h"
#include "lvgl.h"

namespace {

class SdlDummy : public ::testing::Test {
protected:
    lv_display_t * disp = nullptr;
    uint32_t win_id = 0;

    void SetUp() override
    {
        lv_init();
        setenv("SDL_VIDEODRIVER", "dummy", 1);
        disp = lv_sdl_window_create(200, 150);
        unsetenv("SDL_VIDEODRIVER");
        ASSERT_NE(disp, nullptr);
        win_id = lv_sdl_window_get_id(disp);
        ASSERT_NE(win_id, 0u);
    }
    void TearDown() override
    {
        lv_sdl_quit();
        lv_deinit();
    }

    /** Lets real time pass (the tick is SDL's) so the poller and indev timers run; on a
     *  loaded machine 80 ms may be one or two passes, so it also waits for enough passes
     *  (16 x 5 ms) for a press and a release to be read one indev period apart. */
    void run(int ms = 80)
    {
        uint32_t end = SDL_GetTicks() + static_cast<uint32_t>(ms);
        for(int passes = 0; SDL_GetTicks() < end || passes < ms / 5; passes++) {
            lv_timer_handler();
            SDL_Delay(5);
        }
    }

    void push_button(uint32_t type, int x, int y, uint8_t button = SDL_BUTTON_LEFT)
    {
        SDL_Event e = {};
        e.type = type;
        e.button.windowID = win_id;
        e.button.button = button;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.x = x;
        e.button.y = y;
        SDL_PushEvent(&e);
    }
    void push_text(const char * text)
    {
        SDL_Event e = {};
        e.type = SDL_TEXTINPUT;
        e.text.windowID = win_id;
        SDL_strlcpy(e.text.text, text, sizeof e.text.text);
        SDL_PushEvent(&e);
    }
    void push_key(SDL_Keycode sym, uint16_t mod = 0)
    {
        SDL_Event e = {};
        e.type = SDL_KEYDOWN;
        e.key.windowID = win_id;
        e.key.keysym.sym = sym;
        e.key.keysym.mod = mod;
        SDL_PushEvent(&e);
    }
    void push_wheel(int y)
    {
        SDL_Event e = {};
        e.type = SDL_MOUSEWHEEL;
        e.wheel.windowID = win_id;
        e.wheel.y = y;
        SDL_PushEvent(&e);
    }
};

void count_event(lv_event_t * e) { (*static_cast<int *>(lv_event_get_user_data(e)))++; }

TEST_F(SdlDummy, QuickClickIsNotLostAndZoomMapsCoordinates)
{
    lv_sdl_window_set_zoom(disp, 2.0f);
    lv_sdl_mouse_create();
    lv_obj_t * btn = lv_button_create(lv_screen_active());
    lv_obj_set_size(btn, 40, 30);
    lv_obj_set_pos(btn, 100, 100);
    int clicks = 0;
    lv_obj_add_event_cb(btn, count_event, LV_EVENT_CLICKED, &clicks);
    run();
    // window pixels (230, 230) are display pixels (115, 115): on the button
    push_button(SDL_MOUSEBUTTONDOWN, 230, 230);
    push_button(SDL_MOUSEBUTTONUP, 230, 230); // both within one poll
    run();
    EXPECT_EQ(clicks, 1);
    // (115, 115) in window pixels is (57, 57) on the display: not the button
    push_button(SDL_MOUSEBUTTONDOWN, 115, 115);
    push_button(SDL_MOUSEBUTTONUP, 115, 115);
    run();
    EXPECT_EQ(clicks, 1);
}

TEST_F(SdlDummy, KeyboardTypesTextAndEditingKeys)
{
    lv_sdl_keyboard_create();
    lv_obj_t * ta = lv_textarea_create(lv_screen_active());
    run();
    push_text("ab\xE2\x82\xAC"); // a, b, euro sign (3 UTF-8 bytes, one character)
    push_key(SDLK_a);            // typing keys come as text input, not as key codes
    push_key(SDLK_BACKSPACE);
    push_text("c");
    push_key(SDLK_LEFT);
    push_text("X");
    run();
    EXPECT_STREQ(lv_textarea_get_text(ta), "abXc");
}

TEST_F(SdlDummy, TabMovesFocusAndShiftTabBack)
{
    lv_sdl_keyboard_create();
    lv_obj_t * a = lv_button_create(lv_screen_active());
    lv_obj_t * b = lv_button_create(lv_screen_active());
    lv_group_t * g = lv_group_get_default();
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(lv_group_get_focused(g), a);
    push_key(SDLK_TAB);
    run();
    EXPECT_EQ(lv_group_get_focused(g), b);
    push_key(SDLK_TAB, KMOD_LSHIFT);
    run();
    EXPECT_EQ(lv_group_get_focused(g), a);
}

TEST_F(SdlDummy, WheelTowardsTheUserFocusesTheNextObject)
{
    lv_group_set_default(lv_group_create());
    lv_obj_t * a = lv_button_create(lv_screen_active());
    lv_obj_t * b = lv_button_create(lv_screen_active());
    lv_obj_t * c = lv_button_create(lv_screen_active());
    lv_sdl_mousewheel_create();
    lv_group_t * g = lv_group_get_default();
    EXPECT_EQ(lv_group_get_focused(g), a);
    push_wheel(-1);
    push_wheel(-1);
    run();
    EXPECT_EQ(lv_group_get_focused(g), c);
    push_wheel(1);
    run();
    EXPECT_EQ(lv_group_get_focused(g), b);
}

TEST_F(SdlDummy, ClosingTheWindowRaisesTheFlags)
{
    EXPECT_FALSE(lv_sdl_window_is_closed(disp));
    SDL_Event e = {};
    e.type = SDL_WINDOWEVENT;
    e.window.windowID = win_id;
    e.window.event = SDL_WINDOWEVENT_CLOSE;
    SDL_PushEvent(&e);
    run();
    EXPECT_TRUE(lv_sdl_window_is_closed(disp));
    EXPECT_TRUE(lv_sdl_quit_requested());
    // the display is still there for code that holds it, and drawing is harmless
    lv_obj_t * label = lv_label_create(lv_screen_active());
    lv_label_set_text(label, "after close");
    run();
}

TEST_F(SdlDummy, QuitEventIsReported)
{
    SDL_Event e = {};
    e.type = SDL_QUIT;
    SDL_PushEvent(&e);
    run();
    EXPECT_TRUE(lv_sdl_quit_requested());
    EXPECT_FALSE(lv_sdl_window_is_closed(disp));
}

} // namespace
