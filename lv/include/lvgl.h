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
#include "lv_log.h"
#include "lv_math.h"
#include "lv_symbol_def.h"
#include "lv_image_dsc.h"
#include "lv_draw_buf.h"
#include "lv_font.h"
#include "lv_font_fmt_txt.h"
#include "lv_binfont.h"
#include "lv_fs.h"
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
/* widgets beyond button and label (branch lv-widgets) */
#include "lv_bar.h"
#include "lv_slider.h"
#include "lv_switch.h"
#include "lv_checkbox.h"
#include "lv_led.h"
#include "lv_line.h"
#include "lv_arc.h"
#include "lv_spinner.h"
#include "lv_buttonmatrix.h"
#include "lv_textarea.h"
#include "lv_keyboard.h"
#include "lv_dropdown.h"
#include "lv_roller.h"
#include "lv_image.h"
#include "lv_image_decoder.h"
#include "lv_lodepng.h"
#include "lv_animimg.h"
#include "lv_imagebutton.h"
#include "lv_list.h"
#include "lv_msgbox.h"
#include "lv_table.h"
#include "lv_tabview.h"
#include "lv_tileview.h"
#include "lv_win.h"
#include "lv_canvas.h"
#include "lv_calendar.h"
#include "lv_chart.h"
#include "lv_spinbox.h"
#include "lv_span.h"
#include "lv_scale.h"
#include "lv_menu.h"
#include "lv_snapshot.h"
#include "lv_observer.h"
#include "lv_api_map.h"

/* Drivers built with the engine (their folders on the include path, e.g. drivers/sdl with
 * -DLV_USE_SDL=1), so the binding generator sees them as part of the API. */
#if defined(LV_USE_SDL) && LV_USE_SDL
#include "lv_sdl.h"
#endif

#endif
