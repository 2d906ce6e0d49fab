/**
 * @file lv_rb.cpp
 * Red-black tree (the textbook algorithm: insert and delete with rotations and recoloring;
 * NULL leaves count as black).
 */
#include "lvgl.h"

namespace {

bool is_red(const lv_rb_node_t * n) { return n && n->color == LV_RB_COLOR_RED; }

/** Makes `child` take `node`'s place under `node`'s parent. */
void replace_in_parent(lv_rb_t * tree, lv_rb_node_t * node, lv_rb_node_t * child)
{
    lv_rb_node_t * parent = node->parent;
    if(!parent) tree->root = child;
    else if(parent->left == node) parent->left = child;
    else parent->right = child;
    if(child) child->parent = parent;
}

lv_rb_node_t *& child(lv_rb_node_t * n, bool left) { return left ? n->left : n->right; }

/** Rotates `x` down to the left (its right child rises) or to the right (its left child rises). */
void rotate(lv_rb_t * tree, lv_rb_node_t * x, bool to_left)
{
    lv_rb_node_t * y = child(x, !to_left);
    lv_rb_node_t * inner = child(y, to_left);
    child(x, !to_left) = inner;
    if(inner) inner->parent = x;
    replace_in_parent(tree, x, y);
    child(y, to_left) = x;
    x->parent = y;
}

void fix_after_insert(lv_rb_t * tree, lv_rb_node_t * n)
{
    while(is_red(n->parent)) {
        lv_rb_node_t * parent = n->parent;
        lv_rb_node_t * grand = parent->parent; /* exists: a red node is never the root */
        bool parent_is_left = grand->left == parent;
        lv_rb_node_t * uncle = parent_is_left ? grand->right : grand->left;
        if(is_red(uncle)) {
            parent->color = LV_RB_COLOR_BLACK;
            uncle->color = LV_RB_COLOR_BLACK;
            grand->color = LV_RB_COLOR_RED;
            n = grand;
            continue;
        }
        if(n == child(parent, !parent_is_left)) { /* an inner grandchild: make it outer first */
            rotate(tree, parent, parent_is_left);
            n = parent;
            parent = n->parent;
        }
        parent->color = LV_RB_COLOR_BLACK;
        grand->color = LV_RB_COLOR_RED;
        rotate(tree, grand, !parent_is_left);
    }
    tree->root->color = LV_RB_COLOR_BLACK;
}

/** Restores the black heights after a black node was removed above `x` (which may be NULL,
 *  then `parent` says where it is). */
void fix_after_remove(lv_rb_t * tree, lv_rb_node_t * x, lv_rb_node_t * parent)
{
    while(x != tree->root && !is_red(x)) {
        bool x_is_left = parent->left == x;
        lv_rb_node_t * sibling = x_is_left ? parent->right : parent->left;
        if(is_red(sibling)) {
            sibling->color = LV_RB_COLOR_BLACK;
            parent->color = LV_RB_COLOR_RED;
            rotate(tree, parent, x_is_left);
            sibling = x_is_left ? parent->right : parent->left;
        }
        if(!sibling) { /* cannot happen in a valid tree; stop rather than crash */
            x = parent;
            parent = x->parent;
            continue;
        }
        lv_rb_node_t * near = x_is_left ? sibling->left : sibling->right;
        lv_rb_node_t * far = x_is_left ? sibling->right : sibling->left;
        if(!is_red(near) && !is_red(far)) {
            sibling->color = LV_RB_COLOR_RED;
            x = parent;
            parent = x->parent;
            continue;
        }
        if(!is_red(far)) {
            near->color = LV_RB_COLOR_BLACK;
            sibling->color = LV_RB_COLOR_RED;
            rotate(tree, sibling, !x_is_left);
            sibling = x_is_left ? parent->right : parent->left;
            far = x_is_left ? sibling->right : sibling->left;
        }
        sibling->color = parent->color;
        parent->color = LV_RB_COLOR_BLACK;
        if(far) far->color = LV_RB_COLOR_BLACK;
        rotate(tree, parent, x_is_left);
        x = tree->root;
    }
    if(x) x->color = LV_RB_COLOR_BLACK;
}

void unlink_node(lv_rb_t * tree, lv_rb_node_t * node)
{
    lv_rb_color_t removed_color = node->color;
    lv_rb_node_t * x;
    lv_rb_node_t * x_parent;
    if(!node->left || !node->right) {
        x = node->left ? node->left : node->right;
        x_parent = node->parent;
        replace_in_parent(tree, node, x);
    }
    else {
        /* the successor takes the node's place (and colour) */
        lv_rb_node_t * succ = lv_rb_minimum_from(node->right);
        removed_color = succ->color;
        x = succ->right;
        if(succ->parent == node) {
            x_parent = succ;
        }
        else {
            x_parent = succ->parent;
            replace_in_parent(tree, succ, x);
            succ->right = node->right;
            succ->right->parent = succ;
        }
        replace_in_parent(tree, node, succ);
        succ->left = node->left;
        succ->left->parent = succ;
        succ->color = node->color;
    }
    if(removed_color == LV_RB_COLOR_BLACK) fix_after_remove(tree, x, x_parent);
}

void free_subtree(lv_rb_node_t * node)
{
    while(node) {
        free_subtree(node->left);
        lv_rb_node_t * right = node->right;
        lv_free(node->data);
        lv_free(node);
        node = right;
    }
}

} // namespace

extern "C" {

bool lv_rb_init(lv_rb_t * tree, lv_rb_compare_t compare, size_t node_size)
{
    if(!tree || !compare) return false;
    tree->root = nullptr;
    tree->compare = compare;
    tree->size = node_size;
    return true;
}

lv_rb_node_t * lv_rb_insert(lv_rb_t * tree, void * key)
{
    if(!tree || !tree->compare) return nullptr;
    lv_rb_node_t * parent = nullptr;
    lv_rb_node_t ** link = &tree->root;
    while(*link) {
        parent = *link;
        lv_rb_compare_res_t c = tree->compare(key, parent->data);
        if(c == 0) return parent;
        link = c < 0 ? &parent->left : &parent->right;
    }
    auto * node = static_cast<lv_rb_node_t *>(lv_malloc_zeroed(sizeof(lv_rb_node_t)));
    if(!node) return nullptr;
    node->data = lv_malloc_zeroed(tree->size);
    if(!node->data) {
        lv_free(node);
        return nullptr;
    }
    node->parent = parent;
    node->color = LV_RB_COLOR_RED;
    *link = node;
    fix_after_insert(tree, node);
    return node;
}

lv_rb_node_t * lv_rb_find(lv_rb_t * tree, const void * key)
{
    if(!tree || !tree->compare) return nullptr;
    lv_rb_node_t * n = tree->root;
    while(n) {
        lv_rb_compare_res_t c = tree->compare(key, n->data);
        if(c == 0) return n;
        n = c < 0 ? n->left : n->right;
    }
    return nullptr;
}

void * lv_rb_remove_node(lv_rb_t * tree, lv_rb_node_t * node)
{
    if(!tree || !node) return nullptr;
    unlink_node(tree, node);
    void * data = node->data;
    lv_free(node);
    return data;
}

void * lv_rb_remove(lv_rb_t * tree, const void * key) { return lv_rb_remove_node(tree, lv_rb_find(tree, key)); }

bool lv_rb_drop_node(lv_rb_t * tree, lv_rb_node_t * node)
{
    if(!tree || !node) return false;
    lv_free(lv_rb_remove_node(tree, node));
    return true;
}

bool lv_rb_drop(lv_rb_t * tree, const void * key) { return lv_rb_drop_node(tree, lv_rb_find(tree, key)); }

lv_rb_node_t * lv_rb_minimum(lv_rb_t * node) { return node ? lv_rb_minimum_from(node->root) : nullptr; }

lv_rb_node_t * lv_rb_maximum(lv_rb_t * node) { return node ? lv_rb_maximum_from(node->root) : nullptr; }

lv_rb_node_t * lv_rb_minimum_from(lv_rb_node_t * node)
{
    while(node && node->left) node = node->left;
    return node;
}

lv_rb_node_t * lv_rb_maximum_from(lv_rb_node_t * node)
{
    while(node && node->right) node = node->right;
    return node;
}

void lv_rb_destroy(lv_rb_t * tree)
{
    if(!tree) return;
    free_subtree(tree->root);
    tree->root = nullptr;
}

} // extern "C"
