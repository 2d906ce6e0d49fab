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
#include "lv_init.h"
#include "lv_tick.h"
#include "lv_timer.h"
#include "lv_anim.h"
#include "lv_anim_timeline.h"
#include "lv_style.h"
#include "lv_event.h"
#include "lv_obj.h"
#include "lv_layout.h"
#include "lv_flex.h"
#include "lv_grid.h"
#include "lv_display.h"
#include "lv_group.h"
#include "lv_indev.h"
#include "lv_theme.h"
#include "lv_button.h"
#include "lv_label.h"
#include "lv_switch.h"
#include "lv_bar.h"
#include "lv_slider.h"
#include "lv_led.h"
#include "lv_checkbox.h"
#include "lv_arc.h"
#include "lv_line.h"

#endif
