/**
 * @file lv_tree.h
 * A generic tree of nodes with classes (constructor/destructor per class, like objects): a
 * node type embeds lv_tree_node_t first and its class gives the instance size.
 */
#ifndef LV_TREE_H
#define LV_TREE_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

enum {
    LV_TREE_WALK_PRE_ORDER = 0,  /**< a node before its children */
    LV_TREE_WALK_POST_ORDER = 1, /**< a node after its children */
};
typedef uint8_t lv_tree_walk_mode_t;

struct _lv_tree_node_t;

typedef struct _lv_tree_class_t {
    const struct _lv_tree_class_t * base_class;
    uint32_t instance_size; /**< bytes of a node of this class (0: as the base class) */
    void (*constructor_cb)(const struct _lv_tree_class_t * class_p, struct _lv_tree_node_t * node);
    void (*destructor_cb)(const struct _lv_tree_class_t * class_p, struct _lv_tree_node_t * node);
} lv_tree_class_t;

typedef struct _lv_tree_node_t {
    struct _lv_tree_node_t * parent;
    struct _lv_tree_node_t ** children;
    uint32_t child_cnt;
    uint32_t child_cap;
    const struct _lv_tree_class_t * class_p;
} lv_tree_node_t;

/** Called on each node walked: false stops the walk. */
typedef bool (*lv_tree_traverse_cb_t)(const lv_tree_node_t * node, void * user_data);
/** Called before a node is visited: false skips the node and its children. */
typedef bool (*lv_tree_before_cb_t)(const lv_tree_node_t * node, void * user_data);
/** Called after a node and its children were visited. */
typedef void (*lv_tree_after_cb_t)(const lv_tree_node_t * node, void * user_data);

/** The class of plain nodes. */
extern const lv_tree_class_t lv_tree_node_class;

/** A node of `class_p` (constructors run base class first), appended to `parent`'s children
 *  when `parent` is not NULL. */
lv_tree_node_t * lv_tree_node_create(const lv_tree_class_t * class_p, lv_tree_node_t * parent);
/** Deletes the node and its subtree (destructors run derived class first). */
void lv_tree_node_delete(lv_tree_node_t * node);
/** Walks the subtree of `node` in `mode` order; false when `cb` stopped the walk. */
bool lv_tree_walk(const lv_tree_node_t * node, lv_tree_walk_mode_t mode, lv_tree_traverse_cb_t cb,
                  lv_tree_before_cb_t bcb, lv_tree_after_cb_t acb, void * user_data);

#ifdef __cplusplus
}
#endif

#endif
