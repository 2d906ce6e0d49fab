// Between two runs of a script on the same displays (pyvgl --watch, the web port's Run
// button): the script's screens, timers and animations go, a fresh screen is loaded.
#include "ports/unix/gui_reset.h"

#include "display/lv_display_private.h"
#include "lvgl.h"

namespace {

constexpr int MAX_ENGINE_TIMERS = 64;

lv_timer_t* g_engine_timers[MAX_ENGINE_TIMERS];
int g_engine_timer_count;

}  // namespace

void gui_reset_remember_engine_timers() {
  g_engine_timer_count = 0;
  for (lv_timer_t* t = lv_timer_get_next(nullptr); t && g_engine_timer_count < MAX_ENGINE_TIMERS;
       t = lv_timer_get_next(t))
    g_engine_timers[g_engine_timer_count++] = t;
}

namespace {

bool is_engine_timer(lv_timer_t* t) {
  for (int i = 0; i < g_engine_timer_count; i++)
    if (g_engine_timers[i] == t) return true;
  return false;
}

void delete_script_timers() {
  bool again = true;
  while (again) {  // deleting changes the list: start over after each deletion
    again = false;
    for (lv_timer_t* t = lv_timer_get_next(nullptr); t; t = lv_timer_get_next(t)) {
      if (is_engine_timer(t)) continue;
      lv_timer_delete(t);
      again = true;
      break;
    }
  }
}

// A fresh active screen on every display; every other screen and the top layer's children go.
void fresh_screens() {
  for (lv_display_t* d = lv_display_get_next(nullptr); d; d = lv_display_get_next(d)) {
    lv_display_t* saved = lv_display_get_default();
    lv_display_set_default(d);
    lv_obj_t* fresh = lv_obj_create(nullptr);
    lv_display_set_default(saved);
    if (!fresh) continue;
    lv_screen_load(fresh);
    while (d->screen_cnt > 1) {
      lv_obj_t* old = d->screens[0] == fresh ? d->screens[1] : d->screens[0];
      lv_obj_delete(old);
    }
    if (d->top_layer) lv_obj_clean(d->top_layer);
    lv_obj_invalidate(fresh);
  }
}

}  // namespace

void gui_reset() {
  if (!lv_is_initialized()) return;
  lv_anim_delete_all();
  delete_script_timers();
  fresh_screens();
}
