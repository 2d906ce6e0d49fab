#ifndef TK_VERSION_H
#define TK_VERSION_H

#define TK_VERSION_MAJOR 2
#define TK_VERSION_MINOR 7
#define TK_VERSION_INFO "dev"

#endif /*TK_VERSION_H*/
