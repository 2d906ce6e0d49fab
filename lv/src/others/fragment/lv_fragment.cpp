/**
 * @file lv_fragment.cpp
 * Fragments and fragment managers. A manager keeps its fragments' states in attach order;
 * the ones pushed (in_stack) form the stack, whose top is the last one pushed. A fragment's
 * objects deleted from outside (a parent cleaned) are noticed through a DELETE event, so the
 * fragment never holds a dangling object.
 */
#include "core/lv_global.h"
#include "misc/lv_live_set.h"

#if LV_USE_FRAGMENT

struct _lv_fragment_manager_t {
    lv_fragment_t * parent;
    lv_fragment_managed_states_t * attached; /* attach order */
};

namespace {

using States = lv_fragment_managed_states_t;

/** A fragment or manager made here and not freed yet (a script's `lv.fragment_t()` is not). */
bool live(const void * p) { return lv_live_set_has(&lv_global.live_fragments, p); }

States * last_of(lv_fragment_manager_t * m, bool stack_only)
{
    States * found = nullptr;
    for(States * s = m->attached; s; s = s->next) {
        if(!stack_only || s->in_stack) found = s;
    }
    return found;
}

void unlink(lv_fragment_manager_t * m, States * st)
{
    States ** link = &m->attached;
    while(*link && *link != st) link = &(*link)->next;
    if(*link) *link = st->next;
}

/** The fragment's objects went (deleted by us or from outside): forget them. */
void obj_deleted(lv_event_t * e)
{
    lv_fragment_t * f = static_cast<lv_fragment_t *>(lv_event_get_user_data(e));
    if(!live(f)) return;
    lv_obj_t * obj = f->obj;
    f->obj = nullptr;
    if(f->managed) {
        f->managed->obj_created = false;
        f->managed->destroying_obj = false;
    }
    if(f->cls->obj_deleted_cb) f->cls->obj_deleted_cb(f, obj);
}

/** Whether the manager's objects exist (no parent fragment, or the parent has objects). */
bool parent_has_obj(const lv_fragment_manager_t * m) { return m->parent == nullptr || m->parent->obj != nullptr; }

void create_state_obj(States * st)
{
    if(st->obj_created || st->container == nullptr || *st->container == nullptr) return;
    lv_fragment_create_obj(st->instance, *st->container);
}

void delete_state_obj(States * st)
{
    if(st->instance->obj) lv_fragment_delete_obj(st->instance);
}

States * attach(lv_fragment_manager_t * m, lv_fragment_t * f, lv_obj_t * const * container, bool in_stack)
{
    States * st = static_cast<States *>(lv_malloc_zeroed(sizeof(States)));
    if(st == nullptr) return nullptr;
    st->cls = f->cls;
    st->manager = m;
    st->container = container;
    st->instance = f;
    st->in_stack = in_stack;
    States ** link = &m->attached;
    while(*link) link = &(*link)->next;
    *link = st;
    f->managed = st;
    if(f->cls->attached_cb) f->cls->attached_cb(f);
    return st;
}

/** Detaches and frees the state (objects already deleted); the fragment stays. */
void detach(lv_fragment_manager_t * m, States * st)
{
    lv_fragment_t * f = st->instance;
    unlink(m, st);
    if(f->cls->detached_cb) f->cls->detached_cb(f);
    f->managed = nullptr;
    lv_free(st);
}

bool attached_here(lv_fragment_manager_t * m, const lv_fragment_t * f)
{
    return f && f->managed && f->managed->manager == m;
}

void destroy(lv_fragment_t * f)
{
    if(f->obj) lv_fragment_delete_obj(f);
    if(f->cls->destructor_cb) f->cls->destructor_cb(f);
    lv_fragment_manager_delete(f->child_manager);
    lv_live_set_remove(&lv_global.live_fragments, f);
    lv_free(f);
}

} // namespace

extern "C" {

lv_fragment_manager_t * lv_fragment_manager_create(lv_fragment_t * parent)
{
    if(parent && !live(parent)) return nullptr;
    lv_fragment_manager_t * m = static_cast<lv_fragment_manager_t *>(lv_malloc_zeroed(sizeof(lv_fragment_manager_t)));
    if(m == nullptr) return nullptr;
    m->parent = parent;
    if(!lv_live_set_add(&lv_global.live_fragments, m)) {
        lv_free(m);
        return nullptr;
    }
    return m;
}

void lv_fragment_manager_delete(lv_fragment_manager_t * manager)
{
    if(!live(manager)) return;
    /* last attached first, as they were built on each other */
    while(States * st = last_of(manager, false)) lv_fragment_manager_remove(manager, st->instance);
    lv_live_set_remove(&lv_global.live_fragments, manager);
    lv_free(manager);
}

void lv_fragment_manager_create_obj(lv_fragment_manager_t * manager)
{
    if(!live(manager)) return;
    States * top = last_of(manager, true);
    for(States * st = manager->attached; st; st = st->next) {
        if(st->in_stack && st != top) continue;
        create_state_obj(st);
    }
}

void lv_fragment_manager_delete_obj(lv_fragment_manager_t * manager)
{
    if(!live(manager)) return;
    for(States * st = manager->attached; st; st = st->next) delete_state_obj(st);
}

void lv_fragment_manager_add(lv_fragment_manager_t * manager, lv_fragment_t * fragment, lv_obj_t * const * container)
{
    if(!live(manager) || !live(fragment) || fragment->managed) return;
    States * st = attach(manager, fragment, container, false);
    if(st && parent_has_obj(manager)) create_state_obj(st);
}

void lv_fragment_manager_remove(lv_fragment_manager_t * manager, lv_fragment_t * fragment)
{
    if(!live(manager) || !live(fragment) || !attached_here(manager, fragment)) return;
    States * st = fragment->managed;
    const bool was_top = st->in_stack && st == last_of(manager, true);
    delete_state_obj(st);
    detach(manager, st);
    destroy(fragment);
    /* the one below the removed top comes back */
    if(was_top && parent_has_obj(manager)) {
        if(States * top = last_of(manager, true)) create_state_obj(top);
    }
}

void lv_fragment_manager_push(lv_fragment_manager_t * manager, lv_fragment_t * fragment, lv_obj_t * const * container)
{
    if(!live(manager) || !live(fragment) || fragment->managed) return;
    if(States * top = last_of(manager, true)) delete_state_obj(top);
    States * st = attach(manager, fragment, container, true);
    if(st && parent_has_obj(manager)) create_state_obj(st);
}

bool lv_fragment_manager_pop(lv_fragment_manager_t * manager)
{
    if(!live(manager)) return false;
    States * top = last_of(manager, true);
    if(top == nullptr) return false;
    lv_fragment_manager_remove(manager, top->instance);
    return true;
}

void lv_fragment_manager_replace(lv_fragment_manager_t * manager, lv_fragment_t * fragment, lv_obj_t * const * container)
{
    if(!live(manager) || !live(fragment) || fragment->managed) return;
    if(States * top = last_of(manager, true)) {
        lv_fragment_t * old = top->instance;
        delete_state_obj(top);
        detach(manager, top);
        destroy(old);
    }
    lv_fragment_manager_push(manager, fragment, container);
}

bool lv_fragment_manager_send_event(lv_fragment_manager_t * manager, int code, void * userdata)
{
    if(!live(manager)) return false;
    /* last attached first: each round finds the state before the one visited last (a
     * manager holds a handful of fragments, and no recursion or array is needed) */
    States * end = nullptr;
    for(;;) {
        States * st = nullptr;
        for(States * s = manager->attached; s != end; s = s->next) st = s;
        if(st == nullptr) return false;
        end = st;
        lv_fragment_t * f = st->instance;
        if(!st->obj_created || st->destroying_obj) continue;
        if(lv_fragment_manager_send_event(f->child_manager, code, userdata)) return true;
        if(f->cls->event_cb && f->cls->event_cb(f, code, userdata)) return true;
    }
}

size_t lv_fragment_manager_get_stack_size(lv_fragment_manager_t * manager)
{
    size_t n = 0;
    if(!live(manager)) return 0;
    for(States * st = manager->attached; st; st = st->next) n += st->in_stack;
    return n;
}

lv_fragment_t * lv_fragment_manager_get_top(lv_fragment_manager_t * manager)
{
    States * top = live(manager) ? last_of(manager, true) : nullptr;
    return top ? top->instance : nullptr;
}

lv_fragment_t * lv_fragment_manager_find_by_container(lv_fragment_manager_t * manager, const lv_obj_t * container)
{
    lv_fragment_t * found = nullptr;
    if(!live(manager)) return nullptr;
    for(States * st = manager->attached; st; st = st->next) {
        if(st->container && *st->container == container) found = st->instance;
    }
    return found;
}

lv_fragment_t * lv_fragment_manager_get_parent_fragment(lv_fragment_manager_t * manager)
{
    return live(manager) ? manager->parent : nullptr;
}

lv_fragment_t * lv_fragment_create(const lv_fragment_class_t * cls, void * args)
{
    if(cls == nullptr || cls->instance_size < sizeof(lv_fragment_t)) return nullptr;
    lv_fragment_t * f = static_cast<lv_fragment_t *>(lv_malloc_zeroed(cls->instance_size));
    if(f == nullptr) return nullptr;
    f->cls = cls;
    if(!lv_live_set_add(&lv_global.live_fragments, f)) {
        lv_free(f);
        return nullptr;
    }
    f->child_manager = lv_fragment_manager_create(f);
    if(f->child_manager == nullptr) {
        lv_live_set_remove(&lv_global.live_fragments, f);
        lv_free(f);
        return nullptr;
    }
    if(cls->constructor_cb) cls->constructor_cb(f, args);
    return f;
}

void lv_fragment_delete(lv_fragment_t * fragment)
{
    if(!live(fragment)) return;
    if(fragment->managed) {
        lv_fragment_manager_remove(fragment->managed->manager, fragment);
        return;
    }
    destroy(fragment);
}

lv_fragment_manager_t * lv_fragment_get_manager(lv_fragment_t * fragment)
{
    return live(fragment) && fragment->managed ? fragment->managed->manager : nullptr;
}

lv_obj_t * const * lv_fragment_get_container(lv_fragment_t * fragment)
{
    return live(fragment) && fragment->managed ? fragment->managed->container : nullptr;
}

lv_fragment_t * lv_fragment_get_parent(lv_fragment_t * fragment)
{
    return live(fragment) && fragment->managed ? fragment->managed->manager->parent : nullptr;
}

lv_obj_t * lv_fragment_create_obj(lv_fragment_t * fragment, lv_obj_t * container)
{
    if(!live(fragment) || fragment->cls->create_obj_cb == nullptr) return nullptr;
    if(fragment->obj) lv_fragment_delete_obj(fragment);
    States * st = fragment->managed;
    if(st) st->destroying_obj = false;
    lv_obj_t * obj = fragment->cls->create_obj_cb(fragment, container);
    fragment->obj = obj;
    if(obj == nullptr) return nullptr;
    lv_obj_add_event_cb(obj, obj_deleted, LV_EVENT_DELETE, fragment);
    if(st) st->obj_created = true;
    lv_fragment_manager_create_obj(fragment->child_manager);
    if(fragment->cls->obj_created_cb) fragment->cls->obj_created_cb(fragment, obj);
    return obj;
}

void lv_fragment_delete_obj(lv_fragment_t * fragment)
{
    if(!live(fragment) || fragment->obj == nullptr) return;
    States * st = fragment->managed;
    if(st) st->destroying_obj = true;
    if(fragment->cls->obj_will_delete_cb) fragment->cls->obj_will_delete_cb(fragment, fragment->obj);
    lv_fragment_manager_delete_obj(fragment->child_manager);
    /* the DELETE event (obj_deleted) clears fragment->obj and the state */
    lv_obj_delete(fragment->obj);
}

void lv_fragment_recreate_obj(lv_fragment_t * fragment)
{
    if(!live(fragment) || fragment->managed == nullptr) return;
    lv_obj_t * const * container = fragment->managed->container;
    lv_fragment_delete_obj(fragment);
    if(container && *container) lv_fragment_create_obj(fragment, *container);
}

} // extern "C"

#endif
