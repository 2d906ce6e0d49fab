// The SDL drivers refuse what cannot work with a NULL, never a crash.
#include <gtest/gtest.h>

#include <SDL2/SDL.h>

#include <cstdlib>

#include "lv_sdl.h"
#include "lvgl.h"

namespace {

class SdlErrors : public ::testing::Test {
protected:
    void SetUp() override { lv_init(); }
    void TearDown() override
    {
        lv_sdl_quit();
        lv_deinit();
    }
};

TEST_F(SdlErrors, InputDevicesNeedAWindowFirst)
{
    EXPECT_EQ(lv_sdl_mouse_create(), nullptr);
    EXPECT_EQ(lv_sdl_keyboard_create(), nullptr);
    EXPECT_EQ(lv_sdl_mousewheel_create(), nullptr);
    EXPECT_EQ(lv_indev_get_next(nullptr), nullptr); // nothing half-made left behind
}

TEST_F(SdlErrors, NoVideoDeviceMeansNoWindow)
{
    setenv("SDL_VIDEODRIVER", "no-such-driver", 1);
    EXPECT_EQ(lv_sdl_window_create(320, 240), nullptr);
    unsetenv("SDL_VIDEODRIVER");
    EXPECT_EQ(lv_display_get_default(), nullptr);
    EXPECT_FALSE(lv_sdl_quit_requested());
}

TEST_F(SdlErrors, BadSizesAreRefused)
{
    EXPECT_EQ(lv_sdl_window_create(0, 240), nullptr);
    EXPECT_EQ(lv_sdl_window_create(320, -1), nullptr);
}

TEST_F(SdlErrors, WindowCallsOnOtherDisplaysDoNothing)
{
    lv_display_t * plain = lv_display_create(10, 10);
    lv_sdl_window_set_zoom(plain, 2.0f);
    lv_sdl_window_set_title(plain, "x");
    lv_sdl_window_set_resizeable(plain);
    EXPECT_EQ(lv_sdl_window_get_zoom(plain), 1.0f);
    EXPECT_FALSE(lv_sdl_window_is_closed(plain));
    EXPECT_EQ(lv_sdl_window_get_id(plain), 0u);
    EXPECT_EQ(lv_sdl_window_screenshot(plain, "/tmp/never.png"), LV_RESULT_INVALID);
    EXPECT_EQ(lv_sdl_window_screenshot(nullptr, nullptr), LV_RESULT_INVALID);
    EXPECT_EQ(lv_sdl_get_disp_from_win_id(12345), nullptr);
}

TEST_F(SdlErrors, DummyVideoWindowWorksHeadless)
{
    // SDL's dummy video driver: a real window object and renderer with nothing on screen
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    lv_display_t * disp = lv_sdl_window_create(64, 48);
    unsetenv("SDL_VIDEODRIVER");
    ASSERT_NE(disp, nullptr);
    EXPECT_EQ(lv_display_get_default(), disp);
    lv_sdl_window_set_zoom(disp, 2.0f);
    EXPECT_EQ(lv_sdl_window_get_zoom(disp), 2.0f);
    EXPECT_EQ(lv_display_get_horizontal_resolution(disp), 64); // zoom keeps the resolution
    EXPECT_NE(lv_sdl_mouse_create(), nullptr);
    EXPECT_NE(lv_sdl_keyboard_create(), nullptr);
    EXPECT_NE(lv_group_get_default(), nullptr); // the keyboard made one to type into
    EXPECT_NE(lv_sdl_mousewheel_create(), nullptr);
    lv_timer_handler();
    EXPECT_FALSE(lv_sdl_quit_requested());
    lv_sdl_quit();
    EXPECT_TRUE(lv_sdl_window_is_closed(disp));
    EXPECT_TRUE(lv_sdl_quit_requested());
    lv_timer_handler(); // rendering after the window is gone does nothing harmful
}

TEST_F(SdlErrors, EngineRestartedWithoutSdlQuitStillPollsEvents)
{
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    ASSERT_NE(lv_sdl_window_create(32, 32), nullptr);
    lv_deinit(); // deletes the poll timer and the display, SDL stays up
    lv_init();
    lv_display_t * disp = lv_sdl_window_create(32, 32);
    unsetenv("SDL_VIDEODRIVER");
    ASSERT_NE(disp, nullptr);
    SDL_Event e = {};
    e.type = SDL_QUIT;
    SDL_PushEvent(&e);
    uint32_t end = SDL_GetTicks() + 50;
    while(SDL_GetTicks() < end) {
        lv_timer_handler();
        SDL_Delay(5);
    }
    EXPECT_TRUE(lv_sdl_quit_requested()); // the new poll timer saw the event
}

} // namespace
