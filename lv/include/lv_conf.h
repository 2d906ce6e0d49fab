/**
 * @file lv_conf.h
 * Build configuration of the engine: the values of the reference build
 * (see tests/gui/scenes/README.md). A feature that is off costs nothing.
 */
#ifndef LV_CONF_H
#define LV_CONF_H

#define LV_COLOR_DEPTH 16
#define LV_DPI_DEF 130
#define LV_DEF_REFR_PERIOD 33
#define LV_USE_FLOAT 0
#define LV_USE_LOG 1
#define LV_LOG_LEVEL LV_LOG_LEVEL_WARN
#define LV_LOG_PRINTF 0
#define LV_USE_OS LV_OS_NONE
#define LV_USE_BIDI 0
#define LV_USE_MATRIX 1
#define LV_DRAW_TRANSFORM_USE_MATRIX 1
#define LV_USE_OBJ_ID 1
#define LV_USE_OBJ_ID_BUILTIN 1
#define LV_OBJ_ID_AUTO_ASSIGN 0
#define LV_USE_THEME_SIMPLE 1
#define LV_USE_THEME_MONO 1

#define LV_THEME_DEFAULT_DARK 0
#define LV_THEME_DEFAULT_GROW 1
#define LV_THEME_DEFAULT_TRANSITION_TIME 80

#define LV_DRAW_SW_COMPLEX 1
#define LV_DRAW_SW_SHADOW_CACHE_SIZE 0
#define LV_DRAW_SW_CIRCLE_CACHE_SIZE 4
#define LV_GRADIENT_MAX_STOPS 2

#define LV_LABEL_LONG_TXT_HINT 1
#define LV_LABEL_TEXT_SELECTION 1
#define LV_TEXTAREA_DEF_PWD_SHOW_TIME 1500
#define LV_USE_FONT_PLACEHOLDER 1
#define LV_CALENDAR_WEEK_STARTS_MONDAY 0

/* Fonts compiled in: every Montserrat size by default; the build passes
 * -DLV_FONT_MONTSERRAT_<size>=0 for sizes left out (lv/CMakeLists.txt). */
#ifndef LV_FONT_MONTSERRAT_8
#define LV_FONT_MONTSERRAT_8 1
#endif
#ifndef LV_FONT_MONTSERRAT_10
#define LV_FONT_MONTSERRAT_10 1
#endif
#ifndef LV_FONT_MONTSERRAT_12
#define LV_FONT_MONTSERRAT_12 1
#endif
#ifndef LV_FONT_MONTSERRAT_14
#define LV_FONT_MONTSERRAT_14 1
#endif
#ifndef LV_FONT_MONTSERRAT_16
#define LV_FONT_MONTSERRAT_16 1
#endif
#ifndef LV_FONT_MONTSERRAT_18
#define LV_FONT_MONTSERRAT_18 1
#endif
#ifndef LV_FONT_MONTSERRAT_20
#define LV_FONT_MONTSERRAT_20 1
#endif
#ifndef LV_FONT_MONTSERRAT_22
#define LV_FONT_MONTSERRAT_22 1
#endif
#ifndef LV_FONT_MONTSERRAT_24
#define LV_FONT_MONTSERRAT_24 1
#endif
#ifndef LV_FONT_MONTSERRAT_26
#define LV_FONT_MONTSERRAT_26 1
#endif
#ifndef LV_FONT_MONTSERRAT_28
#define LV_FONT_MONTSERRAT_28 1
#endif
#ifndef LV_FONT_MONTSERRAT_30
#define LV_FONT_MONTSERRAT_30 1
#endif
#ifndef LV_FONT_MONTSERRAT_32
#define LV_FONT_MONTSERRAT_32 1
#endif
#ifndef LV_FONT_MONTSERRAT_34
#define LV_FONT_MONTSERRAT_34 1
#endif
#ifndef LV_FONT_MONTSERRAT_36
#define LV_FONT_MONTSERRAT_36 1
#endif
#ifndef LV_FONT_MONTSERRAT_38
#define LV_FONT_MONTSERRAT_38 1
#endif
#ifndef LV_FONT_MONTSERRAT_40
#define LV_FONT_MONTSERRAT_40 1
#endif
#ifndef LV_FONT_MONTSERRAT_42
#define LV_FONT_MONTSERRAT_42 1
#endif
#ifndef LV_FONT_MONTSERRAT_44
#define LV_FONT_MONTSERRAT_44 1
#endif
#ifndef LV_FONT_MONTSERRAT_46
#define LV_FONT_MONTSERRAT_46 1
#endif
#ifndef LV_FONT_MONTSERRAT_48
#define LV_FONT_MONTSERRAT_48 1
#endif
#define LV_FONT_DEFAULT (&lv_font_montserrat_14)

/* What the engine implements, under LVGL's switch names: LVGL's own example programs are
 * wrapped in `#if LV_USE_<WIDGET> && LV_BUILD_EXAMPLES`. */
#define LV_BUILD_EXAMPLES 1
#define LV_USE_ANIMIMG 1
#define LV_USE_ARC 1
#define LV_USE_BAR 1
#define LV_USE_BUTTON 1
#define LV_USE_BUTTONMATRIX 1
#define LV_USE_CALENDAR 1
#define LV_USE_CALENDAR_HEADER_ARROW 1
#define LV_USE_CALENDAR_HEADER_DROPDOWN 1
#define LV_USE_CANVAS 1
#define LV_USE_CHART 1
#define LV_USE_CHECKBOX 1
#define LV_USE_DROPDOWN 1
#define LV_USE_IMAGE 1
#define LV_USE_IMAGEBUTTON 1
#define LV_USE_KEYBOARD 1
#define LV_USE_LABEL 1
#define LV_USE_LED 1
#define LV_USE_LINE 1
#define LV_USE_LIST 1
#define LV_USE_MENU 1
#define LV_USE_MSGBOX 1
#define LV_USE_ROLLER 1
#define LV_USE_SCALE 1
#define LV_USE_SLIDER 1
#define LV_USE_SPAN 1
#define LV_USE_SPINBOX 1
#define LV_USE_SPINNER 1
#define LV_USE_SWITCH 1
#define LV_USE_TEXTAREA 1
#define LV_USE_TABLE 1
#define LV_USE_TABVIEW 1
#define LV_USE_TILEVIEW 1
#define LV_USE_WIN 1
#define LV_USE_FLEX 1
#define LV_USE_GRID 1
#define LV_USE_OBSERVER 1
#define LV_USE_SNAPSHOT 1
#define LV_USE_GRIDNAV 1
#define LV_USE_QRCODE 1
#define LV_USE_BARCODE 1
#define LV_USE_LODEPNG 1
#define LV_USE_THEME_DEFAULT 1

/* TrueType fonts at run time (lv/src/libs/tiny_ttf, lv/src/libs/freetype: our own reader
 * and rasterizer, no libfreetype). A build without them passes -DLV_USE_TINY_TTF=0 /
 * -DLV_USE_FREETYPE=0. */
#ifndef LV_USE_TINY_TTF
#define LV_USE_TINY_TTF 1
#endif
#define LV_TINY_TTF_FILE_SUPPORT 1
#define LV_TINY_TTF_CACHE_GLYPH_CNT 128
#ifndef LV_USE_FREETYPE
#define LV_USE_FREETYPE 1
#endif
#define LV_FREETYPE_CACHE_FT_GLYPH_CNT 256
#define LV_FREETYPE_USE_LVGL_PORT 1

#endif
