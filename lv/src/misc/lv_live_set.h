/**
 * @file lv_live_set.h
 * A set of live engine-made pointers (caches, fragments): the API checks a pointer is one it
 * made and has not freed before using it, so a struct made by a script (`lv.cache_t()`) or a
 * freed one is refused instead of followed. A singly linked list: the sets hold a handful.
 * Internal to lv/src.
 */
#ifndef LV_LIVE_SET_H
#define LV_LIVE_SET_H

#include "lvgl.h"

/** Adds p to the set whose head is *head; false without memory. */
bool lv_live_set_add(void ** head, const void * p);
/** Removes p (nothing when absent). */
void lv_live_set_remove(void ** head, const void * p);
/** Whether p is in the set (false for NULL). */
bool lv_live_set_has(void * const * head, const void * p);

#endif
