/**
 * @file tk_gif.h
 * An optional library switched off by the configuration: its declarations use types of a
 * header that is not there, so they must not be read at all.
 */
#ifndef TK_GIF_H
#define TK_GIF_H

#include "../../core/tk_obj.h"

#if TK_USE_GIF
#include "gifdec.h"

tk_obj_t * tk_gif_create(tk_obj_t * parent);
void tk_gif_set_decoder(tk_obj_t * obj, gd_GIF * gif);
#endif /*TK_USE_GIF*/

#endif /*TK_GIF_H*/
