/**
 * @file lv_rb.h
 * A red-black tree of data blocks ordered by a compare callback. lv_rb_insert makes a node
 * with a zeroed block of the tree's node size; the caller writes the key into node->data.
 */
#ifndef LV_RB_H
#define LV_RB_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_RB_COLOR_RED,
    LV_RB_COLOR_BLACK,
} lv_rb_color_t;

typedef struct _lv_rb_node_t {
    struct _lv_rb_node_t * parent;
    struct _lv_rb_node_t * left;
    struct _lv_rb_node_t * right;
    lv_rb_color_t color;
    void * data;
} lv_rb_node_t;

typedef int8_t lv_rb_compare_res_t;
/** <0, 0 or >0 when `a` orders before, with or after `b`. */
typedef lv_rb_compare_res_t (*lv_rb_compare_t)(const void * a, const void * b);

typedef struct _lv_rb_t {
    lv_rb_node_t * root;
    lv_rb_compare_t compare;
    size_t size; /**< bytes of each node's data block */
} lv_rb_t;

/** Makes an empty tree; false without a compare callback. */
bool lv_rb_init(lv_rb_t * tree, lv_rb_compare_t compare, size_t node_size);
/** The node of `key`, made (with a zeroed data block) when there is none. */
lv_rb_node_t * lv_rb_insert(lv_rb_t * tree, void * key);
lv_rb_node_t * lv_rb_find(lv_rb_t * tree, const void * key);
/** Takes `node` out of the tree and frees it; returns its data block for the caller to free. */
void * lv_rb_remove_node(lv_rb_t * tree, lv_rb_node_t * node);
/** lv_rb_remove_node on the node of `key`; NULL when there is none. */
void * lv_rb_remove(lv_rb_t * tree, const void * key);
/** Takes `node` out of the tree and frees it with its data. */
bool lv_rb_drop_node(lv_rb_t * tree, lv_rb_node_t * node);
bool lv_rb_drop(lv_rb_t * tree, const void * key);
/** The node with the smallest key of the tree. */
lv_rb_node_t * lv_rb_minimum(lv_rb_t * node);
lv_rb_node_t * lv_rb_maximum(lv_rb_t * node);
/** The node with the smallest key of the subtree of `node`. */
lv_rb_node_t * lv_rb_minimum_from(lv_rb_node_t * node);
lv_rb_node_t * lv_rb_maximum_from(lv_rb_node_t * node);
/** Frees every node and data block; the tree is empty after. */
void lv_rb_destroy(lv_rb_t * tree);

#ifdef __cplusplus
}
#endif

#endif
