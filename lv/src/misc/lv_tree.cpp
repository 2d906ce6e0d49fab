/**
 * @file lv_tree.cpp
 * Class-based tree nodes: each node keeps an array of its children.
 */
#include "lvgl.h"

const lv_tree_class_t lv_tree_node_class = {nullptr, sizeof(lv_tree_node_t), nullptr, nullptr};

namespace {

uint32_t instance_size_of(const lv_tree_class_t * class_p)
{
    for(const lv_tree_class_t * c = class_p; c; c = c->base_class) {
        if(c->instance_size) return LV_MAX(c->instance_size, static_cast<uint32_t>(sizeof(lv_tree_node_t)));
    }
    return sizeof(lv_tree_node_t);
}

void construct(const lv_tree_class_t * class_p, lv_tree_node_t * node)
{
    if(!class_p) return;
    construct(class_p->base_class, node);
    if(class_p->constructor_cb) class_p->constructor_cb(class_p, node);
}

void destruct(const lv_tree_class_t * class_p, lv_tree_node_t * node)
{
    for(const lv_tree_class_t * c = class_p; c; c = c->base_class) {
        if(c->destructor_cb) c->destructor_cb(c, node);
    }
}

bool add_child(lv_tree_node_t * parent, lv_tree_node_t * child)
{
    if(parent->child_cnt == parent->child_cap) {
        uint32_t cap = parent->child_cap ? parent->child_cap * 2 : 4;
        void * grown = lv_realloc(parent->children, cap * sizeof(lv_tree_node_t *));
        if(!grown) return false;
        parent->children = static_cast<lv_tree_node_t **>(grown);
        parent->child_cap = cap;
    }
    parent->children[parent->child_cnt++] = child;
    return true;
}

void remove_child(lv_tree_node_t * parent, const lv_tree_node_t * child)
{
    for(uint32_t i = 0; i < parent->child_cnt; i++) {
        if(parent->children[i] != child) continue;
        lv_memmove(&parent->children[i], &parent->children[i + 1],
                   (parent->child_cnt - i - 1) * sizeof(lv_tree_node_t *));
        parent->child_cnt--;
        return;
    }
}

/** Deletes the node's subtree without touching its parent's child array. */
void delete_subtree(lv_tree_node_t * node)
{
    for(uint32_t i = 0; i < node->child_cnt; i++) delete_subtree(node->children[i]);
    destruct(node->class_p, node);
    lv_free(node->children);
    lv_free(node);
}

bool walk(const lv_tree_node_t * node, bool post_order, lv_tree_traverse_cb_t cb, lv_tree_before_cb_t bcb,
          lv_tree_after_cb_t acb, void * user_data)
{
    if(bcb && !bcb(node, user_data)) return true;
    if(!post_order && cb && !cb(node, user_data)) return false;
    for(uint32_t i = 0; i < node->child_cnt; i++) {
        if(!walk(node->children[i], post_order, cb, bcb, acb, user_data)) return false;
    }
    if(post_order && cb && !cb(node, user_data)) return false;
    if(acb) acb(node, user_data);
    return true;
}

} // namespace

extern "C" {

lv_tree_node_t * lv_tree_node_create(const lv_tree_class_t * class_p, lv_tree_node_t * parent)
{
    if(!class_p) class_p = &lv_tree_node_class;
    auto * node = static_cast<lv_tree_node_t *>(lv_malloc_zeroed(instance_size_of(class_p)));
    if(!node) return nullptr;
    node->class_p = class_p;
    if(parent && !add_child(parent, node)) {
        lv_free(node);
        return nullptr;
    }
    node->parent = parent;
    construct(class_p, node);
    return node;
}

void lv_tree_node_delete(lv_tree_node_t * node)
{
    if(!node) return;
    if(node->parent) remove_child(node->parent, node);
    delete_subtree(node);
}

bool lv_tree_walk(const lv_tree_node_t * node, lv_tree_walk_mode_t mode, lv_tree_traverse_cb_t cb,
                  lv_tree_before_cb_t bcb, lv_tree_after_cb_t acb, void * user_data)
{
    if(!node) return false;
    return walk(node, mode == LV_TREE_WALK_POST_ORDER, cb, bcb, acb, user_data);
}

} // extern "C"
