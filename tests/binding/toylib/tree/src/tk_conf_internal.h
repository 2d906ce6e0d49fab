/**
 * @file tk_conf_internal.h
 * Finds the user's configuration and gives every switch a default.
 */
#ifndef TK_CONF_INTERNAL_H
#define TK_CONF_INTERNAL_H

#if defined(TK_CONF_SKIP)
    /* no configuration file: defaults only */
#elif defined(TK_CONF_INCLUDE_SIMPLE)
    #include "tk_conf.h"
#else
    #include "../../tk_conf.h"   /* next to the tree, as upstream looks for it */
#endif

#define TK_STDINT_INCLUDE <stdint.h>
#define TK_STDDEF_INCLUDE <stddef.h>
#define TK_STDBOOL_INCLUDE <stdbool.h>
#define TK_STDARG_INCLUDE <stdarg.h>

#ifndef TK_COLOR_DEPTH
    #define TK_COLOR_DEPTH 32
#endif
#ifndef TK_USE_LOG
    #define TK_USE_LOG 0
#endif
#ifndef TK_USE_METER
    #define TK_USE_METER 1
#endif
#ifndef TK_USE_GIF
    #define TK_USE_GIF 0
#endif
#ifndef TK_USE_PRIVATE_API
    #define TK_USE_PRIVATE_API 0
#endif
#ifndef TK_ATTRIBUTE_FAST_MEM
    #define TK_ATTRIBUTE_FAST_MEM
#endif
#ifndef TK_ATTRIBUTE_TIMER_HANDLER
    #define TK_ATTRIBUTE_TIMER_HANDLER __attribute__((used))
#endif
#ifndef TK_ATTRIBUTE_EXTERN_DATA
    #define TK_ATTRIBUTE_EXTERN_DATA
#endif
/* the default only silences a compiler warning; bindings may define it as an enum */
#ifndef TK_EXPORT_CONST_INT
    #define TK_EXPORT_CONST_INT(int_value) struct _tk_silence_gcc_warning
#endif

#endif /*TK_CONF_INTERNAL_H*/
