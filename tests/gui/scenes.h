// The reference scenes transcribed to C++ (one function per tests/gui/scenes/NN_name.py).
#pragma once
#include <cstdint>
#include <vector>

struct _lv_display_t;

struct Scene {
    const char * name; // the scene file name without .py
    int w;
    int h;
    void (*run)();
};

const Scene * scenes_begin();
const Scene * scenes_end();

// The widget scenes (15-40), in scenes_widgets.cpp.
const Scene * widget_scenes_begin();
const Scene * widget_scenes_end();

// The scene called NAME in either table, or nullptr.
const Scene * find_scene(const char * name);

// Starts the engine and runs the scene the way the reference pictures were made
// (scenes/README.md): a w x h XRGB8888 display in DIRECT mode over `fb` (resized to fit),
// one step of the empty screen, the scene, 30 x (tick 33 ms + lv_timer_handler). The caller
// renders with lv_refr_now and ends with lv_deinit.
_lv_display_t * scene_start(const Scene & scene, int32_t w, int32_t h, std::vector<uint8_t> & fb);
