// gui_scenes: renders one of the reference scenes (tests/gui/scenes/*.py, transcribed to
// C++ in scenes.cpp) headless exactly as the reference pictures were made, and writes a PNG.
//
//   gui_scenes NAME OUT.png      e.g. gui_scenes 01_hello_button /tmp/01.png
//   gui_scenes --list
//
// Procedure (tests/gui/scenes/README.md): W x H XRGB8888 in DIRECT mode, one frame of the
// empty default screen, the scene, 30 x (tick 33 ms + lv_timer_handler), lv_refr_now.
#include <cstdio>
#include <cstring>
#include <vector>

#include "lv_png.h"
#include "lvgl.h"
#include "scenes.h"

namespace {

int render(const Scene & scene, const char * out)
{
    std::vector<uint8_t> fb;
    lv_display_t * disp = scene_start(scene, scene.w, scene.h, fb);
    lv_refr_now(disp);

    const lv_color_format_t cf = LV_COLOR_FORMAT_XRGB8888;
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(scene.w), cf);
    lv_draw_buf_t buf;
    lv_draw_buf_init(&buf, static_cast<uint32_t>(scene.w), static_cast<uint32_t>(scene.h), cf, stride, fb.data(),
                     static_cast<uint32_t>(fb.size()));
    lv_result_t res = lv_draw_buf_save_to_png(&buf, out);
    lv_deinit();
    if(res != LV_RESULT_OK) {
        std::fprintf(stderr, "gui_scenes: cannot write %s\n", out);
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char ** argv)
{
    if(argc == 2 && !std::strcmp(argv[1], "--list")) {
        for(const Scene * s = scenes_begin(); s != scenes_end(); s++) std::printf("%s\n", s->name);
        for(const Scene * s = widget_scenes_begin(); s != widget_scenes_end(); s++) std::printf("%s\n", s->name);
        return 0;
    }
    if(argc != 3) {
        std::fprintf(stderr, "usage: gui_scenes NAME OUT.png | --list\n");
        return 2;
    }
    if(const Scene * s = find_scene(argv[1])) return render(*s, argv[2]);
    std::fprintf(stderr, "gui_scenes: unknown scene %s\n", argv[1]);
    return 2;
}
