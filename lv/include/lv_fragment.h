/**
 * @file lv_fragment.h
 * Fragments (LVGL 9.3): reusable pieces of UI with a life cycle, like Android's. A fragment
 * class gives callbacks (construct, create the objects in a container, react to events...);
 * a fragment manager holds fragments attached to containers, and a stack of them where only
 * the top one has its objects (push hides the one below by deleting its objects, pop brings
 * it back). Every fragment has a child manager for fragments nested in it.
 */
#ifndef LV_FRAGMENT_H
#define LV_FRAGMENT_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_FRAGMENT

typedef struct _lv_fragment_manager_t lv_fragment_manager_t;
typedef struct _lv_fragment_t lv_fragment_t;
typedef struct _lv_fragment_class_t lv_fragment_class_t;
typedef struct _lv_fragment_managed_states_t lv_fragment_managed_states_t;

struct _lv_fragment_t {
    const lv_fragment_class_t * cls;       /**< the class */
    lv_fragment_managed_states_t * managed; /**< its state in the manager it is attached to */
    lv_fragment_manager_t * child_manager; /**< for fragments nested in this one */
    lv_obj_t * obj;                        /**< the object create_obj_cb made */
};

struct _lv_fragment_class_t {
    /** Initialises the fragment (its fields after lv_fragment_t) with `args`. */
    void (*constructor_cb)(lv_fragment_t * self, void * args);
    void (*destructor_cb)(lv_fragment_t * self);
    /** Attached to a manager / detached from it. */
    void (*attached_cb)(lv_fragment_t * self);
    void (*detached_cb)(lv_fragment_t * self);
    /** Creates the fragment's objects in `container`; returns the root object. */
    lv_obj_t * (*create_obj_cb)(lv_fragment_t * self, lv_obj_t * container);
    void (*obj_created_cb)(lv_fragment_t * self, lv_obj_t * obj);
    void (*obj_will_delete_cb)(lv_fragment_t * self, lv_obj_t * obj);
    void (*obj_deleted_cb)(lv_fragment_t * self, lv_obj_t * obj);
    /** An event sent with lv_fragment_manager_send_event; true: handled (stop). */
    bool (*event_cb)(lv_fragment_t * self, int code, void * userdata);
    /** Bytes of the instance (at least sizeof(lv_fragment_t)). */
    size_t instance_size;
};

/** A fragment's state in its manager. */
struct _lv_fragment_managed_states_t {
    const lv_fragment_class_t * cls;
    lv_fragment_manager_t * manager;
    lv_obj_t * const * container; /**< where its objects go (read when they are created) */
    lv_fragment_t * instance;
    bool obj_created;
    bool destroying_obj;
    bool in_stack;
    lv_fragment_managed_states_t * next; /* attach order */
};

/**
 * Creates a fragment manager.
 * @param parent    the fragment it belongs to, NULL for a top-level manager
 */
lv_fragment_manager_t * lv_fragment_manager_create(lv_fragment_t * parent);
/** Deletes the manager and every fragment attached to it (objects first). */
void lv_fragment_manager_delete(lv_fragment_manager_t * manager);
/** Creates the objects of the attached fragments that have none (the stack: its top only). */
void lv_fragment_manager_create_obj(lv_fragment_manager_t * manager);
/** Deletes the objects of every attached fragment (the fragments stay). */
void lv_fragment_manager_delete_obj(lv_fragment_manager_t * manager);
/** Attaches a fragment whose objects go into *container (created at once when the
 *  manager's fragment has its objects, or the manager has no parent). */
void lv_fragment_manager_add(lv_fragment_manager_t * manager, lv_fragment_t * fragment, lv_obj_t * const * container);
/** Detaches the fragment and deletes it (objects first). */
void lv_fragment_manager_remove(lv_fragment_manager_t * manager, lv_fragment_t * fragment);
/** Pushes a fragment on the stack: the top one's objects are deleted, this one's created. */
void lv_fragment_manager_push(lv_fragment_manager_t * manager, lv_fragment_t * fragment, lv_obj_t * const * container);
/** Removes the top of the stack and brings the one below back; false when empty. */
bool lv_fragment_manager_pop(lv_fragment_manager_t * manager);
/** Replaces the top of the stack (removed and deleted) by `fragment`; pushes it when the
 *  stack is empty. */
void lv_fragment_manager_replace(lv_fragment_manager_t * manager, lv_fragment_t * fragment,
                                 lv_obj_t * const * container);
/** Sends an event to the fragments with objects, last attached first, nested ones before
 *  their parent; stops at the first event_cb returning true (and returns true). */
bool lv_fragment_manager_send_event(lv_fragment_manager_t * manager, int code, void * userdata);
size_t lv_fragment_manager_get_stack_size(lv_fragment_manager_t * manager);
/** The top of the stack, NULL when empty. */
lv_fragment_t * lv_fragment_manager_get_top(lv_fragment_manager_t * manager);
/** The last attached fragment whose container is `container`. */
lv_fragment_t * lv_fragment_manager_find_by_container(lv_fragment_manager_t * manager, const lv_obj_t * container);
lv_fragment_t * lv_fragment_manager_get_parent_fragment(lv_fragment_manager_t * manager);

/**
 * Creates a fragment of class `cls` (instance_size bytes, zeroed, then constructor_cb).
 * @param cls   the fragment class
 * @param args  passed to constructor_cb
 */
lv_fragment_t * lv_fragment_create(const lv_fragment_class_t * cls, void * args);
/** Deletes a fragment (detached from its manager first, its objects deleted). */
void lv_fragment_delete(lv_fragment_t * fragment);
lv_fragment_manager_t * lv_fragment_get_manager(lv_fragment_t * fragment);
lv_obj_t * const * lv_fragment_get_container(lv_fragment_t * fragment);
lv_fragment_t * lv_fragment_get_parent(lv_fragment_t * fragment);
/** Creates the fragment's objects in `container` (create_obj_cb, then its child fragments',
 *  then obj_created_cb). */
lv_obj_t * lv_fragment_create_obj(lv_fragment_t * fragment, lv_obj_t * container);
/** Deletes the fragment's objects (obj_will_delete_cb first, obj_deleted_cb after). */
void lv_fragment_delete_obj(lv_fragment_t * fragment);
/** Deletes and creates the objects again in the same container. */
void lv_fragment_recreate_obj(lv_fragment_t * fragment);

#endif

#ifdef __cplusplus
}
#endif

#endif
