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
#include "lv_math.h"
#include "lv_symbol_def.h"
#include "lv_image_dsc.h"
#include "lv_draw_buf.h"
#include "lv_font.h"
#include "lv_font_fmt_txt.h"
#include "lv_binfont.h"
#include "lv_text.h"
#include "lv_draw.h"

#endif
