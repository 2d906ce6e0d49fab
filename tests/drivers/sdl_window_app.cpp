// sdl_window_app: shows a scene in an SDL window (for the Xvfb tests), or renders the same
// scene headless, optionally after a scripted interaction, as the window's reference.
//
//   sdl_window_app window SCENE [--zoom Z] [--title T] [--idle-seconds S] [--resizeable 1]
//   sdl_window_app headless SCENE OUT.png [--script click|type|wheel]
//
// SCENE is a reference scene (tests/gui/scenes.cpp) or one of the interaction scenes below:
//   click  a button whose label counts clicks ("Clicked 0", "Clicked 1", ...)
//   type   a focused text area
//   wheel  a list of 20 buttons, scrolled by moving focus with the wheel (encoder)
// The window mode prints "READY" once the scene is on screen, then one line per event
// ("clicked N", "text T", "resolution WxH"); it runs until the window is closed. With --idle-seconds it
// measures the process's CPU time over S idle seconds once settled and prints
// "idle cpu P% flushes F" (F: areas flushed meanwhile), then carries on.
#include <SDL2/SDL.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "lv_indev_script.h"
#include "lv_png.h"
#include "lv_sdl.h"
#include "lvgl.h"
#include "scenes.h"

namespace {

constexpr int W = 320;
constexpr int H = 240;
int flushes = 0;

void print_line(const std::string & s)
{
    std::printf("%s\n", s.c_str());
    std::fflush(stdout);
}

void on_click(lv_event_t * e)
{
    static int clicks = 0;
    clicks++;
    lv_obj_t * label = static_cast<lv_obj_t *>(lv_event_get_user_data(e));
    std::string text = "Clicked " + std::to_string(clicks);
    lv_label_set_text(label, text.c_str());
    print_line("clicked " + std::to_string(clicks));
}

void scene_click()
{
    lv_obj_t * btn = lv_button_create(lv_screen_active());
    lv_obj_set_size(btn, 160, 60);
    lv_obj_center(btn);
    lv_obj_t * label = lv_label_create(btn);
    lv_label_set_text(label, "Clicked 0");
    lv_obj_center(label);
    lv_obj_add_event_cb(btn, on_click, LV_EVENT_CLICKED, label);
}

void on_text(lv_event_t * e)
{
    print_line(std::string("text ") + lv_textarea_get_text(static_cast<lv_obj_t *>(lv_event_get_target(e))));
}

void scene_type()
{
    lv_obj_t * ta = lv_textarea_create(lv_screen_active());
    lv_obj_set_size(ta, 280, 80);
    lv_obj_align(ta, LV_ALIGN_TOP_MID, 0, 20);
    lv_textarea_set_placeholder_text(ta, "Type here");
    lv_obj_add_event_cb(ta, on_text, LV_EVENT_VALUE_CHANGED, nullptr);
    if(lv_group_get_default()) lv_group_focus_obj(ta);
    /* no blinking cursor: the window's picture is compared with a headless render */
    lv_obj_set_style_anim_duration(ta, 0, LV_PART_CURSOR);
}

void on_focus(lv_event_t * e)
{
    lv_obj_t * btn = static_cast<lv_obj_t *>(lv_event_get_target(e));
    print_line("focused " + std::to_string(lv_obj_get_index(btn)));
}

void scene_wheel()
{
    lv_obj_t * list = lv_list_create(lv_screen_active());
    lv_obj_set_size(list, 240, 200);
    lv_obj_center(list);
    for(int i = 0; i < 20; i++) {
        std::string name = "Item " + std::to_string(i);
        lv_obj_t * btn = lv_list_add_button(list, nullptr, name.c_str());
        lv_obj_add_event_cb(btn, on_focus, LV_EVENT_FOCUSED, nullptr);
        /* no scroll animation, so the headless render lands on the same frame */
        lv_obj_remove_flag(btn, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
        lv_obj_add_event_cb(btn, [](lv_event_t * ev) {
            lv_obj_scroll_to_view(static_cast<lv_obj_t *>(lv_event_get_target(ev)), LV_ANIM_OFF);
        }, LV_EVENT_FOCUSED, nullptr);
    }
}

const Scene interaction_scenes[] = {
    {"click", W, H, scene_click},
    {"type", W, H, scene_type},
    {"wheel", W, H, scene_wheel},
};

const Scene * find_app_scene(const char * name)
{
    for(const Scene & s : interaction_scenes) {
        if(!std::strcmp(s.name, name)) return &s;
    }
    return ::find_scene(name);
}

double cpu_seconds()
{
    rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

void count_flush(lv_event_t *) { flushes++; }

void print_resolution(lv_event_t * e)
{
    lv_display_t * disp = static_cast<lv_display_t *>(lv_event_get_current_target(e));
    print_line("resolution " + std::to_string(lv_display_get_horizontal_resolution(disp)) + "x" +
               std::to_string(lv_display_get_vertical_resolution(disp)));
}

/** One pass of the event loop: run the engine's timers, sleep until the next is due. */
void loop_once()
{
    uint32_t ms = lv_timer_handler();
    if(ms > 50) ms = 50;
    if(ms < 1) ms = 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void run_for_ms(int ms)
{
    auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while(std::chrono::steady_clock::now() < end && !lv_sdl_quit_requested()) loop_once();
}

int run_window(const Scene & scene, float zoom, const char * title, double idle_seconds, bool resizeable)
{
    lv_init();
    lv_display_t * disp = lv_sdl_window_create(scene.w, scene.h);
    if(!disp) {
        std::fprintf(stderr, "sdl_window_app: no window: %s\n", SDL_GetError());
        return 3;
    }
    lv_sdl_window_set_title(disp, title);
    if(zoom != 1.0f) lv_sdl_window_set_zoom(disp, zoom);
    if(resizeable) lv_sdl_window_set_resizeable(disp);
    lv_display_add_event_cb(disp, print_resolution, LV_EVENT_RESOLUTION_CHANGED, nullptr);
    lv_sdl_mouse_create();
    lv_sdl_keyboard_create();
    lv_sdl_mousewheel_create();
    lv_display_add_event_cb(disp, count_flush, LV_EVENT_FLUSH_START, nullptr);

    run_for_ms(100);
    scene.run();
    run_for_ms(1000);
    print_line("READY");
    if(idle_seconds > 0) {
        run_for_ms(500);
        int flushes_before = flushes;
        double cpu_before = cpu_seconds();
        run_for_ms(static_cast<int>(idle_seconds * 1000));
        double share = 100.0 * (cpu_seconds() - cpu_before) / idle_seconds;
        char line[80];
        std::snprintf(line, sizeof line, "idle cpu %.2f%% flushes %d", share, flushes - flushes_before);
        print_line(line);
    }
    while(!lv_sdl_quit_requested()) loop_once();
    lv_sdl_quit();
    lv_deinit();
    return 0;
}

void flush_ready(lv_display_t * d, const lv_area_t *, uint8_t *) { lv_display_flush_ready(d); }

/** The scripted counterpart of what the Xvfb test does with xdotool. */
void script_interaction(const char * script)
{
    if(!std::strcmp(script, "click")) {
        lv_indev_t * ptr = lv_indev_script_create(LV_INDEV_TYPE_POINTER);
        lv_indev_script_click(ptr, W / 2, H / 2, 100); /* once the layout placed the button */
    }
    else if(!std::strcmp(script, "type")) {
        lv_indev_t * kp = lv_indev_script_create(LV_INDEV_TYPE_KEYPAD);
        lv_indev_script_text(kp, "Hello pyvgl", 0);
        lv_indev_script_key(kp, LV_KEY_BACKSPACE, 0);
    }
    else if(!std::strcmp(script, "wheel")) {
        lv_indev_t * enc = lv_indev_script_create(LV_INDEV_TYPE_ENCODER);
        lv_indev_script_turn(enc, 12, 0);
    }
}

int run_headless(const Scene & scene, const char * out, const char * script)
{
    lv_init();
    const lv_color_format_t cf = LV_COLOR_FORMAT_XRGB8888;
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(scene.w), cf);
    std::vector<uint8_t> fb(stride * static_cast<size_t>(scene.h));
    lv_display_t * disp = lv_display_create(scene.w, scene.h);
    lv_display_set_color_format(disp, cf);
    lv_display_set_buffers(disp, fb.data(), nullptr, static_cast<uint32_t>(fb.size()), LV_DISPLAY_RENDER_MODE_DIRECT);
    lv_display_set_flush_cb(disp, flush_ready);
    /* the window has a keyboard, which makes a default group before the scene is built */
    lv_group_set_default(lv_group_create());

    lv_tick_inc(33);
    lv_timer_handler();
    scene.run();
    if(script) script_interaction(script);
    for(int i = 0; i < 60; i++) {
        lv_tick_inc(33);
        lv_timer_handler();
    }
    lv_refr_now(disp);
    lv_draw_buf_t * snap = lv_snapshot_take(lv_screen_active(), cf);
    lv_result_t res = snap ? lv_draw_buf_save_to_png(snap, out) : LV_RESULT_INVALID;
    if(snap) lv_draw_buf_destroy(snap);
    lv_deinit();
    if(res != LV_RESULT_OK) {
        std::fprintf(stderr, "sdl_window_app: cannot write %s\n", out);
        return 2;
    }
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: sdl_window_app window SCENE [--zoom Z] [--title T] [--idle-seconds S] [--resizeable 1]\n"
                         "       sdl_window_app headless SCENE OUT.png [--script click|type|wheel]\n");
    return 2;
}

} // namespace

int main(int argc, char ** argv)
{
    if(argc < 3) return usage();
    const Scene * scene = find_app_scene(argv[2]);
    if(!scene) {
        std::fprintf(stderr, "sdl_window_app: unknown scene %s\n", argv[2]);
        return 2;
    }
    if(!std::strcmp(argv[1], "window")) {
        float zoom = 1.0f;
        const char * title = "pyvgl";
        double idle = 0;
        bool resizeable = false;
        for(int i = 3; i + 1 < argc; i += 2) {
            if(!std::strcmp(argv[i], "--zoom")) zoom = static_cast<float>(std::atof(argv[i + 1]));
            else if(!std::strcmp(argv[i], "--title")) title = argv[i + 1];
            else if(!std::strcmp(argv[i], "--idle-seconds")) idle = std::atof(argv[i + 1]);
            else if(!std::strcmp(argv[i], "--resizeable")) resizeable = std::atoi(argv[i + 1]) != 0;
            else return usage();
        }
        return run_window(*scene, zoom, title, idle, resizeable);
    }
    if(!std::strcmp(argv[1], "headless") && argc >= 4) {
        const char * script = nullptr;
        if(argc == 6 && !std::strcmp(argv[4], "--script")) script = argv[5];
        else if(argc != 4) return usage();
        return run_headless(*scene, argv[3], script);
    }
    return usage();
}
