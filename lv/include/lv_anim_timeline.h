/**
 * @file lv_anim_timeline.h
 * Timelines: animations placed at start times on one time axis, played, reversed, repeated
 * or set to any progress together.
 */
#ifndef LV_ANIM_TIMELINE_H
#define LV_ANIM_TIMELINE_H

#include "lv_anim.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_ANIM_TIMELINE_PROGRESS_MAX 0xFFFF

lv_anim_timeline_t * lv_anim_timeline_create(void);
void lv_anim_timeline_delete(lv_anim_timeline_t * at);
/** Adds a copy of a starting start_time ms into the timeline. */
void lv_anim_timeline_add(lv_anim_timeline_t * at, uint32_t start_time, const lv_anim_t * a);
/** Plays the timeline; returns its play time in ms. */
uint32_t lv_anim_timeline_start(lv_anim_timeline_t * at);
void lv_anim_timeline_pause(lv_anim_timeline_t * at);
void lv_anim_timeline_set_reverse(lv_anim_timeline_t * at, bool reverse);
void lv_anim_timeline_set_repeat_count(lv_anim_timeline_t * at, uint32_t cnt);
void lv_anim_timeline_set_repeat_delay(lv_anim_timeline_t * at, uint32_t delay);
/** Applies the state at progress (0..LV_ANIM_TIMELINE_PROGRESS_MAX). */
void lv_anim_timeline_set_progress(lv_anim_timeline_t * at, uint16_t progress);
uint32_t lv_anim_timeline_get_playtime(lv_anim_timeline_t * at);
bool lv_anim_timeline_get_reverse(lv_anim_timeline_t * at);
uint16_t lv_anim_timeline_get_progress(lv_anim_timeline_t * at);
uint32_t lv_anim_timeline_get_repeat_count(lv_anim_timeline_t * at);
uint32_t lv_anim_timeline_get_repeat_delay(lv_anim_timeline_t * at);

#ifdef __cplusplus
}
#endif

#endif
