#ifndef TK_SYMBOL_DEF_H
#define TK_SYMBOL_DEF_H

#include "../tk_conf_internal.h"

#define TK_SYMBOL_OK          "\xef\x80\x8c"
#define TK_SYMBOL_CLOSE       "\xef\x80\x8d"
#define TK_SYMBOL_DUMMY       "\xEF\xA3\xBF"

/* one private enum member per symbol, for tools that need them as integers */
enum {
    _TK_STR_SYMBOL_OK,
    _TK_STR_SYMBOL_CLOSE,
    _TK_STR_SYMBOL_DUMMY,
};

#endif /*TK_SYMBOL_DEF_H*/
