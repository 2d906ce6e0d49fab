/**
 * @file lv_ll.h
 * A doubly linked list whose nodes are blocks of n_size user bytes followed by the links.
 * The functions take and return pointers to the user bytes.
 */
#ifndef LV_LL_H
#define LV_LL_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef uint8_t lv_ll_node_t;

typedef struct {
    uint32_t n_size; /**< user bytes per node, rounded up to pointer alignment */
    lv_ll_node_t * head;
    lv_ll_node_t * tail;
} lv_ll_t;

/** Makes an empty list of nodes with `node_size` user bytes. */
void lv_ll_init(lv_ll_t * ll_p, uint32_t node_size);
/** Allocates a node at the head; NULL when out of memory. */
void * lv_ll_ins_head(lv_ll_t * ll_p);
/** Allocates a node before `n_act`. */
void * lv_ll_ins_prev(lv_ll_t * ll_p, void * n_act);
void * lv_ll_ins_tail(lv_ll_t * ll_p);
/** Unlinks `node_p` without freeing it. */
void lv_ll_remove(lv_ll_t * ll_p, void * node_p);
/** Empties the list: each node is unlinked, then freed, or handed to `cleanup` (which then
 *  frees it) when given. */
void lv_ll_clear_custom(lv_ll_t * ll_p, void (*cleanup)(void *));
/** Unlinks and frees every node. */
void lv_ll_clear(lv_ll_t * ll_p);
/** Moves `node` from one list to the head (or tail) of another with the same node size. */
void lv_ll_chg_list(lv_ll_t * ll_ori_p, lv_ll_t * ll_new_p, void * node, bool head);
void * lv_ll_get_head(const lv_ll_t * ll_p);
void * lv_ll_get_tail(const lv_ll_t * ll_p);
void * lv_ll_get_next(const lv_ll_t * ll_p, const void * n_act);
void * lv_ll_get_prev(const lv_ll_t * ll_p, const void * n_act);
uint32_t lv_ll_get_len(const lv_ll_t * ll_p);
/** Moves `n_act` right before `n_after` (to the tail when `n_after` is NULL). */
void lv_ll_move_before(lv_ll_t * ll_p, void * n_act, void * n_after);
bool lv_ll_is_empty(lv_ll_t * ll_p);

#define LV_LL_READ(list, i) for(i = lv_ll_get_head(list); i != NULL; i = lv_ll_get_next(list, i))
#define LV_LL_READ_BACK(list, i) for(i = lv_ll_get_tail(list); i != NULL; i = lv_ll_get_prev(list, i))

#ifdef __cplusplus
}
#endif

#endif
