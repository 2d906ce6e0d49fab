/**
 * @file lv_log.h
 * LVGL's logging macros. Logging is off in this build (LVGL's default LV_USE_LOG 0), so they
 * expand to nothing, but code written for LVGL (its examples use LV_LOG_USER) compiles.
 */
#ifndef LV_LOG_H
#define LV_LOG_H

#define LV_LOG_LEVEL_TRACE 0
#define LV_LOG_LEVEL_INFO 1
#define LV_LOG_LEVEL_WARN 2
#define LV_LOG_LEVEL_ERROR 3
#define LV_LOG_LEVEL_USER 4
#define LV_LOG_LEVEL_NONE 5

#define LV_LOG(...) do {} while(0)
#define LV_LOG_TRACE(...) do {} while(0)
#define LV_LOG_INFO(...) do {} while(0)
#define LV_LOG_WARN(...) do {} while(0)
#define LV_LOG_ERROR(...) do {} while(0)
#define LV_LOG_USER(...) do {} while(0)

#endif
