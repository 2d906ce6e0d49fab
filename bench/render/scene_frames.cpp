// render_bench --scenes: full-frame refresh time of the reference GUI scenes (their C++
// transcriptions in tests/gui/scenes*.cpp), through the whole engine: the screen invalidated,
// then lv_refr_now (object draw events, styles, renderer) into a DIRECT-mode XRGB8888 buffer.
// The same measure as bench/gui_bench.py without the interpreter.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "lvgl.h"
#include "scene_frames.h"
#include "scenes.h"

namespace {

double now_ms()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

/* Best time of `frames` full refreshes of the scene on a w x h display. */
double scene_ms(const Scene & scene, int32_t w, int32_t h, int frames)
{
    std::vector<uint8_t> fb;
    lv_display_t * disp = scene_start(scene, w, h, fb);
    double best = 1e30;
    for(int i = 0; i <= frames; i++) {
        double t0 = now_ms();
        lv_obj_invalidate(lv_screen_active());
        lv_refr_now(disp);
        if(i > 0) best = std::min(best, now_ms() - t0); /* the first frame warms up */
    }
    lv_deinit();
    return best;
}

bool wanted(const Scene & s, const std::vector<const char *> & names)
{
    if(names.empty()) return true;
    for(const char * n : names) {
        if(std::strstr(s.name, n) == s.name) return true;
    }
    return false;
}

} // namespace

int run_scene_frames(int frames, const std::vector<const char *> & names)
{
    std::printf("%-32s %12s %12s\n", "scene", "320x240 ms", "800x480 ms");
    int shown = 0;
    auto row = [&](const Scene & s) {
        if(!wanted(s, names)) return;
        double small = scene_ms(s, 320, 240, frames);
        double large = scene_ms(s, 800, 480, frames);
        std::printf("%-32s %12.3f %12.3f\n", s.name, small, large);
        shown++;
    };
    for(const Scene * s = scenes_begin(); s != scenes_end(); s++) row(*s);
    for(const Scene * s = widget_scenes_begin(); s != widget_scenes_end(); s++) row(*s);
    std::printf("(full refresh of the screen, XRGB8888, DIRECT mode, best of %d frames each)\n", frames);
    if(shown == 0) {
        std::fprintf(stderr, "render_bench: no scene matches\n");
        return 2;
    }
    return 0;
}
