// The reference scenes in C++, line by line after the Python originals in scenes/.
#include "scenes.h"

#include "lvgl.h"

namespace {

// 01: a default-theme button with a label, centered on a new screen that is then loaded.
void scene_01_hello_button()
{
    lv_obj_t * scr = lv_obj_create(nullptr);
    lv_obj_t * btn = lv_button_create(scr);
    lv_obj_align(btn, LV_ALIGN_CENTER, 0, 0);
    lv_obj_t * label = lv_label_create(btn);
    lv_label_set_text(label, "Hello World!");
    lv_screen_load(scr);
}

const Scene scenes[] = {
    {"01_hello_button", 320, 240, scene_01_hello_button},
};

} // namespace

const Scene * scenes_begin() { return scenes; }
const Scene * scenes_end() { return scenes + sizeof(scenes) / sizeof(scenes[0]); }
