/**
 * @file tk_log.h
 * Logging: variadic functions with a format attribute, declared twice, and macros shadowing
 * a function name when logging is off.
 */
#ifndef TK_LOG_H
#define TK_LOG_H

#include "tk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TK_LOG_LEVEL_INFO 1
#define TK_LOG_LEVEL_WARN 2
TK_EXPORT_CONST_INT(TK_LOG_LEVEL_INFO);
TK_EXPORT_CONST_INT(TK_LOG_LEVEL_WARN);

typedef int8_t tk_log_level_t;

#if TK_USE_LOG
typedef void (*tk_log_print_g_cb_t)(const char * buf);

/** Prints a formatted message. */
void tk_log(const char * format, ...) TK_FORMAT_ATTRIBUTE(1, 2);

void tk_log_add(tk_log_level_t level, const char * format, ...) TK_FORMAT_ATTRIBUTE(2, 3);
/** The same declaration again, as a header may repeat it. */
void tk_log_add(tk_log_level_t level, const char * format, ...) TK_FORMAT_ATTRIBUTE(2, 3);

/** The va_list flavour. */
void tk_log_va(const char * format, va_list args);

/** Which log level is on. */
tk_log_level_t tk_log_get_level(void);
#else
#define tk_log_add(level, ...) do {} while(0)
#endif /*TK_USE_LOG*/

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_LOG_H*/
