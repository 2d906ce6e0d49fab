/**
 * @file lv_log.h
 * Logging (LV_USE_LOG 1): the LV_LOG_* macros format a message with its level, time, function
 * and source position and hand it to the callback registered with lv_log_register_print_cb.
 * Nothing is printed before a callback is registered (LV_LOG_PRINTF 0); messages below
 * LV_LOG_LEVEL are dropped.
 */
#ifndef LV_LOG_H
#define LV_LOG_H

#include "lv_types.h"

/* LV_USE_LOG, LV_LOG_LEVEL and LV_LOG_PRINTF are set in lv_conf.h. */

#ifdef __cplusplus
extern "C" {
#endif

#define LV_LOG_LEVEL_TRACE 0
#define LV_LOG_LEVEL_INFO 1
#define LV_LOG_LEVEL_WARN 2
#define LV_LOG_LEVEL_ERROR 3
#define LV_LOG_LEVEL_USER 4
#define LV_LOG_LEVEL_NONE 5
#define LV_LOG_LEVEL_NUM 6

#define LV_LOG_USE_TIMESTAMP 1
#define LV_LOG_USE_FILE_LINE 1

typedef int8_t lv_log_level_t;

/** Receives each formatted log line (ending in a newline). */
typedef void (*lv_log_print_g_cb_t)(lv_log_level_t level, const char * buf);

/** Sets the function that prints log lines; NULL stops printing. */
void lv_log_register_print_cb(lv_log_print_g_cb_t print_cb);

/** Prints a formatted string through the print callback as it is (no prefix). */
void lv_log(const char * format, ...);

/** Adds a log line of `level` from `func` at `file`:`line` (what the LV_LOG_* macros call). */
void lv_log_add(lv_log_level_t level, const char * file, int line, const char * func, const char * format, ...);

#if LV_USE_LOG
#define LV_LOG_AT_(level, ...) lv_log_add(level, __FILE__, __LINE__, __func__, __VA_ARGS__)
#define LV_LOG_TRACE(...) LV_LOG_AT_(LV_LOG_LEVEL_TRACE, __VA_ARGS__)
#define LV_LOG_INFO(...) LV_LOG_AT_(LV_LOG_LEVEL_INFO, __VA_ARGS__)
#define LV_LOG_WARN(...) LV_LOG_AT_(LV_LOG_LEVEL_WARN, __VA_ARGS__)
#define LV_LOG_ERROR(...) LV_LOG_AT_(LV_LOG_LEVEL_ERROR, __VA_ARGS__)
#define LV_LOG_USER(...) LV_LOG_AT_(LV_LOG_LEVEL_USER, __VA_ARGS__)
#define LV_LOG(...) lv_log(__VA_ARGS__)
#else
#define LV_LOG(...) do {} while(0)
#define LV_LOG_TRACE(...) do {} while(0)
#define LV_LOG_INFO(...) do {} while(0)
#define LV_LOG_WARN(...) do {} while(0)
#define LV_LOG_ERROR(...) do {} while(0)
#define LV_LOG_USER(...) do {} while(0)
#endif

#ifdef __cplusplus
}
#endif

#endif
