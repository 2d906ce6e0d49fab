/**
 * @file lv_live_set.cpp
 * Sets of live pointers (see lv_live_set.h).
 */
#include "misc/lv_live_set.h"

namespace {

struct Node {
    Node * next;
    const void * p;
};

} // namespace

bool lv_live_set_add(void ** head, const void * p)
{
    Node * n = static_cast<Node *>(lv_malloc(sizeof(Node)));
    if(n == nullptr) return false;
    n->p = p;
    n->next = static_cast<Node *>(*head);
    *head = n;
    return true;
}

void lv_live_set_remove(void ** head, const void * p)
{
    for(Node ** link = reinterpret_cast<Node **>(head); *link; link = &(*link)->next) {
        if((*link)->p != p) continue;
        Node * gone = *link;
        *link = gone->next;
        lv_free(gone);
        return;
    }
}

bool lv_live_set_has(void * const * head, const void * p)
{
    if(p == nullptr) return false;
    for(const Node * n = static_cast<const Node *>(*head); n; n = n->next) {
        if(n->p == p) return true;
    }
    return false;
}
