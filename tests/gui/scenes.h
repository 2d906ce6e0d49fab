// The reference scenes transcribed to C++ (one function per tests/gui/scenes/NN_name.py).
#pragma once

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
