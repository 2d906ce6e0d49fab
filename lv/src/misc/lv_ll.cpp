/**
 * @file lv_ll.cpp
 * Linked list: each node is [n_size user bytes][prev][next]; users see the user bytes.
 */
#include "lvgl.h"

namespace {

lv_ll_node_t ** prev_link(const lv_ll_t * ll, const void * node)
{
    return reinterpret_cast<lv_ll_node_t **>(static_cast<uint8_t *>(const_cast<void *>(node)) + ll->n_size);
}

lv_ll_node_t ** next_link(const lv_ll_t * ll, const void * node) { return prev_link(ll, node) + 1; }

void set_prev(const lv_ll_t * ll, void * node, lv_ll_node_t * prev)
{
    if(node) *prev_link(ll, node) = prev;
}

void set_next(const lv_ll_t * ll, void * node, lv_ll_node_t * next)
{
    if(node) *next_link(ll, node) = next;
}

/** Whether `node` is one of the list's nodes: the functions taking a node leave anything
 *  else alone (a script's lv.ll_t.remove(ll, 'x') would read and write links out of bounds).
 *  The engine itself keeps no lists here, so the walk costs its callers nothing. */
bool in_list(const lv_ll_t * ll, const void * node)
{
    for(const lv_ll_node_t * n = ll->head; node && n; n = *next_link(ll, n))
        if(n == node) return true;
    return false;
}

lv_ll_node_t * alloc_node(const lv_ll_t * ll)
{
    return static_cast<lv_ll_node_t *>(lv_malloc(ll->n_size + 2 * sizeof(lv_ll_node_t *)));
}

/** Links the unlinked `node` between `prev` and `next` (either may be NULL: list ends). */
void link_between(lv_ll_t * ll, lv_ll_node_t * node, lv_ll_node_t * prev, lv_ll_node_t * next)
{
    set_prev(ll, node, prev);
    set_next(ll, node, next);
    if(prev) set_next(ll, prev, node);
    else ll->head = node;
    if(next) set_prev(ll, next, node);
    else ll->tail = node;
}

} // namespace

extern "C" {

void lv_ll_init(lv_ll_t * ll_p, uint32_t node_size)
{
    if(!ll_p) return;
    const uint32_t align = sizeof(void *);
    ll_p->head = nullptr;
    ll_p->tail = nullptr;
    ll_p->n_size = (node_size + align - 1) & ~(align - 1);
}

void * lv_ll_ins_head(lv_ll_t * ll_p)
{
    if(!ll_p) return nullptr;
    lv_ll_node_t * n = alloc_node(ll_p);
    if(n) link_between(ll_p, n, nullptr, ll_p->head);
    return n;
}

void * lv_ll_ins_prev(lv_ll_t * ll_p, void * n_act)
{
    if(!ll_p || !in_list(ll_p, n_act)) return nullptr;
    lv_ll_node_t * n = alloc_node(ll_p);
    if(n) link_between(ll_p, n, *prev_link(ll_p, n_act), static_cast<lv_ll_node_t *>(n_act));
    return n;
}

void * lv_ll_ins_tail(lv_ll_t * ll_p)
{
    if(!ll_p) return nullptr;
    lv_ll_node_t * n = alloc_node(ll_p);
    if(n) link_between(ll_p, n, ll_p->tail, nullptr);
    return n;
}

void lv_ll_remove(lv_ll_t * ll_p, void * node_p)
{
    if(!ll_p || !in_list(ll_p, node_p)) return;
    lv_ll_node_t * prev = *prev_link(ll_p, node_p);
    lv_ll_node_t * next = *next_link(ll_p, node_p);
    /* a node already unlinked (no neighbours and not the only node) is left alone */
    if(!prev && ll_p->head != node_p) return;
    if(prev) set_next(ll_p, prev, next);
    else ll_p->head = next;
    if(next) set_prev(ll_p, next, prev);
    else ll_p->tail = prev;
    set_prev(ll_p, node_p, nullptr);
    set_next(ll_p, node_p, nullptr);
}

void lv_ll_clear_custom(lv_ll_t * ll_p, void (*cleanup)(void *))
{
    if(!ll_p) return;
    while(ll_p->head) {
        void * node = ll_p->head;
        lv_ll_remove(ll_p, node);
        if(cleanup) cleanup(node);
        else lv_free(node);
    }
}

void lv_ll_clear(lv_ll_t * ll_p) { lv_ll_clear_custom(ll_p, nullptr); }

void lv_ll_chg_list(lv_ll_t * ll_ori_p, lv_ll_t * ll_new_p, void * node, bool head)
{
    if(!ll_ori_p || !ll_new_p || !in_list(ll_ori_p, node)) return;
    lv_ll_remove(ll_ori_p, node);
    lv_ll_node_t * n = static_cast<lv_ll_node_t *>(node);
    if(head) link_between(ll_new_p, n, nullptr, ll_new_p->head);
    else link_between(ll_new_p, n, ll_new_p->tail, nullptr);
}

void * lv_ll_get_head(const lv_ll_t * ll_p) { return ll_p ? ll_p->head : nullptr; }

void * lv_ll_get_tail(const lv_ll_t * ll_p) { return ll_p ? ll_p->tail : nullptr; }

void * lv_ll_get_next(const lv_ll_t * ll_p, const void * n_act)
{
    return ll_p && in_list(ll_p, n_act) ? *next_link(ll_p, n_act) : nullptr;
}

void * lv_ll_get_prev(const lv_ll_t * ll_p, const void * n_act)
{
    return ll_p && in_list(ll_p, n_act) ? *prev_link(ll_p, n_act) : nullptr;
}

uint32_t lv_ll_get_len(const lv_ll_t * ll_p)
{
    uint32_t len = 0;
    for(void * n = lv_ll_get_head(ll_p); n; n = *next_link(ll_p, n)) len++;
    return len;
}

void lv_ll_move_before(lv_ll_t * ll_p, void * n_act, void * n_after)
{
    if(!ll_p || !in_list(ll_p, n_act) || n_act == n_after || (n_after && !in_list(ll_p, n_after))) return;
    lv_ll_remove(ll_p, n_act);
    lv_ll_node_t * n = static_cast<lv_ll_node_t *>(n_act);
    if(n_after) link_between(ll_p, n, *prev_link(ll_p, n_after), static_cast<lv_ll_node_t *>(n_after));
    else link_between(ll_p, n, ll_p->tail, nullptr);
}

bool lv_ll_is_empty(lv_ll_t * ll_p) { return !ll_p || (ll_p->head == nullptr && ll_p->tail == nullptr); }

} // extern "C"
