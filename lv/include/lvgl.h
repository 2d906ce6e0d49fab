/**
 * @file lvgl.h
 * The GUI engine's public API: include this one header.
 * Each part adds its header here when it lands.
 */
#ifndef LVGL_H
#define LVGL_H

#include "lv_conf.h"
#include "lv_types.h"
#include "lv_area.h"
#include "lv_color.h"
#include "lv_mem.h"

#endif
