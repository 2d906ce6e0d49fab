/**
 * @file tk_conf_template.h
 * The configuration template: users copy it to tk_conf.h and switch its content on; it is
 * then found through TK_CONF_INCLUDE_SIMPLE (or next to the tree). Its switches are not
 * constants of the module.
 */
#if 0 /*Set it to "1" to enable the content*/
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
