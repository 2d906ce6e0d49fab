/**
 * @file lv_log.cpp
 * Log lines in LVGL's format: "[Warn]\t(1.250, +250)\t func: message \t(in file.c line #12)\n".
 * The times are the tick in seconds.milliseconds and the time since the previous line.
 */
#include <stdarg.h>
#include "core/lv_global.h"

namespace {

constexpr size_t LOG_LINE_MAX = 512;
constexpr size_t LOG_MSG_MAX = 256;

const char * const level_names[] = {"Trace", "Info", "Warn", "Error", "User"};

/** The file name without its folders. */
const char * base_name(const char * path)
{
    if(!path) return "";
    const char * name = path;
    for(const char * p = path; *p; p++) {
        if(*p == '/' || *p == '\\') name = p + 1;
    }
    return name;
}

} // namespace

extern "C" {

void lv_log_register_print_cb(lv_log_print_g_cb_t print_cb) { lv_global.log_print_cb = print_cb; }

void lv_log_add(lv_log_level_t level, const char * file, int line, const char * func, const char * format, ...)
{
    if(level < LV_LOG_LEVEL || level > LV_LOG_LEVEL_USER) return;
    lv_log_print_g_cb_t print_cb = lv_global.log_print_cb;
    uint32_t now = lv_tick_get();
    uint32_t since_last = now - lv_global.log_last_time;
    lv_global.log_last_time = now;
    if(!print_cb || !format) return;

    char msg[LOG_MSG_MAX];
    va_list args;
    va_start(args, format);
    lv_vsnprintf(msg, sizeof(msg), format, args);
    va_end(args);
    char buf[LOG_LINE_MAX];
    lv_snprintf(buf, sizeof(buf), "[%s]\t(%" LV_PRIu32 ".%03" LV_PRIu32 ", +%" LV_PRIu32 ")\t %s: %s \t(in %s line #%d)\n",
                level_names[level], now / 1000, now % 1000, since_last, func ? func : "", msg, base_name(file), line);
    print_cb(level, buf);
}

void lv_log(const char * format, ...)
{
    if(LV_LOG_LEVEL >= LV_LOG_LEVEL_NONE) return;
    lv_log_print_g_cb_t print_cb = lv_global.log_print_cb;
    if(!print_cb || !format) return;
    char buf[LOG_LINE_MAX];
    va_list args;
    va_start(args, format);
    lv_vsnprintf(buf, sizeof(buf), format, args);
    va_end(args);
    print_cb(LV_LOG_LEVEL_USER, buf);
}

} // extern "C"
