/**
 * @file tk_conf.h
 * The user's configuration, found through TK_CONF_INCLUDE_SIMPLE (-I this folder). Its
 * switches are not constants of the module.
 */
#if 1 /*Set to 1 to enable the content (as a copied template would be)*/
#ifndef TK_CONF_H
#define TK_CONF_H

#define TK_COLOR_DEPTH 16
#define TK_USE_LOG 1
#define TK_USE_METER 1
#define TK_USE_GIF 0
#define TK_ATTRIBUTE_FAST_MEM
#define TK_ATTRIBUTE_EXTERN_DATA

#endif /*TK_CONF_H*/
#endif /*Enable content*/
