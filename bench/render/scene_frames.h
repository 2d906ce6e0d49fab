// render_bench --scenes (scene_frames.cpp).
#pragma once
#include <vector>

/* Prints the full-frame refresh time of every reference scene whose name starts with one of
 * `names` (all when empty) at 320x240 and 800x480; returns the exit status. */
int run_scene_frames(int frames, const std::vector<const char *> & names);
